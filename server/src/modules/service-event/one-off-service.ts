// Service done outside a scheduled event (an approved hour report, a confirmed pairing visit),
// recorded as a closed one-person event with its completed, verified participation, so that every
// total (a volunteer's hours and stars, the dashboard, contributions) counts it like any other.
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context/context';
import { localTime } from './event-rules';
import { Participation, ParticipationStatus } from './participation.entity';
import { EventOrigin, EventStatus, ServiceEvent } from './service-event.entity';

export interface OneOffService {
  origin: EventOrigin.HOUR_REPORT | EventOrigin.PAIRING_VISIT;
  title: string;
  /** ISO date of the service, in the city. */
  servedOn: string;
  /** Local hour it is recorded as starting at. */
  startHour: number;
  minutes: number;
  serviceTypeId: string;
  organisationId: string;
  regionId: string;
  volunteerId: string;
  personTimesServed: number;
}

/** Records the service, verified by the viewer now; returns the participation's id. */
export async function recordOneOffService(ctx: Context, m: EntityManager, s: OneOffService): Promise<string> {
  const startsAt = localTime(s.servedOn, s.startHour);
  const endsAt = new Date(startsAt.getTime() + s.minutes * 60_000);
  const event = await m.save(
    m.create(ServiceEvent, {
      title: s.title.slice(0, 100),
      place: '',
      campaignId: null,
      stationId: null,
      serviceTypeId: s.serviceTypeId,
      organiserId: s.organisationId,
      regionId: s.regionId,
      startsAt,
      endsAt,
      capacity: 1,
      status: EventStatus.CLOSED,
      origin: s.origin,
      personTimesServed: s.personTimesServed,
    }),
  );
  const participation = await m.save(
    m.create(Participation, {
      eventId: event.id,
      volunteerId: s.volunteerId,
      status: ParticipationStatus.COMPLETED,
      checkInAt: startsAt,
      checkOutAt: endsAt,
      minutes: s.minutes,
      presentMinutes: s.minutes,
      personTimesServed: s.personTimesServed,
      verifiedAt: ctx.now(),
      verifiedById: ctx.viewer!.accountId,
    }),
  );
  return participation.id;
}
