// Reads of the service-request queue.
import { scopedQuery } from '../../context/scoped-query';
import type { Context } from '../../context/context';
import { paginate, type PageArgs } from '../../common/pagination';
import { whereBetween, whereEquals, whereInRegionSubtree } from '../../common/filters';
import { dbId } from '../../common/node';
import { ServiceRequest } from './service-request.entity';
import type { ServiceRequestFilter } from './service-request.inputs';

export class ServiceRequestService {
  list(ctx: Context, f: ServiceRequestFilter = {}, page: PageArgs) {
    const qb = scopedQuery(ctx, ServiceRequest, 'r');
    whereInRegionSubtree(qb, 'r.regionId', f.regionId && dbId(f.regionId, 'Region', 'filter.regionId'));
    whereEquals(qb, 'r.stationId', f.stationId && dbId(f.stationId, 'ServiceStation', 'filter.stationId'));
    whereEquals(qb, 'r.serviceTypeId', f.serviceTypeId && dbId(f.serviceTypeId, 'ServiceType', 'filter.serviceTypeId'));
    if (f.statuses?.length) qb.andWhere('r.status IN (:...statuses)', { statuses: f.statuses });
    whereBetween(qb, 'r.createdAt', f.from, f.to);
    return paginate(qb, page);
  }
}
