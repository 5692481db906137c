// Reads of service events and the participations (hours) recorded at them.
import { scopedQuery } from '../../context/scoped-query';
import type { Context } from '../../context/context';
import { paginate, type PageArgs } from '../../common/pagination';
import { whereBetween, whereEquals, whereInRegionSubtree, whereSearch } from '../../common/filters';
import { dbId } from '../../common/node';
import { ServiceEvent } from './service-event.entity';
import { Participation } from './participation.entity';
import type { ParticipationFilter, ServiceEventFilter } from './service-event.inputs';

export class ServiceEventService {
  list(ctx: Context, f: ServiceEventFilter = {}, page: PageArgs) {
    const qb = scopedQuery(ctx, ServiceEvent, 'e');
    whereInRegionSubtree(qb, 'e.regionId', f.regionId && dbId(f.regionId, 'Region', 'filter.regionId'));
    whereEquals(qb, 'e.campaignId', f.campaignId && dbId(f.campaignId, 'Campaign', 'filter.campaignId'));
    whereEquals(qb, 'e.stationId', f.stationId && dbId(f.stationId, 'ServiceStation', 'filter.stationId'));
    whereEquals(qb, 'e.organiserId', f.organiserId && dbId(f.organiserId, 'Organisation', 'filter.organiserId'));
    whereEquals(qb, 'e.serviceTypeId', f.serviceTypeId && dbId(f.serviceTypeId, 'ServiceType', 'filter.serviceTypeId'));
    if (f.statuses?.length) qb.andWhere('e.status IN (:...statuses)', { statuses: f.statuses });
    whereBetween(qb, 'e.startsAt', f.from, f.to);
    whereSearch(qb, 'e.title', f.search);
    return paginate(qb, page);
  }

  listParticipations(ctx: Context, f: ParticipationFilter = {}, page: PageArgs) {
    const qb = scopedQuery(ctx, Participation, 'p');
    whereEquals(qb, 'p.eventId', f.eventId && dbId(f.eventId, 'ServiceEvent', 'filter.eventId'));
    whereEquals(qb, 'p.volunteerId', f.volunteerId && dbId(f.volunteerId, 'Volunteer', 'filter.volunteerId'));
    if (f.statuses?.length) qb.andWhere('p.status IN (:...statuses)', { statuses: f.statuses });
    if (f.verified !== undefined && f.verified !== null) {
      qb.andWhere(f.verified ? 'p.verifiedAt IS NOT NULL' : 'p.verifiedAt IS NULL');
    }
    if (f.regionId || f.from || f.to) {
      const events = qb.subQuery().select('ev.id').from(ServiceEvent, 'ev');
      whereInRegionSubtree(events, 'ev.region_id', f.regionId && dbId(f.regionId, 'Region', 'filter.regionId'));
      whereBetween(events, 'ev.starts_at', f.from, f.to);
      qb.andWhere(`p.eventId IN ${events.getQuery()}`, events.getParameters());
    }
    return paginate(qb, page);
  }
}
