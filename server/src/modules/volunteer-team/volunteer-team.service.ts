// Reads of volunteer teams.
import { scopedQuery } from '../../context/scoped-query';
import type { Context } from '../../context/context';
import { paginate, type PageArgs } from '../../common/pagination';
import { whereEquals, whereInRegionSubtree, whereSearch } from '../../common/filters';
import { dbId } from '../../common/node';
import { VolunteerTeam } from './volunteer-team.entity';
import type { VolunteerTeamFilter } from './volunteer-team.inputs';

export class VolunteerTeamService {
  list(ctx: Context, filter: VolunteerTeamFilter = {}, page: PageArgs) {
    const qb = scopedQuery(ctx, VolunteerTeam, 'team');
    whereInRegionSubtree(qb, 'team.regionId', filter.regionId && dbId(filter.regionId, 'Region', 'filter.regionId'));
    whereEquals(
      qb,
      'team.organisationId',
      filter.organisationId && dbId(filter.organisationId, 'Organisation', 'filter.organisationId'),
    );
    whereSearch(qb, 'team.name', filter.search);
    return paginate(qb, page);
  }
}
