// Sign-ups and the waitlist: places are handed out under a lock on the event row, so two people
// never take the last place, and a freed place goes to the longest-waiting person at once.
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { changeable, lockToChange, ownVolunteerId } from '../../auth/write-policy';
import { conflict, fieldError, forbidden, keyedError } from '../../common/errors';
import { invalidState } from '../../common/state-machine';
import { dbId } from '../../common/node';
import { createOnce } from '../../common/write';
import { cityDate } from '../../common/dates';
import { ADULT_AGE, ageOn } from '../volunteer/volunteer-rules';
import { AuditService } from '../audit/audit.service';
import { notify, NotificationKind } from '../notification';
import { eventFacts } from '../notification/recipients';
import { Campaign, CampaignStatus } from '../campaign/campaign.entity';
import { Volunteer, VolunteerStatus } from '../volunteer/volunteer.entity';
import { EventStatus, ServiceEvent } from './service-event.entity';
import { Participation, ParticipationStatus } from './participation.entity';
import { JOINED_AT, lockManagedEvent, lockParticipation, placesTaken, WAITLIST_ORDER } from './event-rules';

const audit = new AuditService();

/**
 * Moves the earliest waitlisted people onto the places free at an OPEN event, each with its own
 * audit entry. The caller holds the event's lock.
 */
export async function promoteFromWaitlist(ctx: Context, m: EntityManager, event: ServiceEvent): Promise<number> {
  if (event.status !== EventStatus.OPEN) return 0;
  const free = event.capacity - (await placesTaken(m, event.id));
  if (free <= 0) return 0;
  const next = await m
    .getRepository(Participation)
    .createQueryBuilder('p')
    .where('p.eventId = :eventId AND p.status = :status', { eventId: event.id, status: ParticipationStatus.WAITLISTED })
    .orderBy(WAITLIST_ORDER)
    .limit(free)
    .setLock('pessimistic_write')
    .getMany();
  for (const p of next) {
    await m.update(Participation, { id: p.id }, { status: ParticipationStatus.SIGNED_UP });
    await audit.write(ctx, m, {
      action: 'PROMOTE_FROM_WAITLIST',
      recordType: 'Participation',
      recordId: p.id,
      regionId: event.regionId,
      before: { status: ParticipationStatus.WAITLISTED },
      after: { status: ParticipationStatus.SIGNED_UP, eventId: event.id },
    });
    await notify(m, { volunteerId: p.volunteerId }, NotificationKind.WAITLIST_PROMOTED, await eventFacts(m, event.id));
  }
  return next.length;
}

export class SignUpService {
  /** A volunteer signs themselves up. */
  async signUpSelf(ctx: Context, eventGlobalId: string, idempotencyKey?: string | null): Promise<Participation> {
    const volunteerId = ownVolunteerId(ctx);
    if (!volunteerId) throw forbidden();
    const eventId = dbId(eventGlobalId, 'ServiceEvent', 'eventId');
    return createOnce(ctx, 'signUpForEvent', idempotencyKey, { eventId }, Participation, async (m) => {
      const event = await lockToChange(ctx, m, ServiceEvent, eventId, Permission.VOLUNTEER_SELF_SERVICE);
      return this.signUp(ctx, m, event, volunteerId);
    });
  }

  /** Whoever runs the event signs up a volunteer within their own scope. */
  async enrol(
    ctx: Context,
    eventGlobalId: string,
    volunteerGlobalId: string,
    idempotencyKey?: string | null,
  ): Promise<Participation> {
    const eventId = dbId(eventGlobalId, 'ServiceEvent', 'eventId');
    const volunteerId = dbId(volunteerGlobalId, 'Volunteer', 'volunteerId');
    return createOnce(
      ctx,
      'enrolVolunteerInEvent',
      idempotencyKey,
      { eventId, volunteerId },
      Participation,
      async (m) => {
        const event = await lockManagedEvent(ctx, m, eventId);
        const inScope = await changeable(ctx, m, Volunteer, 'v', Permission.MANAGE_EVENTS)
          .andWhere('v.id = :id', { id: volunteerId })
          .getExists();
        if (!inScope) throw fieldError('volunteerId', 'notFound');
        return this.signUp(ctx, m, event, volunteerId);
      },
    );
  }

  /** SIGNED_UP or WAITLISTED → CANCELLED, by the volunteer or whoever runs the event; a freed place is passed on. */
  async cancel(ctx: Context, participationGlobalId: string, version: number): Promise<Participation> {
    const id = dbId(participationGlobalId, 'Participation', 'participationId');
    return ctx.db.transaction(async (m) => {
      const own = await changeable(ctx, m, Participation, 'p', Permission.VOLUNTEER_SELF_SERVICE)
        .andWhere('p.id = :id', { id })
        .getExists();
      const permission = own ? Permission.VOLUNTEER_SELF_SERVICE : Permission.MANAGE_EVENTS;
      const { event, participation: p } = await lockParticipation(ctx, m, id, permission, version);
      if (p.status !== ParticipationStatus.SIGNED_UP && p.status !== ParticipationStatus.WAITLISTED) {
        throw invalidState(p.status, 'participationId');
      }
      if (event.status !== EventStatus.OPEN && event.status !== EventStatus.DRAFT) {
        throw invalidState(event.status, 'participationId');
      }
      await m.update(Participation, { id }, { status: ParticipationStatus.CANCELLED });
      await audit.write(ctx, m, {
        action: 'CANCEL_SIGN_UP',
        recordType: 'Participation',
        recordId: id,
        regionId: event.regionId,
        before: { status: p.status },
        after: { status: ParticipationStatus.CANCELLED, eventId: event.id },
      });
      if (p.status === ParticipationStatus.SIGNED_UP) await promoteFromWaitlist(ctx, m, event);
      return m.findOneByOrFail(Participation, { id });
    });
  }

  /**
   * The caller holds the event's lock, so the count of places cannot change underneath. A caller
   * that writes the mutation's own audit entry (accepting an invitation) passes `audited: false`:
   * one mutation, one entry.
   */
  async signUp(
    ctx: Context,
    m: EntityManager,
    event: ServiceEvent,
    volunteerId: string,
    audited = true,
  ): Promise<Participation> {
    if (event.status !== EventStatus.OPEN || event.endsAt <= ctx.now()) throw fieldError('eventId', 'eventNotOpen');
    // An event of a campaign takes sign-ups only while the campaign is published.
    const campaign = event.campaignId ? await m.findOneBy(Campaign, { id: event.campaignId }) : null;
    if (campaign && campaign.status !== CampaignStatus.PUBLISHED)
      throw keyedError('INVALID_STATE', 'campaignNotPublished', {}, { field: 'eventId', state: campaign.status });
    const volunteer = await m.findOneBy(Volunteer, { id: volunteerId });
    if (volunteer?.status !== VolunteerStatus.ACTIVE) throw fieldError('volunteerId', 'volunteerNotActive');
    // Age on the day the event starts, in the city's calendar.
    if (event.adultsOnly && ageOn(volunteer.birthDate, cityDate(event.startsAt)) < ADULT_AGE)
      throw fieldError('eventId', 'adultsOnly');
    // One row per (event, volunteer): a cancelled (or removed) sign-up is reused, anything else is a duplicate.
    const existing = await m.findOne(Participation, { where: { eventId: event.id, volunteerId }, withDeleted: true });
    if (existing && !existing.deletedAt && existing.status !== ParticipationStatus.CANCELLED) {
      throw conflict('alreadySignedUp', {}, { field: 'eventId' });
    }
    const status =
      (await placesTaken(m, event.id)) >= event.capacity
        ? ParticipationStatus.WAITLISTED
        : ParticipationStatus.SIGNED_UP;
    let id: string;
    if (existing) {
      id = existing.id;
      await m.update(Participation, { id }, { status, deletedAt: null, updatedAt: JOINED_AT });
    } else {
      const inserted = await m.insert(Participation, { eventId: event.id, volunteerId, status, updatedAt: JOINED_AT });
      id = String(inserted.identifiers[0].id);
    }
    if (audited)
      await audit.write(ctx, m, {
        action: status === ParticipationStatus.WAITLISTED ? 'JOIN_WAITLIST' : 'SIGN_UP',
        recordType: 'Participation',
        recordId: id,
        regionId: event.regionId,
        before: existing ? { status: existing.status } : null,
        after: { status, eventId: event.id, volunteerId },
      });
    return m.findOneByOrFail(Participation, { id });
  }
}
