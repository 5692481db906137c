// Reads of the region tree; subtree filters use the materialised path.
import { scopedQuery } from '../../context/scoped-query';
import type { Context } from '../../context/context';
import { paginate, type PageArgs } from '../../common/pagination';
import { whereEquals, whereInRegionSubtree, whereSearch } from '../../common/filters';
import { dbId } from '../../common/node';
import { Region } from './region.entity';
import type { RegionFilter } from './region.inputs';

export class RegionService {
  list(ctx: Context, filter: RegionFilter = {}, page: PageArgs) {
    const qb = scopedQuery(ctx, Region, 'region');
    whereInRegionSubtree(qb, 'region.id', filter.withinId && dbId(filter.withinId, 'Region', 'filter.withinId'));
    whereEquals(qb, 'region.parentId', filter.parentId && dbId(filter.parentId, 'Region', 'filter.parentId'));
    whereEquals(qb, 'region.level', filter.level);
    whereSearch(qb, 'region.name', filter.search);
    return paginate(qb, page);
  }
}
