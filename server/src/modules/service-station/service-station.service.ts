// Reads of service stations and their public boards.
import { scopedQuery } from '../../context/scoped-query';
import type { Context } from '../../context/context';
import { paginate, type PageArgs } from '../../common/pagination';
import { whereInRegionSubtree, whereSearch } from '../../common/filters';
import { dbId } from '../../common/node';
import { ServiceStation } from './service-station.entity';
import type { ServiceStationFilter } from './service-station.inputs';

export class ServiceStationService {
  list(ctx: Context, filter: ServiceStationFilter = {}, page: PageArgs) {
    const qb = scopedQuery(ctx, ServiceStation, 'station');
    whereInRegionSubtree(qb, 'station.regionId', filter.regionId && dbId(filter.regionId, 'Region', 'filter.regionId'));
    if (filter.serviceTypeId) {
      qb.andWhere('station.serviceTypeIds @> ARRAY[:serviceTypeId]::bigint[]', {
        serviceTypeId: dbId(filter.serviceTypeId, 'ServiceType', 'filter.serviceTypeId'),
      });
    }
    whereSearch(qb, 'station.name', filter.search);
    return paginate(qb, page);
  }
}
