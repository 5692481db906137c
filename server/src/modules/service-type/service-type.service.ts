// Reads of the service catalogue.
import { scopedQuery } from '../../context/scoped-query';
import type { Context } from '../../context/context';
import { paginate, type PageArgs } from '../../common/pagination';
import { whereEquals } from '../../common/filters';
import { ServiceType } from './service-type.entity';
import type { ServiceTypeFilter } from './service-type.inputs';

export class ServiceTypeService {
  list(ctx: Context, filter: ServiceTypeFilter = {}, page: PageArgs) {
    const qb = scopedQuery(ctx, ServiceType, 'st');
    whereEquals(qb, 'st.audience', filter.audience);
    const term = filter.search?.trim();
    if (term) qb.andWhere('(st.name ILIKE :q OR st.nameEn ILIKE :q)', { q: `%${term}%` });
    return paginate(qb, page);
  }
}
