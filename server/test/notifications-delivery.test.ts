// Notifications (#15.2): delivery (the channels chosen per kind, quiet hours, the outbox retrying while the
// SMTP listener is down, exactly one mail with two runners, the sweep, listeners told after the commit) and
// the inbox over GraphQL (newest first, unread count, marking read).
import { beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../src/db/data-source';
import { notify, NotificationKind, onNotificationCreated, type NotificationCreated } from '../src/modules/notification';
import { parseQuietHours, quietUntil } from '../src/modules/notification/quiet-hours';
import { notificationRunner } from './helpers/notifications';
import { until } from './helpers/notifications';
import {
  gid,
  notificationSuite,
  ok,
  INBOX,
  MARK_READ,
  SET_CONTACT,
  SET_PREFERENCE,
  PREFERENCES,
} from './helpers/notification-suite';

const s = notificationSuite('notifications_delivery');
const { as, ids, clock, sql, one } = s;

describe('delivery', () => {
  /** A notice to known.north (e-mail and SMS) written in its own transaction. */
  const tell = async (text: string) => {
    const north = await one(`SELECT id::text FROM user_account WHERE username = 'known.north'`);
    await s.t.db.transaction((tx) =>
      notify(tx, north, NotificationKind.EVENT_CANCELLED, { event: text, startsAt: '', reason: text }),
    );
    const [n] = await sql<{ id: string }>(
      `SELECT id::text FROM notification WHERE account_id = $1 AND payload->>'event' = $2`,
      [north, text],
    );
    return { north, id: n.id };
  };
  const deliveries = (notificationId: string) =>
    sql<{ id: string; channel: string; status: string; attempts: number; not_before: Date | null }>(
      `SELECT id::text, channel, status, attempts, not_before FROM notification_delivery WHERE notification_id = $1 ORDER BY channel`,
      [notificationId],
    );

  beforeAll(async () => {
    await sql(
      `UPDATE notification_contact SET mobile = '13900000051' WHERE account_id = (SELECT id FROM user_account WHERE username = 'known.north')`,
    );
    // Older notices of known.a1, so the inbox below has more than one page of three.
    for (const event of ['旧通知一', '旧通知二', '旧通知三', '旧通知四'])
      await s.t.db.transaction((tx) => notify(tx, ids.a1, NotificationKind.EVENT_CHANGED, { event }));
  });

  it('follows the channels chosen per kind; the inbox row is written whatever they are', async () => {
    const before = ok(await as['known.north'].gql(PREFERENCES)).data.notificationPreferences;
    expect(before).toMatchObject({ email: 'known.north@tongxin.test', mobile: '139****0051', locale: 'zh-CN' });
    expect(before.kinds.find((k) => k.kind === 'EVENT_CANCELLED')).toEqual({
      kind: 'EVENT_CANCELLED',
      email: true,
      sms: true,
      mandatory: false,
    });
    ok(await as['known.north'].gql(SET_PREFERENCE, { kind: 'EVENT_CANCELLED', email: false, sms: true }));
    const { id } = await tell('只发短信');
    expect((await deliveries(id)).map((d) => d.channel)).toEqual(['SMS']);
    ok(await as['known.north'].gql(SET_PREFERENCE, { kind: 'EVENT_CANCELLED', email: false, sms: false }));
    const none = await tell('只进收件箱');
    expect(await deliveries(none.id)).toEqual([]);
    ok(await as['known.north'].gql(SET_PREFERENCE, { kind: 'EVENT_CANCELLED', email: true, sms: true }));
    const refused = await as['known.north'].gql(SET_CONTACT, { input: { email: 'not-an-address', mobile: '123' } });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['input.email', 'input.mobile']);
  });

  it('keeps what a contact change leaves out, and clears what it sends empty', async () => {
    const north = as['known.north'];
    const contact = async () => ok(await north.gql(PREFERENCES)).data.notificationPreferences;
    // The panel shows the mobile masked, so it leaves the mobile out when the person changes only the e-mail.
    ok(await north.gql(SET_CONTACT, { input: { email: 'north.two@tongxin.test' } }));
    expect(await contact()).toMatchObject({ email: 'north.two@tongxin.test', mobile: '139****0051', locale: 'zh-CN' });
    ok(await north.gql(SET_CONTACT, { input: { locale: 'en', mobile: '13900000052' } }));
    expect(await contact()).toMatchObject({ email: 'north.two@tongxin.test', mobile: '139****0052', locale: 'en' });
    ok(await north.gql(SET_CONTACT, { input: { email: '', mobile: null, locale: null } }));
    expect(await contact()).toMatchObject({ email: null, mobile: null, locale: 'en' });
    const refused = await north.gql(SET_CONTACT, { input: { locale: 'fr' } });
    expect(refused.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['input.locale']);
    ok(
      await north.gql(SET_CONTACT, {
        input: { email: 'known.north@tongxin.test', mobile: '13900000051', locale: 'zh-CN' },
      }),
    );
  });

  it('holds SMS back during quiet hours (not e-mail) and sends it when they end', async () => {
    expect(quietUntil(new Date('2026-05-10T15:30:00Z'), parseQuietHours('22-8'))).toEqual(
      new Date('2026-05-11T00:00:00Z'),
    );
    expect(quietUntil(new Date('2026-05-10T05:00:00Z'), parseQuietHours('22-8'))).toBeNull();
    expect(parseQuietHours('off')).toBeNull();
    s.settings.quietHours = parseQuietHours('22-8');
    clock.now = new Date('2026-05-10T15:30:00Z'); // 23:30 in Beijing
    const { id } = await tell('夜间通知');
    const held = await until(
      () => deliveries(id),
      (d) => d.length === 2 && d[0].status === 'SENT' && d[1].not_before !== null,
    );
    expect(held.map((d) => [d.channel, d.status])).toEqual([
      ['EMAIL', 'SENT'],
      ['SMS', 'PENDING'],
    ]);
    expect(held[1].not_before).toEqual(new Date('2026-05-11T00:00:00Z'));
    expect(await sql(`SELECT 1 FROM sms_outbox WHERE delivery_id = $1`, [held[1].id])).toEqual([]);
    // The deferred job waits for 08:00; the runner's clock now says it is morning.
    clock.now = new Date('2026-05-11T00:05:00Z');
    await sql(`UPDATE pgboss.job SET start_after = now() WHERE name = 'notification.deliver' AND state = 'created'`);
    await until(
      () => deliveries(id),
      (d) => d[1].status === 'SENT',
    );
    s.settings.quietHours = null;
    clock.now = new Date('2026-05-10T02:00:00Z');
  });

  it('retries while the SMTP server is down and sends once it is back, exactly once', async () => {
    await s.smtp.close();
    const { id } = await tell('服务器停机');
    const failing = await until(
      () => deliveries(id),
      (d) => d.some((x) => x.channel === 'EMAIL' && x.attempts >= 2),
    );
    expect(failing.find((d) => d.channel === 'EMAIL')!.status).toBe('PENDING');
    const [err] = await sql<{ last_error: string }>(
      `SELECT last_error FROM notification_delivery WHERE notification_id = $1 AND channel = 'EMAIL'`,
      [id],
    );
    expect(err.last_error).toMatch(/ECONNREFUSED|connect/i);
    await s.smtp.reopen();
    const sent = await until(
      () => deliveries(id),
      (d) => d.every((x) => x.status === 'SENT'),
    );
    const email = sent.find((d) => d.channel === 'EMAIL')!;
    expect(s.smtp.mails.filter((m) => m.deliveryId === email.id)).toHaveLength(1);
  });

  it('sends each notice once with two runners on the database', async () => {
    const pool = createDataSource({ url: s.t.url, poolSize: 3 });
    await pool.initialize();
    s.pools.push(pool);
    s.extraRunners.push(await notificationRunner(pool, s.t.url, s.smtp, clock, s.settings));
    const written: string[] = [];
    for (let i = 0; i < 6; i++) written.push((await tell(`两个进程 ${i}`)).id);
    const all = await until(
      async () => (await Promise.all(written.map(deliveries))).flat(),
      (d) => d.length === 12 && d.every((x) => x.status === 'SENT'),
    );
    await new Promise((r) => setTimeout(r, 1000));
    const emails = all.filter((d) => d.channel === 'EMAIL').map((d) => d.id);
    expect(emails.map((id) => s.smtp.mails.filter((m) => m.deliveryId === id).length)).toEqual([1, 1, 1, 1, 1, 1]);
    const sms = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM sms_outbox WHERE delivery_id = ANY($1::bigint[])`,
      [all.filter((d) => d.channel === 'SMS').map((d) => d.id)],
    );
    expect(sms).toEqual([{ n: 6 }]);
  });

  it('enqueues, by the sweep, what was written where no runner was at hand', async () => {
    const north = await one(`SELECT id::text FROM user_account WHERE username = 'known.north'`);
    const n = await one(
      `INSERT INTO notification (account_id, kind, payload) VALUES ($1, 'EVENT_CANCELLED', '{"event":"无人值守"}') RETURNING id::text`,
      [north],
    );
    await sql(
      `INSERT INTO notification_delivery (notification_id, channel, address) VALUES ($1, 'EMAIL', 'known.north@tongxin.test')`,
      [n],
    );
    await s.runner.runNow('notification.sweep', {});
    const [d] = await until(
      () => deliveries(n),
      (x) => x[0]?.status === 'SENT',
    );
    expect(s.smtp.mails.filter((m) => m.deliveryId === d.id)).toHaveLength(1);
  });

  it('tells listeners after the commit, and never of a rolled-back notice', async () => {
    const heard: NotificationCreated[] = [];
    const off = onNotificationCreated((n) => heard.push(n));
    await s.t.db
      .transaction(async (tx) => {
        await notify(tx, ids.a1, NotificationKind.EVENT_CHANGED, { event: '回滚' });
        expect(heard).toEqual([]);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(heard).toEqual([]);
    expect(await sql(`SELECT 1 FROM notification WHERE payload->>'event' = '回滚'`)).toEqual([]);
    await s.t.db.transaction((tx) => notify(tx, ids.a1, NotificationKind.EVENT_CHANGED, { event: '提交' }));
    off();
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatchObject({ accountId: ids.a1, kind: 'EVENT_CHANGED' });
    expect(await sql(`SELECT payload->>'event' AS event FROM notification WHERE id = $1`, [heard[0].id])).toEqual([
      { event: '提交' },
    ]);
  });
});

describe('inbox', () => {
  it('lists the viewer’s own notices newest first, counts the unread, marks them read', async () => {
    const me = as['known.a1'];
    const first = ok(await me.gql(INBOX, { first: 3 })).data;
    const [{ n: total }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM notification WHERE account_id = $1 AND in_app`,
      [ids.a1],
    );
    expect(first.notifications.totalCount).toBe(total);
    expect(first.unreadNotificationCount).toBe(total);
    const stamps = first.notifications.nodes.map((n) => n.createdAt);
    expect([...stamps].sort().reverse()).toEqual(stamps);
    const next = ok(await me.gql(INBOX, { first: 3, after: first.notifications.pageInfo.endCursor })).data;
    const seen = [...first.notifications.nodes, ...next.notifications.nodes].map((n) => n.id);
    expect(new Set(seen).size).toBe(seen.length);
    const newest = first.notifications.nodes[0];
    expect(newest.title).toBe('活动有变更：提交');
    const en = ok(await me.gql(INBOX, { first: 1 }, { 'accept-language': 'en' })).data.notifications.nodes[0];
    expect(en.title).toBe('Event changed: 提交');

    const left = ok(await me.gql(MARK_READ, { ids: [newest.id] })).data.markNotificationsRead;
    expect(left).toBe(total - 1);
    const unread = ok(await me.gql(INBOX, { first: 100, unreadOnly: true })).data.notifications.nodes;
    expect(unread.map((n) => n.id)).not.toContain(newest.id);
    // Another person's notice cannot be marked from here.
    const [theirs] = await sql<{ id: string }>(
      `SELECT id::text FROM notification WHERE account_id = $1 AND read_at IS NULL LIMIT 1`,
      [ids.alpha],
    );
    await me.gql(MARK_READ, { ids: [gid('Notification', theirs.id)] });
    expect(await sql(`SELECT read_at FROM notification WHERE id = $1`, [theirs.id])).toEqual([{ read_at: null }]);
    expect(ok(await me.gql(MARK_READ, { all: true })).data.markNotificationsRead).toBe(0);
    const [audits] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'MARK_NOTIFICATIONS_READ' AND actor_id = $1`,
      [ids.a1],
    );
    expect(audits.n).toBe(3);
    const missing = await me.gql(MARK_READ, {});
    expect(missing.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
