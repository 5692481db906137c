// Reads of training sessions and commendations: how volunteers are trained and recognised.
import { scopedQuery } from '../../context/scoped-query';
import type { Context } from '../../context/context';
import { paginate, type PageArgs } from '../../common/pagination';
import { whereBetween, whereEquals, whereInRegionSubtree, whereSearch } from '../../common/filters';
import { dbId } from '../../common/node';
import { isoDate } from '../../common/dates';
import { TrainingSession } from './training-session.entity';
import { Commendation } from '../commendation/commendation.entity';
import type { CommendationFilter, TrainingSessionFilter } from './training.inputs';

export class TrainingService {
  listSessions(ctx: Context, f: TrainingSessionFilter = {}, page: PageArgs) {
    const qb = scopedQuery(ctx, TrainingSession, 's');
    whereInRegionSubtree(qb, 's.regionId', f.regionId && dbId(f.regionId, 'Region', 'filter.regionId'));
    whereEquals(
      qb,
      's.organisationId',
      f.organisationId && dbId(f.organisationId, 'Organisation', 'filter.organisationId'),
    );
    whereBetween(qb, 's.heldOn', isoDate(f.from, 'filter.from'), isoDate(f.to, 'filter.to'));
    whereSearch(qb, 's.title', f.search);
    return paginate(qb, page);
  }

  listCommendations(ctx: Context, f: CommendationFilter = {}, page: PageArgs) {
    const qb = scopedQuery(ctx, Commendation, 'c');
    whereEquals(qb, 'c.year', f.year);
    whereEquals(qb, 'c.volunteerId', f.volunteerId && dbId(f.volunteerId, 'Volunteer', 'filter.volunteerId'));
    whereEquals(qb, 'c.awardedById', f.awardedById && dbId(f.awardedById, 'Organisation', 'filter.awardedById'));
    return paginate(qb, page);
  }
}
