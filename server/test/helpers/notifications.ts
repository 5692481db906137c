// A job runner with the notification jobs, a loopback SMTP listener and the development SMS outbox,
// for the notification tests; and the check that one notice reached its inbox, mailbox and phone.
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { expect } from 'vitest';
import { JobRunner } from '../../src/jobs';
import { channelsFrom } from '../../src/modules/notification/channels';
import { registerNotificationJobs } from '../../src/modules/notification/notification.jobs';
import type { QuietHours } from '../../src/modules/notification/quiet-hours';
import type { SmtpListener } from './smtp';

export interface Clock {
  now: Date;
}

export interface RunnerSettings {
  quietHours: QuietHours | null;
}

/** A runner on a pool of its own (as another hub would have), sending to `smtp` and the SMS outbox. */
export async function notificationRunner(
  db: DataSource,
  url: string,
  smtp: SmtpListener,
  clock: Clock,
  settings: RunnerSettings = { quietHours: null },
): Promise<JobRunner> {
  const runner = new JobRunner({
    url,
    db,
    log: pino({ level: 'silent' }),
    work: true,
    now: () => clock.now,
    pollingIntervalSeconds: 0.5,
    stopTimeoutMs: 1000,
  });
  const s = {
    channels: channelsFrom({ SMTP_URL: smtp.url, MAIL_FROM: 'Tongxin <hub@tongxin.test>', SMS_ADAPTER: 'outbox' }),
    get quietHours() {
      return settings.quietHours;
    },
    retryLimit: 5,
    retryDelaySeconds: 1,
    pairingOverdueDays: 60,
  };
  registerNotificationJobs(runner, s);
  await runner.start();
  return runner;
}

export async function until<T>(probe: () => Promise<T> | T, done: (v: T) => boolean, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (done(v)) return v;
    if (Date.now() > deadline) throw new Error(`condition not met; last value ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

export interface Expected {
  kind: string;
  /** The account whose inbox holds it, or the volunteer without one. */
  accountId?: string;
  volunteerId?: string;
  email?: string;
  mobile?: string;
  /** Words the rendered text contains (title, mail subject or SMS). */
  text?: string;
}

/**
 * The notice exists once for its recipient; every outbox row of it was sent: the mail once to the
 * listener, the text once to the SMS outbox. Returns the notification id.
 */
export async function expectDelivered(db: DataSource, smtp: SmtpListener, e: Expected): Promise<string> {
  const rows = await db.query<Array<{ id: string; in_app: boolean }>>(
    `SELECT id::text, in_app FROM notification WHERE kind = $1 AND ${e.accountId ? 'account_id' : 'volunteer_id'} = $2`,
    [e.kind, e.accountId ?? e.volunteerId],
  );
  expect(rows, `${e.kind} for ${e.accountId ?? e.volunteerId}`).toHaveLength(1);
  const [n] = rows;
  expect(n.in_app).toBe(Boolean(e.accountId) && !e.kind.endsWith('_CODE'));
  const deliveries = await until(
    () =>
      db.query<Array<{ id: string; channel: string; address: string; status: string }>>(
        `SELECT id::text, channel, address, status FROM notification_delivery WHERE notification_id = $1 ORDER BY channel`,
        [n.id],
      ),
    (d) => d.length > 0 && d.every((x) => x.status === 'SENT'),
  );
  const channels = deliveries.map((d) => `${d.channel}:${d.address}`);
  expect(channels).toEqual([...(e.email ? [`EMAIL:${e.email}`] : []), ...(e.mobile ? [`SMS:${e.mobile}`] : [])]);
  for (const d of deliveries) {
    if (d.channel === 'EMAIL') {
      const mails = await until(
        () => smtp.mails.filter((m) => m.deliveryId === d.id),
        (m) => m.length > 0,
      );
      expect(mails).toHaveLength(1);
      expect(mails[0].to).toEqual([e.email]);
      if (e.text) expect(`${mails[0].subject}\n${mails[0].text}`).toContain(e.text);
    } else {
      const sms = await db.query<Array<{ mobile: string; body: string }>>(
        `SELECT mobile, body FROM sms_outbox WHERE delivery_id = $1`,
        [d.id],
      );
      expect(sms).toHaveLength(1);
      expect(sms[0].mobile).toBe(e.mobile);
      if (e.text) expect(sms[0].body).toContain(e.text);
    }
  }
  return n.id;
}
