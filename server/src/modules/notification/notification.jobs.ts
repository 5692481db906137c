// The notification jobs: sending each outbox row, the sweep that enqueues rows written without a
// runner at hand, event reminders (the day before and two hours before) and the weekly digest of
// overdue pairings. Scheduled ones read the runner's clock, so tests move time.
import type { JobContext, JobRunner } from '../../jobs';
import { toGlobalId } from '../../common/node';
import { deliver, type DeliverySettings } from './delivery';
import { notify } from './notify';
import { NotificationKind } from './notification-kinds';
import { cityTime, eventFacts, organisationAdmins, PARTIES_SQL } from './recipients';

declare module '../../jobs/job-types' {
  interface JobTypes {
    'notification.deliver': { deliveryId: string };
    'notification.sweep': Record<string, never>;
    'notification.event-reminders': Record<string, never>;
    'notification.pairings-overdue': Record<string, never>;
  }
}

export interface NotificationJobSettings extends DeliverySettings {
  /** Seconds before the first retry of a failed delivery (doubling after). */
  retryDelaySeconds: number;
  /** Days without a visit after which an active pairing is overdue. */
  pairingOverdueDays: number;
}

const HOUR_MS = 3_600_000;
const LEADS = [
  { lead: 'DAY', from: 2 * HOUR_MS, to: 24 * HOUR_MS },
  { lead: 'HOURS', from: 0, to: 2 * HOUR_MS },
] as const;

/** Reminds each volunteer signed up for an open event starting within the lead's window, once per lead. */
export async function sendEventReminders(jc: JobContext): Promise<number> {
  const now = jc.now().getTime();
  let sent = 0;
  await jc.db.transaction(async (tx) => {
    for (const { lead, from, to } of LEADS) {
      const due = await tx.query<Array<{ id: string; volunteer_id: string; event_id: string }>>(
        `SELECT p.id::text, p.volunteer_id::text, p.event_id::text
           FROM participation p JOIN service_event e ON e.id = p.event_id
          WHERE p.status = 'SIGNED_UP' AND p.deleted_at IS NULL AND e.status = 'OPEN'
            AND e.starts_at > $1 AND e.starts_at <= $2
          ORDER BY e.starts_at, p.id`,
        [new Date(now + from), new Date(now + to)],
      );
      for (const p of due) {
        // The dedup key makes every run after the first write nothing for this participation.
        sent += await notify(
          tx,
          { volunteerId: p.volunteer_id },
          NotificationKind.EVENT_REMINDER,
          { ...(await eventFacts(tx, p.event_id)), lead },
          { dedupKey: `reminder:${lead}:${p.id}` },
        );
      }
    }
  });
  return sent;
}

/** Tells each organisation owning a side of an overdue pairing, once a week, which ones they are. */
export async function sendOverduePairingsDigest(jc: JobContext, days: number): Promise<number> {
  const now = jc.now();
  let sent = 0;
  await jc.db.transaction(async (tx) => {
    const rows = await tx.query<Array<{ owner: string; id: string; parties: string; last: Date }>>(
      `SELECT o.owner::text, p.id::text, COALESCE(p.last_visit_at, p.started_on::timestamptz) AS last,
              ${PARTIES_SQL.text} AS parties
         FROM pairing p
         CROSS JOIN LATERAL (VALUES (p.owner_a_id), (p.owner_b_id)) o(owner)
         ${PARTIES_SQL.joins}
        WHERE p.status = 'ACTIVE'
          AND COALESCE(p.last_visit_at, p.started_on::timestamptz) < $1::timestamptz - make_interval(days => $2)
        ORDER BY o.owner, last, p.id`,
      [now, days],
    );
    const byOwner = new Map<string, typeof rows>();
    for (const r of rows) byOwner.set(r.owner, [...(byOwner.get(r.owner) ?? []), r]);
    const week = cityTime(now).slice(0, 10);
    for (const [owner, list] of byOwner) {
      const shown = list
        .slice(0, 10)
        .map((r) => `${r.parties} (${cityTime(r.last).slice(0, 10)})`)
        .join('; ');
      const payload = {
        count: list.length,
        days,
        list: list.length > 10 ? `${shown}; …` : shown,
        organisationId: toGlobalId('Organisation', owner),
      };
      for (const account of await organisationAdmins(tx, owner)) {
        sent += await notify(tx, account, NotificationKind.PAIRINGS_OVERDUE, payload, {
          dedupKey: `overdue:${owner}:${week}`,
        });
      }
    }
  });
  return sent;
}

/** Enqueues the outbox rows no job was enqueued for (written where no runner was started). */
async function sweep(jc: JobContext): Promise<void> {
  await jc.db.transaction(async (tx) => {
    // A CTE, so the driver hands back the rows (an UPDATE's RETURNING comes back with its count).
    const rows = await tx.query<Array<{ id: string }>>(
      `WITH picked AS (
         UPDATE notification_delivery SET queued_at = now()
          WHERE id IN (SELECT id FROM notification_delivery WHERE status = 'PENDING' AND queued_at IS NULL
                        ORDER BY id LIMIT 500 FOR UPDATE SKIP LOCKED)
          RETURNING id)
       SELECT id::text FROM picked ORDER BY id`,
    );
    for (const r of rows)
      await jc.jobs.enqueue('notification.deliver', { deliveryId: r.id }, { tx, singletonKey: `delivery:${r.id}` });
  });
}

export function registerNotificationJobs(runner: JobRunner, s: NotificationJobSettings): JobRunner {
  return runner
    .register('notification.deliver', ({ deliveryId }, jc) => deliver(deliveryId, jc, s), {
      policy: 'stately',
      retryLimit: s.retryLimit,
      retryDelay: s.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: 120,
    })
    .register('notification.sweep', (_, jc) => sweep(jc), { cron: '* * * * *', policy: 'singleton', retryLimit: 0 })
    .register('notification.event-reminders', async (_, jc) => void (await sendEventReminders(jc)), {
      cron: '*/10 * * * *',
      policy: 'singleton',
      retryLimit: 2,
    })
    .register(
      'notification.pairings-overdue',
      async (_, jc) => void (await sendOverduePairingsDigest(jc, s.pairingOverdueDays)),
      { cron: '0 9 * * 1', policy: 'singleton', retryLimit: 2 },
    );
}
