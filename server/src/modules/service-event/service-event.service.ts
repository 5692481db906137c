// Service events: reads of events and the participations (hours) recorded at them, and an event's life:
// created, edited, cancelled or closed by whoever runs it. Sign-ups and attendance have services of their own.
import { In, Not, type EntityManager } from 'typeorm';
import { scopedQuery } from '../../context/scoped-query';
import type { Context } from '../../context/context';
import { paginate, sortOf, type PageArgs } from '../../common/pagination';
import type { TreePlan } from '../../context/planner';
import { whereBetween, whereEquals, whereInRegionSubtree, whereSearch } from '../../common/filters';
import { cityDate } from '../../common/dates';
import { dbId } from '../../common/node';
import { Permission, Role } from '../../auth/permissions';
import { mayPlace, ownOrganisationId, rolesFor } from '../../auth/write-policy';
import { conflict, fieldError, forbidden, Problems } from '../../common/errors';
import { assertTransition, invalidState } from '../../common/state-machine';
import { createOnce } from '../../common/write';
import { AuditService } from '../audit/audit.service';
import { notify, NotificationKind } from '../notification';
import { eventFacts } from '../notification/recipients';
import { Campaign, CampaignStatus } from '../campaign/campaign.entity';
import { CampaignPartner, PartnerStatus } from '../campaign/campaign-partner.entity';
import { Organisation } from '../organisation/organisation.entity';
import { Region } from '../region/region.entity';
import { ServiceStation } from '../service-station/service-station.entity';
import { ServiceType } from '../service-type/service-type.entity';
import { SkillService } from '../skill/skill.service';
import { ServiceEvent, EventOrigin, EVENT_TRANSITIONS, EventStatus } from './service-event.entity';
import { Participation, ParticipationStatus } from './participation.entity';
import {
  participationOrderKeys,
  type ParticipationFilter,
  type ParticipationOrder,
  type ServiceEventFilter,
  type CreateServiceEventInput,
  type UpdateServiceEventInput,
} from './service-event.inputs';
import { lockManagedEvent, placesTaken } from './event-rules';
import { promoteFromWaitlist } from './sign-up.service';

const invalidTransition = (status: string) => invalidState(status, 'id');

const optionalId = (v: string | null | undefined, type: string, field: string) => (v ? dbId(v, type, field) : null);

const shareOf = (v: number | null | undefined) => (v === undefined || v === null ? null : v.toFixed(2));

export class ServiceEventService {
  private readonly audit = new AuditService();
  private readonly skills = new SkillService();

  list(ctx: Context, f: ServiceEventFilter = {}, page: PageArgs, plan?: TreePlan | null) {
    const qb = scopedQuery(ctx, ServiceEvent, 'e');
    whereInRegionSubtree(qb, 'e.regionId', f.regionId && dbId(f.regionId, 'Region', 'filter.regionId'));
    whereEquals(qb, 'e.campaignId', f.campaignId && dbId(f.campaignId, 'Campaign', 'filter.campaignId'));
    whereEquals(qb, 'e.stationId', f.stationId && dbId(f.stationId, 'ServiceStation', 'filter.stationId'));
    whereEquals(qb, 'e.organiserId', f.organiserId && dbId(f.organiserId, 'Organisation', 'filter.organiserId'));
    whereEquals(qb, 'e.serviceTypeId', f.serviceTypeId && dbId(f.serviceTypeId, 'ServiceType', 'filter.serviceTypeId'));
    if (f.statuses?.length) qb.andWhere('e.status IN (:...statuses)', { statuses: f.statuses });
    whereBetween(qb, 'e.startsAt', f.from, f.to);
    whereSearch(qb, 'e.title', f.search);
    return paginate(qb, page, undefined, plan);
  }

  listParticipations(ctx: Context, f: ParticipationFilter = {}, page: PageArgs, orderBy?: ParticipationOrder | null) {
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
    return paginate(qb, page, sortOf(participationOrderKeys, orderBy));
  }

  async create(ctx: Context, input: CreateServiceEventInput): Promise<ServiceEvent> {
    const p = new Problems();
    const title = input.title.trim();
    const place = input.place.trim();
    p.check(!title, 'input.title', 'required');
    p.check(!place, 'input.place', 'required');
    p.check(input.startsAt.getTime() >= input.endsAt.getTime(), 'input.endsAt', 'endBeforeStart');
    const campaignId = optionalId(input.campaignId, 'Campaign', 'input.campaignId');
    const stationId = optionalId(input.stationId, 'ServiceStation', 'input.stationId');
    const serviceTypeId = dbId(input.serviceTypeId, 'ServiceType', 'input.serviceTypeId');
    const givenOrganiser = optionalId(input.organiserId, 'Organisation', 'input.organiserId');
    const givenRegion = optionalId(input.regionId, 'Region', 'input.regionId');

    const m = ctx.db.manager;
    const station = stationId ? await m.findOneBy(ServiceStation, { id: stationId }) : null;
    p.check(!!stationId && !station, 'input.stationId', 'notFound');
    p.check(!(await m.existsBy(ServiceType, { id: serviceTypeId })), 'input.serviceTypeId', 'notFound');

    // A coordinator holds events for the organisation running their station; admins may name another.
    const coordinatorOnly = rolesFor(ctx, Permission.MANAGE_EVENTS).every((r) => r.role === Role.STATION_COORDINATOR);
    if (coordinatorOnly && station?.organisationId && givenOrganiser && givenOrganiser !== station.organisationId) {
      p.add('input.organiserId', 'outsideScope');
    }
    const organiserId =
      givenOrganiser ?? (coordinatorOnly ? null : ownOrganisationId(ctx)) ?? station?.organisationId ?? null;
    if (!p.check(!organiserId, 'input.organiserId', 'required')) {
      p.check(!(await m.existsBy(Organisation, { id: organiserId! })), 'input.organiserId', 'notFound');
    }
    const regionId = givenRegion ?? station?.regionId ?? null;
    const region = regionId ? await m.findOneBy(Region, { id: regionId }) : null;
    if (!p.check(!regionId, 'input.regionId', 'required')) p.check(!region, 'input.regionId', 'notFound');

    // An event already under way may be recorded on the day (its coordinator opens it on the spot); one that
    // has ended may not: its hours would be credited for a past nobody scheduled.
    p.check(input.endsAt.getTime() <= ctx.now().getTime(), 'input.endsAt', 'eventInPast');
    if (campaignId) await this.checkCampaign(ctx, m, campaignId, organiserId, region?.path ?? null, p, input);
    const requiredSkillIds = await this.skills.checkIds(
      ctx,
      input.requiredSkillIds,
      regionId,
      'input.requiredSkillIds',
      p,
    );
    p.throwIfAny();
    if (!mayPlace(ctx, Permission.MANAGE_EVENTS, { regionPath: region!.path, organisationId: organiserId, stationId }))
      throw forbidden();

    const { idempotencyKey, ...fingerprint } = input;
    return createOnce(ctx, 'createServiceEvent', idempotencyKey, fingerprint, ServiceEvent, async (tx) => {
      const event = await tx.save(
        tx.create(ServiceEvent, {
          title,
          place,
          campaignId,
          stationId,
          serviceTypeId,
          organiserId: organiserId!,
          regionId: regionId!,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          capacity: input.capacity,
          attendanceShare: shareOf(input.attendanceShare),
          status: input.open ? EventStatus.OPEN : EventStatus.DRAFT,
          origin: EventOrigin.SCHEDULED,
          adultsOnly: input.adultsOnly,
          requiredSkillIds,
        }),
      );
      await this.audit.write(ctx, tx, {
        action: 'CREATE_SERVICE_EVENT',
        recordType: 'ServiceEvent',
        recordId: event.id,
        regionId: event.regionId,
        after: {
          title,
          campaignId,
          stationId,
          serviceTypeId,
          organiserId,
          regionId,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          capacity: input.capacity,
          status: event.status,
          adultsOnly: input.adultsOnly,
          requiredSkillIds,
        },
      });
      return tx.findOneByOrFail(ServiceEvent, { id: event.id });
    });
  }

  async update(
    ctx: Context,
    eventGlobalId: string,
    version: number,
    input: UpdateServiceEventInput,
  ): Promise<ServiceEvent> {
    const id = dbId(eventGlobalId, 'ServiceEvent', 'id');
    const serviceTypeId = optionalId(input.serviceTypeId, 'ServiceType', 'input.serviceTypeId');
    return ctx.db.transaction(async (m) => {
      const event = await lockManagedEvent(ctx, m, id, version);
      if (event.status === EventStatus.CLOSED || event.status === EventStatus.CANCELLED)
        throw invalidTransition(event.status);
      const p = new Problems();
      const changes: Partial<ServiceEvent> = {};
      if (input.title !== undefined && input.title !== null && !p.check(!input.title.trim(), 'input.title', 'required'))
        changes.title = input.title.trim();
      if (input.place !== undefined && input.place !== null && !p.check(!input.place.trim(), 'input.place', 'required'))
        changes.place = input.place.trim();
      if (
        serviceTypeId &&
        !p.check(!(await m.existsBy(ServiceType, { id: serviceTypeId })), 'input.serviceTypeId', 'notFound')
      )
        changes.serviceTypeId = serviceTypeId;
      const startsAt = input.startsAt ?? event.startsAt;
      const endsAt = input.endsAt ?? event.endsAt;
      const moved = !!input.startsAt || !!input.endsAt;
      if (moved && !p.check(startsAt.getTime() >= endsAt.getTime(), 'input.endsAt', 'endBeforeStart')) {
        // A move obeys what creation does: not into the past, not outside the campaign's days.
        p.check(endsAt.getTime() <= ctx.now().getTime(), 'input.endsAt', 'eventInPast');
        const campaign = event.campaignId ? await m.findOneBy(Campaign, { id: event.campaignId }) : null;
        if (campaign) this.checkWithinCampaign(p, campaign, { startsAt, endsAt });
        if (input.startsAt) changes.startsAt = input.startsAt;
        if (input.endsAt) changes.endsAt = input.endsAt;
      }
      if (input.capacity !== undefined && input.capacity !== null) {
        const taken = await placesTaken(m, id);
        if (!p.check(input.capacity < taken, 'input.capacity', 'capacityBelowSignedUp', { count: taken }))
          changes.capacity = input.capacity;
      }
      if (input.attendanceShare !== undefined) changes.attendanceShare = shareOf(input.attendanceShare);
      if (input.adultsOnly !== undefined && input.adultsOnly !== null) changes.adultsOnly = input.adultsOnly;
      if (input.requiredSkillIds)
        changes.requiredSkillIds = await this.skills.checkIds(
          ctx,
          input.requiredSkillIds,
          event.regionId,
          'input.requiredSkillIds',
          p,
        );
      if (input.open === true && event.status === EventStatus.DRAFT) changes.status = EventStatus.OPEN;
      if (input.open === false && event.status === EventStatus.OPEN) {
        const live = await m.countBy(Participation, { eventId: id, status: Not(ParticipationStatus.CANCELLED) });
        if (live) throw invalidTransition(event.status);
        changes.status = EventStatus.DRAFT;
      }
      p.throwIfAny();
      const keys = Object.keys(changes) as Array<keyof ServiceEvent>;
      if (!keys.length) return event;
      await m.update(ServiceEvent, { id }, changes);
      await this.audit.write(ctx, m, {
        action: 'UPDATE_SERVICE_EVENT',
        recordType: 'ServiceEvent',
        recordId: id,
        regionId: event.regionId,
        before: Object.fromEntries(keys.map((k) => [k, event[k]])),
        after: changes,
      });
      const updated = await m.findOneByOrFail(ServiceEvent, { id });
      if (changes.startsAt || changes.endsAt || changes.place)
        await this.tellPeople(m, id, NotificationKind.EVENT_CHANGED);
      await promoteFromWaitlist(ctx, m, updated); // a larger capacity or a newly opened event frees places
      return updated;
    });
  }

  /** DRAFT/OPEN → CANCELLED with a reason; sign-ups and the waitlist are cancelled with it. */
  async cancel(ctx: Context, eventGlobalId: string, version: number, reason: string): Promise<ServiceEvent> {
    const why = reason.trim();
    if (!why) throw fieldError('reason', 'reasonRequired');
    const id = dbId(eventGlobalId, 'ServiceEvent', 'id');
    return ctx.db.transaction(async (m) => {
      const event = await lockManagedEvent(ctx, m, id, version);
      assertTransition(EVENT_TRANSITIONS, event.status, EventStatus.CANCELLED, 'id');
      const attended = await m.countBy(Participation, {
        eventId: id,
        status: In([ParticipationStatus.CHECKED_IN, ParticipationStatus.COMPLETED]),
      });
      if (attended) throw conflict('eventHasAttendance', { count: attended }, { field: 'id' });
      await this.tellPeople(m, id, NotificationKind.EVENT_CANCELLED, { reason: why });
      const cancelled = await this.moveParticipations(
        m,
        id,
        [ParticipationStatus.SIGNED_UP, ParticipationStatus.WAITLISTED],
        ParticipationStatus.CANCELLED,
      );
      await m.update(
        ServiceEvent,
        { id },
        { status: EventStatus.CANCELLED, checkCodeHash: null, checkCodeExpiresAt: null },
      );
      await this.audit.write(ctx, m, {
        action: 'CANCEL_SERVICE_EVENT',
        recordType: 'ServiceEvent',
        recordId: id,
        regionId: event.regionId,
        reason: why,
        before: { status: event.status },
        after: { status: EventStatus.CANCELLED, cancelledSignUps: cancelled },
      });
      return m.findOneByOrFail(ServiceEvent, { id });
    });
  }

  /** OPEN → CLOSED once it has started: who never came is NO_SHOW, the waitlist is cancelled. */
  async close(ctx: Context, eventGlobalId: string, version: number): Promise<ServiceEvent> {
    const id = dbId(eventGlobalId, 'ServiceEvent', 'id');
    return ctx.db.transaction(async (m) => {
      const event = await lockManagedEvent(ctx, m, id, version);
      assertTransition(EVENT_TRANSITIONS, event.status, EventStatus.CLOSED, 'id');
      if (event.startsAt.getTime() > ctx.now().getTime()) throw conflict('eventNotStarted', {}, { field: 'id' });
      const noShows = await this.moveParticipations(
        m,
        id,
        [ParticipationStatus.SIGNED_UP],
        ParticipationStatus.NO_SHOW,
      );
      const waitlist = await this.moveParticipations(
        m,
        id,
        [ParticipationStatus.WAITLISTED],
        ParticipationStatus.CANCELLED,
      );
      await m.update(
        ServiceEvent,
        { id },
        { status: EventStatus.CLOSED, checkCodeHash: null, checkCodeExpiresAt: null },
      );
      await this.audit.write(ctx, m, {
        action: 'CLOSE_SERVICE_EVENT',
        recordType: 'ServiceEvent',
        recordId: id,
        regionId: event.regionId,
        before: { status: event.status },
        after: { status: EventStatus.CLOSED, noShows, cancelledWaitlist: waitlist },
      });
      return m.findOneByOrFail(ServiceEvent, { id });
    });
  }

  /**
   * The campaign must be open, and unless a hub or region admin covering the event's region creates
   * it, the organiser must be a partner that accepted the campaign.
   */
  private async checkCampaign(
    ctx: Context,
    m: EntityManager,
    campaignId: string,
    organiserId: string | null,
    path: string | null,
    p: Problems,
    when: { startsAt: Date; endsAt: Date },
  ) {
    // Through the caller's read scope: a campaign it cannot see does not exist for it.
    const campaign = await ctx.loaders.one(Campaign).load(campaignId);
    if (p.check(!campaign, 'input.campaignId', 'notFound')) return;
    if (p.check(campaign!.status === CampaignStatus.CLOSED, 'input.campaignId', 'campaignClosed')) return;
    const partner =
      mayPlace(ctx, Permission.MANAGE_EVENTS, { regionPath: path }) ||
      (organiserId &&
        (await m.existsBy(CampaignPartner, {
          campaignId,
          organisationId: organiserId,
          status: PartnerStatus.ACCEPTED,
        })));
    if (p.check(!partner, 'input.campaignId', 'notCampaignPartner')) return;
    this.checkWithinCampaign(p, campaign!, when);
  }

  /** The event takes place within the campaign's days (city dates), on create and on every move. */
  private checkWithinCampaign(p: Problems, campaign: Campaign, when: { startsAt: Date; endsAt: Date }) {
    const outside = cityDate(when.startsAt) < campaign.startsOn || cityDate(when.endsAt) > campaign.endsOn;
    p.check(outside, 'input.startsAt', 'outsideCampaignDates', { from: campaign.startsOn, to: campaign.endsOn });
  }

  /** Everyone signed up or waiting hears that the event changed or was cancelled. */
  private async tellPeople(
    m: EntityManager,
    eventId: string,
    kind: NotificationKind,
    extra: Record<string, string> = {},
  ): Promise<void> {
    const people = await m.find(Participation, {
      where: { eventId, status: In([ParticipationStatus.SIGNED_UP, ParticipationStatus.WAITLISTED]) },
      order: { id: 'ASC' },
    });
    if (!people.length) return;
    const facts = { ...(await eventFacts(m, eventId)), ...extra };
    for (const p of people) await notify(m, { volunteerId: p.volunteerId }, kind, facts);
  }

  private async moveParticipations(
    m: EntityManager,
    eventId: string,
    from: ParticipationStatus[],
    to: ParticipationStatus,
  ): Promise<number> {
    const result = await m.update(Participation, { eventId, status: In(from) }, { status: to });
    return result.affected ?? 0;
  }
}
