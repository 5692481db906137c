// After-commit publishing: every mutation audits its change exactly once in its transaction
// (modules/audit), and the audit hands the change here. Changes wait on their transaction and go out
// on the live bus only once it commits; a rollback drops them. One mechanism for every mutation.
import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import type { TransactionCommitEvent } from 'typeorm/subscriber/event/TransactionCommitEvent';
import type { TransactionRollbackEvent } from 'typeorm/subscriber/event/TransactionRollbackEvent';
import type { LiveBus } from './bus';

/** What a write changed, as the audit recorded it: enough for subscribers to decide whether it concerns them. */
export interface Change {
  action: string;
  recordType: string;
  recordId: string | null;
  regionId: string | null;
  /** The event a participation or event change concerns, when the audit entry names it. */
  eventId: string | null;
}

export const CHANGES_TOPIC = 'changes';
export const inboxTopic = (accountId: string) => `inbox:${accountId}`;

interface Pending {
  topic: string;
  message: unknown;
}

/** The buses of the apps sharing a data source (one in production; tests run several apps on one). */
const buses = new WeakMap<DataSource, Set<LiveBus>>();
const pending = new WeakMap<QueryRunner, Pending[]>();
/** Buses of the apps running in this process, newest last: publishers holding no data source use the newest (one per process in production). */
const attached: LiveBus[] = [];
const processBus = (): LiveBus | null => attached.at(-1) ?? null;

class AfterCommit implements EntitySubscriberInterface {
  afterTransactionCommit(event: TransactionCommitEvent): void {
    // A savepoint released inside an outer transaction is not a commit yet.
    if (event.queryRunner.isTransactionActive) return;
    const queued = pending.get(event.queryRunner);
    pending.delete(event.queryRunner);
    for (const bus of buses.get(event.queryRunner.connection) ?? [])
      for (const p of queued ?? []) void bus.publish(p.topic, p.message);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) pending.delete(event.queryRunner);
  }
}

/** Makes `db`'s commits publish on `bus` (as well as on the buses of other apps sharing `db`). */
export function attachLive(db: DataSource, bus: LiveBus): void {
  if (!db.subscribers.some((s) => s instanceof AfterCommit)) db.subscribers.push(new AfterCommit());
  buses.set(db, (buses.get(db) ?? new Set()).add(bus));
  if (!attached.includes(bus)) attached.push(bus);
}

export function detachLive(db: DataSource, bus: LiveBus): void {
  buses.get(db)?.delete(bus);
  const at = attached.indexOf(bus);
  if (at >= 0) attached.splice(at, 1);
}

/**
 * Publishes once `manager`'s transaction commits; at once when it is not in one (an autocommitted
 * statement has committed already). Without a manager, through this process's bus at once.
 */
export function publishAfterCommit(manager: EntityManager | null, topic: string, message: unknown): void {
  const qr = manager?.queryRunner;
  if (qr?.isTransactionActive) {
    const list = pending.get(qr) ?? [];
    list.push({ topic, message });
    pending.set(qr, list);
    return;
  }
  const own = manager ? [...(buses.get(manager.connection) ?? [])] : [];
  const targets = own.length ? own : [processBus()];
  for (const bus of targets) void bus?.publish(topic, message);
}

/** The change an audit entry describes, published after its transaction commits. */
export function publishChange(
  manager: EntityManager,
  entry: {
    action: string;
    recordType: string;
    recordId?: string | null;
    regionId?: string | null;
    after?: object | null;
    before?: object | null;
  },
): void {
  const named = (entry.after ?? entry.before ?? {}) as { eventId?: unknown };
  const eventId =
    entry.recordType === 'ServiceEvent'
      ? (entry.recordId ?? null)
      : typeof named.eventId === 'string'
        ? named.eventId
        : null;
  const change: Change = {
    action: entry.action,
    recordType: entry.recordType,
    recordId: entry.recordId ?? null,
    regionId: entry.regionId ?? null,
    eventId,
  };
  publishAfterCommit(manager, CHANGES_TOPIC, change);
}

/**
 * The viewer's inbox changed (a notification created or read): its subscribers refetch. With the
 * transaction's manager it waits for the commit; without, it goes at once.
 */
export function publishInboxChanged(accountId: string, manager: EntityManager | null = null): void {
  publishAfterCommit(manager, inboxTopic(accountId), { accountId });
}
