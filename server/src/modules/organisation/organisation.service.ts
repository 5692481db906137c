// Reads of the organisation directory.
import { scopedQuery } from '../../context/scoped-query';
import type { Context } from '../../context/context';
import { paginate, type PageArgs } from '../../common/pagination';
import { whereEquals, whereInRegionSubtree, whereSearch } from '../../common/filters';
import { dbId } from '../../common/node';
import { Organisation } from './organisation.entity';
import type { OrganisationFilter } from './organisation.inputs';

export class OrganisationService {
  list(ctx: Context, filter: OrganisationFilter = {}, page: PageArgs) {
    const qb = scopedQuery(ctx, Organisation, 'org');
    whereInRegionSubtree(qb, 'org.regionId', filter.regionId && dbId(filter.regionId, 'Region', 'filter.regionId'));
    whereEquals(qb, 'org.parentId', filter.parentId && dbId(filter.parentId, 'Organisation', 'filter.parentId'));
    if (filter.kinds?.length) qb.andWhere('org.kind IN (:...kinds)', { kinds: filter.kinds });
    whereSearch(qb, 'org.name', filter.search);
    return paginate(qb, page);
  }
}
