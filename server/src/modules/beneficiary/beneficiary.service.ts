// Reads of beneficiaries (disabled people) and their households.
import { scopedQuery } from '../../context/scoped-query';
import type { Context } from '../../context/context';
import { paginate, type PageArgs } from '../../common/pagination';
import { whereEquals, whereInRegionSubtree, whereSearch } from '../../common/filters';
import { dbId } from '../../common/node';
import { Beneficiary } from './beneficiary.entity';
import { Household } from './household.entity';
import type { BeneficiaryFilter, HouseholdFilter } from './beneficiary.inputs';

export class BeneficiaryService {
  list(ctx: Context, f: BeneficiaryFilter = {}, page: PageArgs) {
    const qb = scopedQuery(ctx, Beneficiary, 'b');
    whereInRegionSubtree(qb, 'b.regionId', f.regionId && dbId(f.regionId, 'Region', 'filter.regionId'));
    whereEquals(qb, 'b.stationId', f.stationId && dbId(f.stationId, 'ServiceStation', 'filter.stationId'));
    whereEquals(qb, 'b.householdId', f.householdId && dbId(f.householdId, 'Household', 'filter.householdId'));
    if (f.categories?.length) qb.andWhere('b.disabilityCategory IN (:...categories)', { categories: f.categories });
    whereEquals(qb, 'b.disabilityGrade', f.grade);
    whereSearch(qb, 'b.realName', f.search);
    return paginate(qb, page);
  }

  listHouseholds(ctx: Context, f: HouseholdFilter = {}, page: PageArgs) {
    const qb = scopedQuery(ctx, Household, 'h');
    whereInRegionSubtree(qb, 'h.regionId', f.regionId && dbId(f.regionId, 'Region', 'filter.regionId'));
    whereSearch(qb, 'h.headName', f.search);
    return paginate(qb, page);
  }
}
