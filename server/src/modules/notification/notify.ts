// The one way anything tells a person something: `notify(tx, recipient, kind, payload)` writes the
// inbox row and one outbox row per channel in the caller's transaction, and enqueues their delivery
// in it too, so nothing is sent for a change that rolled back and nothing is lost for one that
// committed. Listeners hear of the new rows after the commit.
import { EventEmitter } from 'node:events';
import {
  EventSubscriber,
  type EntityManager,
  type EntitySubscriberInterface,
  type QueryRunner,
  type TransactionCommitEvent,
} from 'typeorm';
import { jobsOf } from '../../jobs/job-runner';
import { DeliveryChannel } from './notification.entity';
import { KINDS, type NotificationKind, type Payload } from './notification-kinds';

/** An account, or a volunteer (reached through their account if they have one, else by SMS). */
export type Recipient = string | { volunteerId: string };

export interface NotifyOptions {
  /** Addresses to use instead of the recipient's own (a code sent to the address being confirmed). */
  email?: string | null;
  mobile?: string | null;
  /** Written at most once: a second notify with the same key does nothing. */
  dedupKey?: string;
}

export interface NotificationCreated {
  id: string;
  accountId: string | null;
  kind: NotificationKind;
}

const events = new EventEmitter();
events.setMaxListeners(0);

/** Called after the transaction that wrote a notification commits (never for a rolled-back one). */
export function onNotificationCreated(listener: (n: NotificationCreated) => void): () => void {
  events.on('created', listener);
  return () => events.off('created', listener);
}

const PENDING = 'notificationsCreated';
type Pending = { [PENDING]?: NotificationCreated[] };

/** Fires the listeners once the transaction commits; registered on the data source (modules/index.ts). */
@EventSubscriber()
export class NotificationCommitSubscriber implements EntitySubscriberInterface {
  afterTransactionCommit(event: TransactionCommitEvent) {
    const data = event.queryRunner.data as Pending;
    const created = data[PENDING];
    delete data[PENDING];
    for (const n of created ?? []) events.emit('created', n);
  }

  afterTransactionRollback(event: { queryRunner: QueryRunner }) {
    delete (event.queryRunner.data as Pending)[PENDING];
  }
}

interface Target {
  accountId: string | null;
  volunteerId: string | null;
  email: string | null;
  mobile: string | null;
  locale: string;
  prefEmail: boolean | null;
  prefSms: boolean | null;
}

/** Who receives it and where: the account's contact (a volunteer's phone by default) and choices. */
async function targets(tx: EntityManager, recipient: Recipient, kind: NotificationKind): Promise<Target[]> {
  const byAccount = `
    SELECT a.id::text AS "accountId", v.id::text AS "volunteerId", c.email, COALESCE(c.mobile, v.phone) AS mobile,
           COALESCE(c.locale, 'zh-CN') AS locale, p.email AS "prefEmail", p.sms AS "prefSms"
      FROM user_account a
      LEFT JOIN notification_contact c ON c.account_id = a.id
      LEFT JOIN notification_preference p ON p.account_id = a.id AND p.kind = $2
      LEFT JOIN LATERAL (SELECT vv.id, vv.phone FROM role_assignment ra JOIN volunteer vv ON vv.id = ra.volunteer_id
                          WHERE ra.account_id = a.id AND ra.volunteer_id IS NOT NULL ORDER BY ra.id LIMIT 1) v ON true
     WHERE a.status = 'ACTIVE'`;
  if (typeof recipient === 'string') {
    return tx.query<Target[]>(`${byAccount} AND a.id = $1`, [recipient, kind]);
  }
  const accounts = await tx.query<Target[]>(
    `${byAccount} AND a.id IN (SELECT account_id FROM role_assignment WHERE volunteer_id = $1) ORDER BY a.id`,
    [recipient.volunteerId, kind],
  );
  if (accounts.length) return accounts;
  return tx.query<Target[]>(
    `SELECT NULL AS "accountId", id::text AS "volunteerId", NULL AS email, phone AS mobile, 'zh-CN' AS locale,
            NULL::boolean AS "prefEmail", NULL::boolean AS "prefSms"
       FROM volunteer WHERE id = $1`,
    [recipient.volunteerId],
  );
}

/**
 * Writes the notice for `recipient` in `tx`: the inbox row, and an outbox row per channel the
 * recipient takes for this kind and has an address for; their delivery runs after the commit.
 * Returns the inbox rows written (none when the dedup key was used before).
 */
export async function notify(
  tx: EntityManager,
  recipient: Recipient,
  kind: NotificationKind,
  payload: Payload,
  opts: NotifyOptions = {},
): Promise<number> {
  const spec = KINDS[kind];
  const jobs = jobsOf(tx.connection);
  let written = 0;
  for (const t of await targets(tx, recipient, kind)) {
    const dedupKey = opts.dedupKey ? `${opts.dedupKey}:${t.accountId ?? `v${t.volunteerId}`}` : null;
    const [row] = await tx.query<Array<{ id: string }>>(
      `INSERT INTO notification (account_id, volunteer_id, kind, payload, in_app, dedup_key)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (dedup_key) WHERE dedup_key IS NOT NULL DO NOTHING RETURNING id::text`,
      [t.accountId, t.volunteerId, kind, JSON.stringify(payload), !spec.mandatory && t.accountId !== null, dedupKey],
    );
    if (!row) continue;
    written++;
    const wanted: Array<[DeliveryChannel, boolean, string | null | undefined]> = [
      [DeliveryChannel.EMAIL, spec.mandatory || (t.prefEmail ?? spec.email), opts.email ?? t.email],
      [DeliveryChannel.SMS, spec.mandatory || (t.prefSms ?? spec.sms), opts.mobile ?? t.mobile],
    ];
    for (const [channel, on, address] of wanted) {
      if (!on || !address) continue;
      const [d] = await tx.query<Array<{ id: string }>>(
        `INSERT INTO notification_delivery (notification_id, channel, address, locale, queued_at)
         VALUES ($1, $2, $3, $4, CASE WHEN $5 THEN now() END) RETURNING id::text`,
        [row.id, channel, address, t.locale, Boolean(jobs)],
      );
      // Without a runner in this process the sweep (a worker's schedule) enqueues it.
      await jobs?.enqueue('notification.deliver', { deliveryId: d.id }, { tx, singletonKey: `delivery:${d.id}` });
    }
    if (t.accountId && !spec.mandatory) {
      const data = tx.queryRunner!.data as Pending;
      (data[PENDING] ??= []).push({ id: row.id, accountId: t.accountId, kind });
    }
  }
  return written;
}
