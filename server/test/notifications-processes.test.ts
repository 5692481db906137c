// Notifications exactly once across real processes (#15 item 1 and its tests): two hubs (src/main.ts, each
// its own process and pool) share the database with the job runner on in both; notices written through
// either, and event reminders run by whichever hub fetches the job, each reach the loopback SMTP listener
// once and the SMS outbox once. Then the split: a web process (WORKER=off) only enqueues, and nothing is
// sent until a worker (WORKER=only, no HTTP) starts and delivers each once.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobRunner } from '../src/jobs';
import { channelsFrom } from '../src/modules/notification/channels';
import { registerNotificationJobs } from '../src/modules/notification/notification.jobs';
import type { TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startHubProcess, type HubProcess } from './helpers/hub-process';
import { until } from './helpers/notifications';
import { TEST_PASSWORD } from './helpers/server';
import { startSmtpListener, type SmtpListener } from './helpers/smtp';

let t: TestDatabase;
let smtp: SmtpListener;
/** Enqueues jobs as another process would; runs none (WORKER=off). */
let enqueuer: JobRunner;
const hubs: HubProcess[] = [];
const sql = <T = Record<string, unknown>>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);

/** What every hub process gets: mail to the listener, texts to the outbox, no quiet hours, quick polling. */
const hubEnv = () => ({
  SMTP_URL: smtp.url,
  MAIL_FROM: 'Tongxin <hub@tongxin.test>',
  SMS_ADAPTER: 'outbox',
  SMS_QUIET_HOURS: 'off',
  JOB_POLL_INTERVAL_S: '0.5',
  NOTIFY_RETRY_DELAY_S: '1',
});

async function gql<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const login = async (url: string, username: string) =>
  (
    await gql<{ login: { accessToken: string } }>(
      url,
      `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { accessToken } }`,
      { u: username, p: TEST_PASSWORD },
    )
  ).login.accessToken;

/** Assigns the request (again) to the volunteer: a notice to the volunteer and to the station's coordinators. */
async function assign(url: string, token: string, requestId: string, volunteerId: string) {
  const [{ version }] = await sql<{ version: number }>(`SELECT version FROM service_request WHERE id = $1`, [
    requestId,
  ]);
  await gql(
    url,
    `mutation($id: ID!, $version: Int!, $v: ID!) { assignServiceRequest(id: $id, version: $version, volunteerId: $v) { id } }`,
    { id: globalId('ServiceRequest', requestId), version, v: globalId('Volunteer', volunteerId) },
    token,
  );
}

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

interface Delivery {
  id: string;
  channel: 'EMAIL' | 'SMS';
  status: string;
}
const deliveriesSince = (after: string) =>
  sql<Delivery>(`SELECT id::text, channel, status FROM notification_delivery WHERE id > $1 ORDER BY id`, [after]);
const lastDeliveryId = async () =>
  (await sql<{ id: string }>(`SELECT COALESCE(max(id), 0)::text AS id FROM notification_delivery`))[0].id;

/**
 * Every outbox row since `after` was sent: each e-mail reached the listener exactly once, each text is in the
 * SMS outbox exactly once; and no mail arrived for a row that does not exist.
 */
async function expectEachSentOnce(after: string, expected: { emails: number; sms: number }) {
  const rows = await until(
    () => deliveriesSince(after),
    (d) =>
      d.length === expected.emails + expected.sms &&
      d.every((x) => x.status === 'SENT') &&
      smtp.mails.filter((m) => Number(m.deliveryId) > Number(after)).length >= expected.emails,
    60_000,
  );
  // A second send would come from the other process's poll; give it a few of them to show up.
  await new Promise((r) => setTimeout(r, 2500));
  const emails = rows.filter((d) => d.channel === 'EMAIL').map((d) => d.id);
  const texts = rows.filter((d) => d.channel === 'SMS').map((d) => d.id);
  expect([emails.length, texts.length]).toEqual([expected.emails, expected.sms]);
  const mailed = smtp.mails.filter((m) => Number(m.deliveryId) > Number(after)).map((m) => m.deliveryId);
  expect([...mailed].sort()).toEqual([...emails].sort());
  const outbox = await sql<{ delivery_id: string; n: number }>(
    `SELECT delivery_id::text, count(*)::int AS n FROM sms_outbox WHERE delivery_id > $1 GROUP BY delivery_id ORDER BY delivery_id`,
    [after],
  );
  expect(outbox).toEqual(texts.map((id) => ({ delivery_id: id, n: 1 })));
}

let volunteerId: string;
let requestId: string;

beforeAll(async () => {
  t = await createSeededDatabase('notify_processes');
  smtp = await startSmtpListener();
  // The volunteer of the demo account and an open request of the demo coordinator's station.
  [{ volunteerId }] = await sql<{ volunteerId: string }>(
    `SELECT ra.volunteer_id::text AS "volunteerId" FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id
      WHERE a.username = 'volunteer.demo'`,
  );
  [{ requestId }] = await sql<{ requestId: string }>(
    `INSERT INTO service_request (requester_name, phone, description, region_id, station_id, service_type_id)
     SELECT '进程测试', '13700000000', '陪同就医', s.region_id, s.id, (SELECT id FROM service_type ORDER BY id LIMIT 1)
       FROM service_station s
      WHERE s.id = (SELECT ra.station_id FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id
                     WHERE a.username = 'station.coord')
     RETURNING id::text AS "requestId"`,
  );
  // No reminder falls due on its own while the hubs run (their schedule may fire): the events of the next
  // two days move a month on, and only the ones a test moves into the window are reminded.
  await sql(
    `UPDATE service_event SET starts_at = starts_at + interval '30 days', ends_at = ends_at + interval '30 days'
      WHERE starts_at BETWEEN now() - interval '1 hour' AND now() + interval '2 days'`,
  );
  // Both are reached by e-mail; the volunteer also by the mobile of the volunteer record.
  await sql(
    `INSERT INTO notification_contact (account_id, email)
     SELECT id, username || '@tongxin.test' FROM user_account WHERE username IN ('volunteer.demo', 'station.coord')`,
  );
  enqueuer = new JobRunner({ url: t.url, db: t.db, log: pino({ level: 'silent' }), work: false });
  registerNotificationJobs(enqueuer, {
    channels: channelsFrom({ SMTP_URL: smtp.url, MAIL_FROM: 'x <x@x.test>', SMS_ADAPTER: 'outbox' }),
    quietHours: null,
    retryLimit: 5,
    retryDelaySeconds: 1,
    pairingOverdueDays: 60,
  });
});

afterAll(async () => {
  for (const h of hubs) await h.stop();
  await enqueuer?.stop();
  await smtp?.close();
  await t?.drop();
});

describe('two hubs, each running jobs', () => {
  let a: HubProcess;
  let b: HubProcess;

  beforeAll(async () => {
    // Started together, as replicas behind a load balancer are (and stopped after the file whatever happens).
    const started = await Promise.allSettled([startHubProcess(t.url, hubEnv()), startHubProcess(t.url, hubEnv())]);
    for (const r of started) if (r.status === 'fulfilled') hubs.push(r.value);
    for (const r of started) if (r.status === 'rejected') throw r.reason;
    [a, b] = hubs;
    await enqueuer.start();
  });

  it('sends each notice written through either hub once: one mail per e-mail row, one text per SMS row', async () => {
    const after = await lastDeliveryId();
    const tokens = [await login(a.url!, 'hub.admin'), await login(b.url!, 'hub.admin')];
    for (let i = 0; i < 6; i++) await assign([a, b][i % 2].url!, tokens[i % 2], requestId, volunteerId);
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM notification n JOIN user_account u ON u.id = n.account_id
        WHERE u.username IN ('volunteer.demo', 'station.coord') AND n.kind IN ('SERVICE_REQUEST_ASSIGNED', 'STATION_REQUEST_ASSIGNED')`,
    );
    expect(n).toBe(12);
    // The volunteer by e-mail and SMS, the coordinator by e-mail: six assignments, eighteen rows.
    await expectEachSentOnce(after, { emails: 12, sms: 6 });
  });

  it('reminds each volunteer signed up once per lead, however many times and wherever the job runs', async () => {
    // Three events start in five hours (the day-before reminder is due), each with four volunteers signed
    // up: the demo volunteer (an account, reached by e-mail and SMS) and three reached by SMS.
    const events = await sql<{ id: string }>(
      `WITH moved AS (
         UPDATE service_event SET status = 'OPEN', starts_at = now() + interval '5 hours', ends_at = now() + interval '7 hours'
          WHERE id IN (SELECT id FROM service_event ORDER BY id LIMIT 3)
          RETURNING id)
       SELECT id::text FROM moved ORDER BY id`,
    );
    expect(events).toHaveLength(3);
    await sql(
      `INSERT INTO participation (event_id, volunteer_id, status)
       SELECT e.id, v.id, 'SIGNED_UP' FROM unnest($1::bigint[]) e(id)
        CROSS JOIN (SELECT $2::bigint AS id
                    UNION (SELECT id FROM volunteer WHERE status = 'ACTIVE' AND phone IS NOT NULL AND id <> $2
                            ORDER BY id LIMIT 3)) v
       ON CONFLICT (event_id, volunteer_id) DO UPDATE SET status = 'SIGNED_UP', deleted_at = NULL`,
      [events.map((e) => e.id), volunteerId],
    );
    const due = await sql<{ id: string }>(
      `SELECT p.id::text FROM participation p
        WHERE p.event_id = ANY($1::bigint[]) AND p.status = 'SIGNED_UP' AND p.deleted_at IS NULL`,
      [events.map((e) => e.id)],
    );
    expect(due.length).toBeGreaterThan(0);
    const after = await lastDeliveryId();
    // The job, enqueued again and again, is fetched by either hub (singleton: one runs at a time).
    for (let i = 0; i < 4; i++) {
      await enqueuer.enqueue('notification.event-reminders', {});
      await until(
        () =>
          sql<{ n: number }>(
            `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'notification.event-reminders' AND state < 'completed'`,
          ),
        ([{ n }]) => n === 0,
      );
    }
    // One notice per participation (the volunteer's account, or the volunteer by SMS) and lead, no more.
    const reminders = await sql<{ dedup_key: string }>(
      `SELECT dedup_key FROM notification WHERE kind = 'EVENT_REMINDER' ORDER BY dedup_key`,
    );
    expect(reminders.map((r) => r.dedup_key.split(':').slice(0, 3).join(':')).sort()).toEqual(
      due.map((p) => `reminder:DAY:${p.id}`).sort(),
    );
    const rows = await deliveriesSince(after);
    expect(rows.length).toBeGreaterThan(0);
    await expectEachSentOnce(after, {
      emails: rows.filter((d) => d.channel === 'EMAIL').length,
      sms: rows.filter((d) => d.channel === 'SMS').length,
    });
  });

  afterAll(async () => {
    for (const h of [a, b]) await h?.stop();
    hubs.length = 0;
  });
});

describe('the worker split', () => {
  it('a WORKER=off hub enqueues and sends nothing; a WORKER=only worker beside it sends each once', async () => {
    const web = await startHubProcess(t.url, { ...hubEnv(), WORKER: 'off' });
    hubs.push(web);
    const after = await lastDeliveryId();
    const token = await login(web.url!, 'hub.admin');
    for (let i = 0; i < 3; i++) await assign(web.url!, token, requestId, volunteerId);
    const queued = await deliveriesSince(after);
    expect(queued).toHaveLength(9);
    // Enqueued in the change's transaction (queued_at set, a job waiting), and nobody works them yet.
    const [{ jobs }] = await sql<{ jobs: number }>(
      `SELECT count(*)::int AS jobs FROM pgboss.job WHERE name = 'notification.deliver' AND state = 'created'
          AND (data->>'deliveryId')::bigint > $1`,
      [after],
    );
    expect(jobs).toBe(9);
    await new Promise((r) => setTimeout(r, 2000));
    expect((await deliveriesSince(after)).every((d) => d.status === 'PENDING')).toBe(true);
    expect(smtp.mails.filter((m) => Number(m.deliveryId) > Number(after))).toEqual([]);

    const worker = await startHubProcess(t.url, { ...hubEnv(), WORKER: 'only' });
    hubs.push(worker);
    expect(worker.url).toBeNull();
    await expectEachSentOnce(after, { emails: 6, sms: 3 });
  });
});
