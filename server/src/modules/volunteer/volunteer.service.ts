// Reads of the volunteer roster.
import { scopedQuery } from '../../context/scoped-query';
import type { Context } from '../../context/context';
import { paginate, type PageArgs } from '../../common/pagination';
import { whereBetween, whereEquals, whereInRegionSubtree, whereSearch } from '../../common/filters';
import { dbId } from '../../common/node';
import { Volunteer } from './volunteer.entity';
import type { VolunteerFilter } from './volunteer.inputs';

export class VolunteerService {
  list(ctx: Context, f: VolunteerFilter = {}, page: PageArgs) {
    const qb = scopedQuery(ctx, Volunteer, 'v');
    whereInRegionSubtree(qb, 'v.homeRegionId', f.regionId && dbId(f.regionId, 'Region', 'filter.regionId'));
    whereEquals(
      qb,
      'v.organisationId',
      f.organisationId && dbId(f.organisationId, 'Organisation', 'filter.organisationId'),
    );
    whereEquals(qb, 'v.teamId', f.teamId && dbId(f.teamId, 'VolunteerTeam', 'filter.teamId'));
    whereEquals(qb, 'v.stationId', f.stationId && dbId(f.stationId, 'ServiceStation', 'filter.stationId'));
    if (f.statuses?.length) qb.andWhere('v.status IN (:...statuses)', { statuses: f.statuses });
    if (f.categories?.length) qb.andWhere('v.category IN (:...categories)', { categories: f.categories });
    if (f.skill?.trim()) qb.andWhere('v.skills @> ARRAY[:skill]::text[]', { skill: f.skill.trim() });
    whereBetween(qb, 'v.registeredAt', f.registeredFrom, f.registeredTo);
    whereSearch(qb, 'v.realName', f.search);
    return paginate(qb, page);
  }
}
