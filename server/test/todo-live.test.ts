// The to-do list (#15 item 4) and live updates (#15 item 5): counts and items within the viewer's
// scope, newest first; subscriptions over graphql-ws that push only what their viewer may see;
// two hub instances sharing the database and Redis, a write on one reaching a subscriber on the other.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import { makeIdentityNumber } from '../src/common/identity';
import { createDataSource } from '../src/db/data-source';
import { MemoryBus } from '../src/live/bus';
import { attachLive, detachLive, publishInboxChanged } from '../src/live/changes';
import { hashPassword } from '../src/modules/account/session.service';
import type { TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { buildKnownWorld, type KnownWorld } from './helpers/known-world';
import { liveClient, refusalOf, type LiveClient } from './helpers/live';
import { startTestServer, TEST_PASSWORD, type Client, type TestServer } from './helpers/server';
import {
  APPROVE,
  CANCEL_SIGN_UP,
  DASHBOARD_CHANGED,
  EVENT_FIGURES,
  INBOX_CHANGED,
  TODO,
  TODO_CHANGED,
} from './operations/live';

// Before the known world's events (17 May 2026), so their sign-ups may still be cancelled.
const NOW = new Date('2026-05-10T00:00:00Z');
const now = () => NOW;

let t: TestDatabase;
let server: TestServer;
let hub: Client;
let alpha: Client;
let w: KnownWorld;
let betaAccountId: string;
const servers: TestServer[] = [];
const sockets: LiveClient[] = [];
const pools: Array<ReturnType<typeof createDataSource>> = [];

const sql = <T = Record<string, unknown>>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);
let seq = 500;

/** A registration waiting for approval, registered at `at`. */
async function pending(organisationId: string, name: string, at: string): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `INSERT INTO volunteer (real_name, id_number, gender, birth_date, phone, category, status, organisation_id, home_region_id, registered_at)
     VALUES ($1, $2, 'FEMALE', '1991-02-03', '13800000000', 'OTHER', 'PENDING', $3, $4, $5) RETURNING id::text`,
    [name, makeIdentityNumber('659004', '1991-02-03', seq++), organisationId, w.region.northA, at],
  );
  return row.id;
}

async function approve(who: Client, volunteerId: string): Promise<void> {
  const [{ version }] = await sql<{ version: number }>(`SELECT version FROM volunteer WHERE id = $1`, [volunteerId]);
  const res = await who.gql(APPROVE, { id: toGlobalId('Volunteer', volunteerId), version });
  expect(res.errors).toBeUndefined();
}

async function cancelSignUp(who: Client, eventId: string, volunteerId: string): Promise<void> {
  const [p] = await sql<{ id: string; version: number }>(
    `SELECT id::text, version FROM participation WHERE event_id = $1 AND volunteer_id = $2`,
    [eventId, volunteerId],
  );
  const res = await who.gql(CANCEL_SIGN_UP, { id: toGlobalId('Participation', p.id), version: p.version });
  expect(res.errors).toBeUndefined();
}

const countOf = (counts: Array<{ kind: string; count: number }>, kind: string) =>
  counts.find((c) => c.kind === kind)?.count;

function live(s: TestServer, who?: Client): LiveClient {
  const c = liveClient(s.url, who?.token ? { authorization: `Bearer ${who.token}` } : {});
  sockets.push(c);
  return c;
}

async function start(db: TestDatabase['db'], overrides: Parameters<typeof startTestServer>[1] = {}) {
  const s = await startTestServer(db, { now, LIVE_DASHBOARD_THROTTLE_MS: 0, ...overrides });
  servers.push(s);
  return s;
}

beforeAll(async () => {
  t = await createSeededDatabase('todo_live', { scale: 0.05 });
  server = await start(t.db);
  hub = await server.as('hub.admin');
  w = await buildKnownWorld(t.db, hub);
  alpha = await server.as(w.account.alpha);
  const [acc] = await sql<{ id: string }>(
    `INSERT INTO user_account (username, display_name, password_hash) VALUES ('known.beta', 'known.beta', $1) RETURNING id::text`,
    [await hashPassword(TEST_PASSWORD)],
  );
  await sql(`INSERT INTO role_assignment (account_id, role, organisation_id) VALUES ($1, 'ORG_ADMIN', $2)`, [
    acc.id,
    w.org.beta,
  ]);
  betaAccountId = acc.id;
}, 120_000);

afterAll(async () => {
  for (const c of sockets) await c.dispose();
  for (const s of servers) await s.close();
  for (const db of pools) await db.destroy();
  await t?.drop();
});

describe('the to-do list', () => {
  it('lists what waits in the viewer scope only, counted per kind, newest first across pages', async () => {
    const p1 = await pending(w.org.alpha, '待审甲一', '2026-05-01T08:00:00Z');
    const p2 = await pending(w.org.alpha, '待审甲二', '2026-05-03T08:00:00Z');
    const q1 = await pending(w.org.beta, '待审乙一', '2026-05-02T08:00:00Z');

    const items: Array<{ kind: string; id: string; at: string; targetId: string }> = [];
    let after: string | null | undefined;
    do {
      const res = await alpha.gql(TODO, { first: 2, after });
      expect(res.errors).toBeUndefined();
      items.push(...res.data.todo.items.nodes);
      after = res.data.todo.items.pageInfo.hasNextPage ? res.data.todo.items.pageInfo.endCursor : null;
    } while (after);
    const { data } = await alpha.gql(TODO, { first: 1 });

    // An organisation's admin acts on registrations, invitations, pairings, hours; not on service requests.
    expect(data.todo.counts.map((c) => c.kind).sort()).toEqual(
      [
        'HOURS_TO_VERIFY',
        'HOUR_CORRECTION',
        'HOUR_REPORT',
        'INVITATION',
        'OVERDUE_PAIRING',
        'PAIRING_TO_CONFIRM',
        'REGISTRATION',
      ].sort(),
    );
    const [{ n: expectedPending }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM volunteer WHERE status = 'PENDING' AND organisation_id = $1`,
      [w.org.alpha],
    );
    expect(countOf(data.todo.counts, 'REGISTRATION')).toBe(expectedPending);
    expect(data.todo.totalCount).toBe(items.length);
    expect(new Set(items.map((i) => `${i.kind}:${i.id}`)).size).toBe(items.length);
    const registrations = items.filter((i) => i.kind === 'REGISTRATION').map((i) => i.targetId);
    expect(registrations).toEqual([toGlobalId('Volunteer', p2), toGlobalId('Volunteer', p1)]);
    expect(registrations).not.toContain(toGlobalId('Volunteer', q1));
    const times = items.map((i) => Date.parse(i.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    // The hub admin sees every registration in the city; the volunteer sees only its overdue pairings.
    const all = await hub.gql(TODO, { first: 1 });
    const [{ n: cityPending }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM volunteer WHERE status = 'PENDING'`,
    );
    expect(countOf(all.data.todo.counts, 'REGISTRATION')).toBe(cityPending);
    const a1 = await server.as(w.account.a1);
    const mine = await a1.gql(TODO, { first: 10 });
    expect(mine.data.todo.counts.map((c) => c.kind)).toEqual(['OVERDUE_PAIRING']);
    const [{ n: overdue }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM pairing WHERE volunteer_id = $1 AND status = 'ACTIVE'
          AND COALESCE(last_visit_at, started_on::timestamptz) < $2::timestamptz - interval '60 days'`,
      [w.volunteer.a1, NOW.toISOString()],
    );
    expect(countOf(mine.data.todo.counts, 'OVERDUE_PAIRING')).toBe(overdue);
    const station = await server.as(w.account.station);
    const coordinator = await station.gql(TODO, { first: 1 });
    expect(coordinator.data.todo.counts.map((c) => c.kind)).toContain('REQUEST_TO_ASSIGN');
    expect(coordinator.data.todo.counts.map((c) => c.kind)).not.toContain('REGISTRATION');
  });

  it('refuses a cursor it did not issue as bad input', async () => {
    const res = await alpha.gql(TODO, { first: 1, after: 'bm90LWEtY3Vyc29y' });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('subscriptions', () => {
  it('refuse a connection without a valid access token', async () => {
    for (const params of [{}, { authorization: 'Bearer not.a.token' }]) {
      const c = liveClient(server.url, params);
      sockets.push(c);
      const refusal = await refusalOf(c.subscribe(TODO_CHANGED));
      expect(refusal).toMatchObject({ code: 4403 });
    }
  });

  it('push an event’s figures on a change, and refuse an event outside the viewer’s scope', async () => {
    const c = live(server, alpha);
    const e1 = c.subscribe<{ eventFiguresChanged: { placesTaken: number } }>(EVENT_FIGURES, {
      eventId: toGlobalId('ServiceEvent', w.event.e1),
    });
    expect((await e1.next()).data?.eventFiguresChanged).toMatchObject({ placesTaken: 2, checkedIn: 0 });
    // e3 is beta's, in the south: alpha's admin does not see it, so it is not there to subscribe to.
    const refused = await refusalOf(c.subscribe(EVENT_FIGURES, { eventId: toGlobalId('ServiceEvent', w.event.e3) }));
    expect(refused).toMatchObject([{ extensions: { code: 'NOT_FOUND' } }]);
    await cancelSignUp(hub, w.event.e3, w.volunteer.b2);
    await cancelSignUp(hub, w.event.e1, w.volunteer.b1);
    expect((await e1.next()).data?.eventFiguresChanged).toMatchObject({ placesTaken: 1 });
    await e1.stop();
  });

  it('tell a dashboard only of changes to records in its viewer’s scope', async () => {
    const p3 = await pending(w.org.alpha, '待审甲三', '2026-05-04T08:00:00Z');
    const c = live(server, alpha);
    const feed = c.subscribe<{ dashboardChanged: { sections: string[] } }>(DASHBOARD_CHANGED);
    expect((await feed.next()).data?.dashboardChanged.sections).toEqual([]);
    // beta's volunteer at beta's event: outside alpha's scope, so no word of it reaches alpha's dashboard.
    await cancelSignUp(hub, w.event.e2, w.volunteer.b1);
    await approve(hub, p3);
    expect((await feed.next()).data?.dashboardChanged.sections).toEqual(['volunteers']);
    await feed.stop();
  });

  it('push the viewer’s to-do counts when they change, and nothing for another organisation’s work', async () => {
    const mine = await pending(w.org.alpha, '待审甲四', '2026-05-05T08:00:00Z');
    const theirs = await pending(w.org.beta, '待审乙二', '2026-05-05T09:00:00Z');
    const c = live(server, alpha);
    const feed = c.subscribe<{ todoChanged: { counts: Array<{ kind: string; count: number }> } }>(TODO_CHANGED);
    const before = countOf((await feed.next()).data!.todoChanged.counts, 'REGISTRATION')!;
    await approve(hub, theirs);
    await approve(hub, mine);
    expect(countOf((await feed.next()).data!.todoChanged.counts, 'REGISTRATION')).toBe(before - 1);
    await feed.stop();
  });

  it('tell the viewer of its own inbox only', async () => {
    const beta = await server.as('known.beta');
    const c = live(server, beta);
    const feed = c.subscribe<{ inboxChanged: { sections: string[] } }>(INBOX_CHANGED);
    expect((await feed.next()).data?.inboxChanged.sections).toEqual([]);
    const [{ id: alphaId }] = await sql<{ id: string }>(`SELECT id::text FROM user_account WHERE username = $1`, [
      w.account.alpha,
    ]);
    publishInboxChanged(alphaId);
    publishInboxChanged(betaAccountId);
    expect((await feed.next()).data?.inboxChanged.sections).toEqual(['inbox']);
    await feed.stop();
  });

  it('run only subscriptions over the WebSocket', async () => {
    const c = live(server, alpha);
    const refused = await refusalOf(c.subscribe(`{ viewer { username } }`));
    expect(refused).toMatchObject([{ extensions: { code: 'BAD_REQUEST' } }]);
  });

  it('close the connection when the access token expires', async () => {
    const short = await start(t.db, { ACCESS_TOKEN_TTL_S: 1 });
    const who = await short.as(w.account.alpha);
    const c = live(short, who);
    const feed = c.subscribe(INBOX_CHANGED);
    await feed.next();
    await expect(feed.next()).rejects.toThrow();
    expect(c.closes).toContain(4401);
  });

  it('close the connection when its account logs out', async () => {
    const who = await server.as('known.north');
    const c = live(server, who);
    const feed = c.subscribe(INBOX_CHANGED);
    await feed.next();
    const out = await who.raw(`mutation { logout }`);
    expect(out.errors).toBeUndefined();
    await expect(feed.next()).rejects.toThrow();
    expect(c.closes).toContain(4401);
  });

  it('follow the trusted-documents rule: in production only the published texts, or their hashes', async () => {
    const sha = (s: string) => createHash('sha256').update(s).digest('hex');
    const strict = await start(t.db, {
      trustedDocuments: { manifest: new Map([[sha(TODO_CHANGED), TODO_CHANGED]]), enforce: true, apiKeys: new Map() },
    });
    // Logged in on the first instance (the same keys sign for both): login itself is not a published text here.
    const c = live(strict, alpha);
    expect(await refusalOf(c.subscribe(INBOX_CHANGED))).toMatchObject([
      { extensions: { code: 'PERSISTED_QUERY_ONLY' } },
    ]);
    const byText = c.subscribe(TODO_CHANGED);
    expect((await byText.next()).data).toHaveProperty('todoChanged');
    await byText.stop();
    const byHash = c.subscribe('', undefined, { persistedQuery: { version: 1, sha256Hash: sha(TODO_CHANGED) } });
    expect((await byHash.next()).data).toHaveProperty('todoChanged');
    await byHash.stop();
  });
});

describe('after commit only', () => {
  it('publishes what a transaction queued once it commits, and nothing of one rolled back', async () => {
    const db = createDataSource({ url: t.url, poolSize: 2 });
    await db.initialize();
    pools.push(db);
    const bus = new MemoryBus();
    attachLive(db, bus);
    const order: string[] = [];
    let open = false;
    const committed = new Promise<void>((resolve) =>
      bus.subscribe('inbox:1', () => {
        order.push(open ? 'during the transaction' : 'after commit');
        resolve();
      }),
    );
    bus.subscribe('inbox:2', () => order.push('rolled back'));
    const tick = () => new Promise((resolve) => setImmediate(resolve));
    await expect(
      db.transaction(async (m) => {
        await m.query('SELECT 1');
        publishInboxChanged('2', m);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await db.transaction(async (m) => {
      open = true;
      await m.query('SELECT 1');
      publishInboxChanged('1', m);
      // A message published now would be delivered during these ticks, while the transaction is open.
      await tick();
      await tick();
      open = false;
    });
    await committed;
    // Had the rolled-back message gone out, it would have arrived first (the bus keeps order).
    expect(order).toEqual(['after commit']);
    detachLive(db, bus);
  });
});

describe('two hubs sharing the database and Redis', () => {
  it('push to a subscriber on one what was written on the other', async () => {
    const prefix = `tongxin-test-${process.pid}-${Date.now()}:`;
    const replica = async () => {
      const db = createDataSource({ url: t.url, poolSize: 3 });
      await db.initialize();
      pools.push(db);
      return start(db, { REDIS_URL: 'redis://127.0.0.1:6379', REDIS_CHANNEL_PREFIX: prefix });
    };
    const [one, two] = [await replica(), await replica()];
    const waiting = await pending(w.org.alpha, '待审甲五', '2026-05-06T08:00:00Z');
    const watcher = live(two, await two.as(w.account.alpha));
    const todo = watcher.subscribe<{ todoChanged: { counts: Array<{ kind: string; count: number }> } }>(TODO_CHANGED);
    const dashboard = watcher.subscribe<{ dashboardChanged: { sections: string[] } }>(DASHBOARD_CHANGED);
    const before = countOf((await todo.next()).data!.todoChanged.counts, 'REGISTRATION')!;
    expect((await dashboard.next()).data?.dashboardChanged.sections).toEqual([]);
    await approve(await one.as('hub.admin'), waiting);
    expect(countOf((await todo.next()).data!.todoChanged.counts, 'REGISTRATION')).toBe(before - 1);
    expect((await dashboard.next()).data?.dashboardChanged.sections).toEqual(['volunteers']);
  });
});
