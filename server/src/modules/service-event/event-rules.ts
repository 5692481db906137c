// Who runs an event, how its rows are locked, and the attendance arithmetic: shared by the event,
// sign-up, attendance and hours services so every path applies the same rules.
import { createHash } from 'node:crypto';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { changeable, refusal } from '../../auth/write-policy';
import { forbidden } from '../../common/errors';
import { checkVersion } from '../../common/write';
import { Region } from '../region/region.entity';
import { Participation, ParticipationStatus } from './participation.entity';
import { ServiceEvent } from './service-event.entity';

/** Statuses that hold one of the event's places. */
export const PLACE_HOLDING = [
  ParticipationStatus.SIGNED_UP,
  ParticipationStatus.CHECKED_IN,
  ParticipationStatus.COMPLETED,
];

/**
 * Waitlist order. A sign-up stamps updated_at with JOINED_AT, read while the event's lock is held, so
 * the queue follows the order in which places were handed out (the transaction's start time would
 * not). A waitlisted row is not touched while it waits (it only leaves the list), so the stamp
 * stays; a re-sign-up after a cancellation queues anew.
 */
export const WAITLIST_ORDER = 'p.updated_at, p.id';
export const JOINED_AT = () => 'clock_timestamp()';

/** The city's wall clock (UTC+8): self-reported dates and times are local. */
const LOCAL_OFFSET_MS = 8 * 3600_000;

export const localToday = (now: Date) => new Date(now.getTime() + LOCAL_OFFSET_MS).toISOString().slice(0, 10);

/** `date` at `hour`:00 local time. */
export const localTime = (date: string, hour: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) - LOCAL_OFFSET_MS + hour * 3600_000);

export async function regionPath(m: EntityManager, regionId: string): Promise<string | null> {
  return (
    (await m.getRepository(Region).findOne({ where: { id: regionId }, select: { id: true, path: true } }))?.path ?? null
  );
}

/**
 * FORBIDDEN unless the viewer runs this event (the write policy's rows of ServiceEvent: the hub, an
 * admin of its region, an admin of the organising organisation, or the coordinator of the station
 * that organises it). Partners of the campaign may read the event but do not run it.
 */
export async function assertOrganises(ctx: Context, m: EntityManager, event: ServiceEvent): Promise<void> {
  const runs = await changeable(ctx, m, ServiceEvent, 'e', Permission.MANAGE_EVENTS)
    .andWhere('e.id = :id', { id: event.id })
    .getExists();
  if (!runs) throw forbidden();
}

async function lockById<T extends ObjectLiteral>(m: EntityManager, entity: EntityTarget<T>, id: string): Promise<T> {
  return m
    .getRepository(entity)
    .createQueryBuilder('l')
    .where('l.id = :id', { id })
    .setLock('pessimistic_write')
    .getOneOrFail();
}

/** The event, locked, if the viewer runs it; CONFLICT when `version` is stale. */
export async function lockManagedEvent(
  ctx: Context,
  m: EntityManager,
  id: string,
  version?: number | null,
): Promise<ServiceEvent> {
  const found = await changeable(ctx, m, ServiceEvent, 'e', Permission.MANAGE_EVENTS)
    .andWhere('e.id = :id', { id })
    .getExists();
  if (!found) throw await refusal(ctx, m, ServiceEvent, id);
  const event = await lockById(m, ServiceEvent, id);
  await assertOrganises(ctx, m, event);
  checkVersion(event, version);
  return event;
}

/**
 * A participation and its event, both locked, event first (the order every writer uses, so sign-ups,
 * cancellations and attendance never deadlock). With MANAGE_EVENTS the viewer must run the event;
 * with VOLUNTEER_SELF_SERVICE the row scope already limits it to the viewer's own participations.
 */
export async function lockParticipation(
  ctx: Context,
  m: EntityManager,
  id: string,
  permission: Permission,
  version?: number | null,
): Promise<{ event: ServiceEvent; participation: Participation }> {
  const found = await changeable(ctx, m, Participation, 'p', permission).andWhere('p.id = :id', { id }).getOne();
  if (!found) throw await refusal(ctx, m, Participation, id);
  const event = await lockById(m, ServiceEvent, found.eventId);
  if (permission === Permission.MANAGE_EVENTS) await assertOrganises(ctx, m, event);
  const participation = await lockById(m, Participation, id);
  checkVersion(participation, version);
  return { event, participation };
}

/** Places taken at the event (signed up, checked in or completed). */
export async function placesTaken(m: EntityManager, eventId: string): Promise<number> {
  const [{ n }] = await m.query<Array<{ n: number }>>(
    `SELECT count(*)::int AS n FROM participation WHERE event_id = $1 AND deleted_at IS NULL AND status = ANY($2::participation_status[])`,
    [eventId, PLACE_HOLDING],
  );
  return n;
}

/** The share of the event to attend, in whole percent: the event's own, else the jurisdiction's. */
export function sharePercent(ctx: Context, event: ServiceEvent): number {
  return Math.round(Number(event.attendanceShare ?? ctx.settings.attendanceShare) * 100);
}

/** Whether `presentMinutes` reach the share of the event's length (integer arithmetic, no float edges). */
export function attendanceMet(ctx: Context, event: ServiceEvent, presentMinutes: number): boolean {
  return (
    presentMinutes * 60_000 * 100 >= sharePercent(ctx, event) * (event.endsAt.getTime() - event.startsAt.getTime())
  );
}

/** Minutes present inside the event window, and the minutes credited for them. */
export function attendance(
  ctx: Context,
  event: ServiceEvent,
  checkIn: Date,
  checkOut: Date,
): { presentMinutes: number; minutes: number } {
  const from = Math.max(checkIn.getTime(), event.startsAt.getTime());
  const to = Math.min(checkOut.getTime(), event.endsAt.getTime());
  const presentMinutes = Math.max(0, Math.floor((to - from) / 60_000));
  return { presentMinutes, minutes: attendanceMet(ctx, event, presentMinutes) ? presentMinutes : 0 };
}

/** The stored form of an event code: salted with the event, so equal codes of two events differ. */
export const codeHash = (eventId: string, code: string) =>
  createHash('sha256').update(`${eventId}:${code}`).digest('hex');
