// Attendance: check-in and check-out by whoever runs the event or by the volunteer with the event
// code, the credited minutes (time present inside the window, if it reaches the attendance share),
// verification by the organiser and person-times served.
import { randomInt } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { changeable, lockToChange, ownVolunteerId } from '../../auth/write-policy';
import { conflict, fieldError, forbidden, keyedError, Problems } from '../../common/errors';
import { assertTransition, invalidState } from '../../common/state-machine';
import { dbId } from '../../common/node';
import { AuditService } from '../audit/audit.service';
import { EventStatus, ServiceEvent } from './service-event.entity';
import { Participation, PARTICIPATION_TRANSITIONS, ParticipationStatus } from './participation.entity';
import { assertOrganises, attendance, codeHash, lockManagedEvent, lockParticipation } from './event-rules';
import { MAX_PERSON_TIMES } from './service-event.inputs';
import type { AuditAction } from '../audit/audit-actions';

/** How long an event code stays valid after it is issued. */
const CODE_TTL_MS = 15 * 60_000;
const MAX_VERIFY = 100;

const invalidTransition = (status: string, field: string) => invalidState(status, field);

export class AttendanceService {
  private readonly audit = new AuditService();

  async checkIn(
    ctx: Context,
    participationGlobalId: string,
    version: number,
    at?: Date | null,
  ): Promise<Participation> {
    const id = dbId(participationGlobalId, 'Participation', 'participationId');
    const when = this.pastOrNow(ctx, at);
    return ctx.db.transaction(async (m) => {
      const { event, participation } = await lockParticipation(ctx, m, id, Permission.MANAGE_EVENTS, version);
      return this.applyCheckIn(ctx, m, event, participation, when, 'CHECK_IN');
    });
  }

  async checkOut(
    ctx: Context,
    participationGlobalId: string,
    version: number,
    at?: Date | null,
  ): Promise<Participation> {
    const id = dbId(participationGlobalId, 'Participation', 'participationId');
    const when = this.pastOrNow(ctx, at);
    return ctx.db.transaction(async (m) => {
      const { event, participation } = await lockParticipation(ctx, m, id, Permission.MANAGE_EVENTS, version);
      return this.applyCheckOut(ctx, m, event, participation, when, 'CHECK_OUT');
    });
  }

  /** A fresh six-digit code for the event; only its hash is stored, and the previous code stops working. */
  async issueCode(
    ctx: Context,
    eventGlobalId: string,
  ): Promise<{ code: string; expiresAt: Date; event: ServiceEvent }> {
    const eventId = dbId(eventGlobalId, 'ServiceEvent', 'eventId');
    return ctx.db.transaction(async (m) => {
      const event = await lockManagedEvent(ctx, m, eventId);
      if (event.status !== EventStatus.OPEN) throw invalidTransition(event.status, 'eventId');
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      const expiresAt = new Date(ctx.now().getTime() + CODE_TTL_MS);
      await m.update(
        ServiceEvent,
        { id: eventId },
        { checkCodeHash: codeHash(eventId, code), checkCodeExpiresAt: expiresAt },
      );
      await this.audit.write(ctx, m, {
        action: 'ISSUE_EVENT_CODE',
        recordType: 'ServiceEvent',
        recordId: eventId,
        regionId: event.regionId,
        after: { expiresAt },
      });
      return { code, expiresAt, event: await m.findOneByOrFail(ServiceEvent, { id: eventId }) };
    });
  }

  checkInWithCode(ctx: Context, eventGlobalId: string, code: string): Promise<Participation> {
    return this.withCode(ctx, eventGlobalId, code, (m, event, p, now) =>
      this.applyCheckIn(ctx, m, event, p, now, 'CHECK_IN_WITH_CODE'),
    );
  }

  checkOutWithCode(ctx: Context, eventGlobalId: string, code: string): Promise<Participation> {
    return this.withCode(ctx, eventGlobalId, code, (m, event, p, now) =>
      this.applyCheckOut(ctx, m, event, p, now, 'CHECK_OUT_WITH_CODE'),
    );
  }

  /** COMPLETED → verified by whoever runs the event; the rollup trigger then counts the minutes. All or nothing. */
  async verify(ctx: Context, participationGlobalIds: string[]): Promise<Participation[]> {
    if (participationGlobalIds.length < 1 || participationGlobalIds.length > MAX_VERIFY) {
      throw fieldError('participationIds', 'outOfRange', { min: 1, max: MAX_VERIFY });
    }
    const ids = participationGlobalIds.map((g, i) => dbId(g, 'Participation', `participationIds[${i}]`));
    const unique = [...new Set(ids)];
    return ctx.db.transaction(async (m) => {
      const found = await changeable(ctx, m, Participation, 'p', Permission.MANAGE_EVENTS)
        .andWhere('p.id IN (:...ids)', { ids: unique })
        .getMany();
      const p = new Problems();
      ids.forEach((id, i) => p.check(!found.some((f) => f.id === id), `participationIds[${i}]`, 'notFound'));
      p.throwIfAny();
      // Events first, then participations, each in id order: the lock order of every other writer.
      const events = await m
        .getRepository(ServiceEvent)
        .createQueryBuilder('e')
        .where('e.id IN (:...ids)', { ids: [...new Set(found.map((f) => f.eventId))] })
        .orderBy('e.id')
        .setLock('pessimistic_write')
        .getMany();
      for (const event of events) await assertOrganises(ctx, m, event);
      const rows = await m
        .getRepository(Participation)
        .createQueryBuilder('p')
        .where('p.id IN (:...ids)', { ids: unique })
        .orderBy('p.id')
        .setLock('pessimistic_write')
        .getMany();
      const byId = new Map(rows.map((r) => [r.id, r]));
      ids.forEach((id, i) => {
        const row = byId.get(id)!;
        if (!p.check(row.status !== ParticipationStatus.COMPLETED, `participationIds[${i}]`, 'notCheckedOut')) {
          p.check(row.verifiedAt !== null, `participationIds[${i}]`, 'alreadyVerified');
        }
      });
      p.throwIfAny();
      await m.update(Participation, { id: In(unique) }, { verifiedAt: ctx.now(), verifiedById: ctx.viewer!.accountId });
      const regionOf = new Map(events.map((e) => [e.id, e.regionId]));
      for (const row of rows) {
        await this.audit.write(ctx, m, {
          action: 'VERIFY_HOURS',
          recordType: 'Participation',
          recordId: row.id,
          regionId: regionOf.get(row.eventId),
          after: { minutes: row.minutes, eventId: row.eventId, volunteerId: row.volunteerId },
        });
      }
      const verified = new Map((await m.findBy(Participation, { id: In(unique) })).map((r) => [r.id, r]));
      return unique.map((id) => verified.get(id)!);
    });
  }

  /** Person-times this volunteer served; the event's total is kept as the sum of its participations. */
  async recordPersonTimes(
    ctx: Context,
    participationGlobalId: string,
    version: number,
    count: number,
  ): Promise<Participation> {
    if (!Number.isInteger(count) || count < 0 || count > MAX_PERSON_TIMES)
      throw fieldError('count', 'outOfRange', { min: 0, max: MAX_PERSON_TIMES });
    const id = dbId(participationGlobalId, 'Participation', 'participationId');
    return ctx.db.transaction(async (m) => {
      const { event, participation: p } = await lockParticipation(ctx, m, id, Permission.MANAGE_EVENTS, version);
      if (p.status !== ParticipationStatus.CHECKED_IN && p.status !== ParticipationStatus.COMPLETED)
        throw invalidTransition(p.status, 'participationId');
      const delta = count - p.personTimesServed;
      if (delta !== 0) {
        await m.update(Participation, { id }, { personTimesServed: count });
        await m
          .createQueryBuilder()
          .update(ServiceEvent)
          .set({ personTimesServed: () => 'person_times_served + :delta' })
          .setParameter('delta', delta)
          .where('id = :id', { id: event.id })
          .execute();
        await this.audit.write(ctx, m, {
          action: 'RECORD_PERSON_TIMES',
          recordType: 'Participation',
          recordId: id,
          regionId: event.regionId,
          before: { personTimesServed: p.personTimesServed },
          after: { personTimesServed: count },
        });
      }
      return m.findOneByOrFail(Participation, { id });
    });
  }

  /** A mistaken check-in undone by whoever runs the event: CHECKED_IN → SIGNED_UP, with the reason audited. */
  async undoCheckIn(
    ctx: Context,
    participationGlobalId: string,
    version: number,
    reason: string,
  ): Promise<Participation> {
    const why = reason.trim();
    if (!why) throw fieldError('reason', 'reasonRequired');
    const id = dbId(participationGlobalId, 'Participation', 'participationId');
    return ctx.db.transaction(async (m) => {
      const { event, participation: p } = await lockParticipation(ctx, m, id, Permission.MANAGE_EVENTS, version);
      assertTransition(PARTICIPATION_TRANSITIONS, p.status, ParticipationStatus.SIGNED_UP, 'participationId');
      await m.update(Participation, { id: p.id }, { status: ParticipationStatus.SIGNED_UP, checkInAt: null });
      await this.audit.write(ctx, m, {
        action: 'UNDO_CHECK_IN',
        recordType: 'Participation',
        recordId: p.id,
        regionId: event.regionId,
        reason: why,
        before: { status: p.status, checkInAt: p.checkInAt },
        after: { status: ParticipationStatus.SIGNED_UP, checkInAt: null },
      });
      return m.findOneByOrFail(Participation, { id: p.id });
    });
  }

  /** Check-in and check-out happen during the event, from the configured margin before it starts to as long after it ends. */
  private assertInWindow(ctx: Context, event: ServiceEvent, at: Date): void {
    const early = ctx.settings.checkInEarlyMinutes;
    const margin = early * 60_000;
    if (at.getTime() < event.startsAt.getTime() - margin || at.getTime() > event.endsAt.getTime() + margin)
      throw fieldError('at', 'outsideEventWindow', { early });
  }

  private pastOrNow(ctx: Context, at?: Date | null): Date {
    const now = ctx.now();
    if (!at) return now;
    if (at.getTime() > now.getTime()) throw fieldError('at', 'timeInFuture');
    return at;
  }

  /** The volunteer's own participation at the event, locked, once the event code checks out. */
  private async withCode(
    ctx: Context,
    eventGlobalId: string,
    code: string,
    apply: (m: EntityManager, event: ServiceEvent, p: Participation, now: Date) => Promise<Participation>,
  ): Promise<Participation> {
    const volunteerId = ownVolunteerId(ctx);
    if (!volunteerId) throw forbidden();
    const eventId = dbId(eventGlobalId, 'ServiceEvent', 'eventId');
    const now = ctx.now();
    // Six digits can be guessed by a script: wrong codes back off per volunteer and event, as logins do.
    const throttleKey = [`event-code:${ctx.viewer!.accountId}:${eventId}`];
    const waitMs = await ctx.auth.throttle.retryAfterMs(ctx.db, throttleKey);
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      throw keyedError(
        'TOO_MANY_ATTEMPTS',
        'tooManyCodeAttempts',
        { seconds },
        { field: 'code', retryAfterSeconds: seconds },
      );
    }
    let rejected = false;
    const result = await ctx.db.transaction(async (m) => {
      const event = await lockToChange(ctx, m, ServiceEvent, eventId, Permission.VOLUNTEER_SELF_SERVICE);
      const valid =
        /^\d{6}$/.test(code.trim()) &&
        event.checkCodeHash === codeHash(eventId, code.trim()) &&
        !!event.checkCodeExpiresAt &&
        event.checkCodeExpiresAt.getTime() > now.getTime();
      if (!valid) {
        rejected = true;
        return null;
      }
      const p = await m
        .getRepository(Participation)
        .createQueryBuilder('p')
        .where('p.eventId = :eventId AND p.volunteerId = :volunteerId', { eventId, volunteerId })
        .setLock('pessimistic_write')
        .getOne();
      if (!p || p.status === ParticipationStatus.CANCELLED) throw fieldError('eventId', 'notSignedUp');
      return apply(m, event, p, now);
    });
    if (rejected || !result) {
      await ctx.auth.throttle.recordFailure(ctx.db, throttleKey);
      throw fieldError('code', 'eventCodeInvalid');
    }
    await ctx.auth.throttle.recordSuccess(ctx.db, throttleKey);
    return result;
  }

  private async applyCheckIn(
    ctx: Context,
    m: EntityManager,
    event: ServiceEvent,
    p: Participation,
    at: Date,
    action: AuditAction,
  ) {
    if (event.status === EventStatus.DRAFT || event.status === EventStatus.CANCELLED)
      throw invalidTransition(event.status, 'eventId');
    if (p.status === ParticipationStatus.CHECKED_IN || p.status === ParticipationStatus.COMPLETED) {
      throw conflict('alreadyCheckedIn', {}, { field: 'participationId' });
    }
    assertTransition(PARTICIPATION_TRANSITIONS, p.status, ParticipationStatus.CHECKED_IN, 'participationId');
    this.assertInWindow(ctx, event, at);
    await m.update(Participation, { id: p.id }, { status: ParticipationStatus.CHECKED_IN, checkInAt: at });
    await this.audit.write(ctx, m, {
      action,
      recordType: 'Participation',
      recordId: p.id,
      regionId: event.regionId,
      before: { status: p.status },
      after: { status: ParticipationStatus.CHECKED_IN, checkInAt: at },
    });
    return m.findOneByOrFail(Participation, { id: p.id });
  }

  private async applyCheckOut(
    ctx: Context,
    m: EntityManager,
    event: ServiceEvent,
    p: Participation,
    at: Date,
    action: AuditAction,
  ) {
    if (event.status === EventStatus.DRAFT || event.status === EventStatus.CANCELLED)
      throw invalidTransition(event.status, 'eventId');
    if (p.status === ParticipationStatus.SIGNED_UP) throw fieldError('participationId', 'checkOutBeforeCheckIn');
    if (p.status !== ParticipationStatus.CHECKED_IN || !p.checkInAt)
      throw invalidTransition(p.status, 'participationId');
    if (at.getTime() < p.checkInAt.getTime()) throw fieldError('at', 'checkOutBeforeCheckIn');
    this.assertInWindow(ctx, event, at);
    const { presentMinutes, minutes } = attendance(ctx, event, p.checkInAt, at);
    await m.update(
      Participation,
      { id: p.id },
      { status: ParticipationStatus.COMPLETED, checkOutAt: at, presentMinutes, minutes },
    );
    await this.audit.write(ctx, m, {
      action,
      recordType: 'Participation',
      recordId: p.id,
      regionId: event.regionId,
      before: { status: p.status },
      after: { status: ParticipationStatus.COMPLETED, checkOutAt: at, presentMinutes, minutes },
    });
    return m.findOneByOrFail(Participation, { id: p.id });
  }
}
