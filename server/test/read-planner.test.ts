// The nested read planner (context/planner.ts) answers exactly as the loaders do: for every demo
// role, the same nested queries through both paths give the same data and the same errors, field
// by field, with row scope, masking and field permissions applied at every level.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLResolveInfo } from 'graphql';
import { Scope, type ScopeTables } from '../src/auth/scope';
import { Loaders } from '../src/context/loaders';
import { StatementCounter } from '../src/db/statement-counter';
import { DEMO_ACCOUNTS } from '../src/db/seed/accounts';
import type { TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startTestServer, type Client, type TestServer } from './helpers/server';

const counter = new StatementCounter(true);
let t: TestDatabase;
let server: TestServer;
const clients = new Map<string, Client>();
const initial = process.env.READ_PLANNER;

beforeAll(async () => {
  t = await createSeededDatabase('readplanner', { logger: counter });
  server = await startTestServer(t.db);
  // An anonymous visitor too: the public reads of published campaigns and open events.
  clients.set('anonymous', server);
  for (const { username } of DEMO_ACCOUNTS) clients.set(username, await server.as(username));
});
afterEach(() => {
  if (initial === undefined) delete process.env.READ_PLANNER;
  else process.env.READ_PLANNER = initial;
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

// The bench's graph, with masked and permission-bound fields, computed fields and viewerCan at each level.
const NESTED = `query { campaigns(first: 8) { totalCount pageInfo { hasNextPage endCursor } nodes { id name status
  viewerCan { edit publish }
  partners(first: 6) { id role status organisation { id name kind }
    events(first: 5) { id title startsAt status capacity placesTaken verifiedHours viewerCan { edit signUp }
      participations(first: 8) { id status minutes hours checkInAt waitlistPosition
        volunteer { id realName phone idNumber category verifiedHours organisation { id name } homeRegion { id name } } } } }
  events(first: 4) { id title participations(first: 3) { id volunteer { id realName } } } } } }`;

// Fragments, variables, aliases (left to the loaders) and an edge's node.
const SHAPES = `query($n: Int!) { campaigns(first: 3) { edges { cursor node { ...C } } } }
  fragment C on Campaign { id partners(first: $n) { role organisation { name }
    events { id mine: participations(first: 2) { id } participations(first: 4) { id status
      volunteer { id realName phone } other: volunteer { id } } } } }`;

const EVENTS = `query { serviceEvents(first: 25) { nodes { id title
  participations(first: 10) { id status volunteer { id realName guardianPhone birthDate } } } } }`;

const VOLUNTEERS = `query { volunteers(first: 30, filter: { statuses: [ACTIVE] }) { totalCount
  pageInfo { hasNextPage endCursor } nodes { id realName category skills { id name } phone starLevel
  organisation { id name } homeRegion { id name } } } }`;

interface Answer {
  data?: unknown;
  errors?: Array<{ path?: unknown; extensions?: { code?: string } }>;
}

async function run(client: Client, query: string, planner: 'on' | 'off', variables?: Record<string, unknown>) {
  process.env.READ_PLANNER = planner;
  counter.reset();
  const res = (await client.raw(query, variables)) as Answer;
  const errors = (res.errors ?? []).map((e) => `${JSON.stringify(e.path)} ${e.extensions?.code}`).sort();
  // Data statements: the viewer's own lookup (auth) is not part of the read path.
  const statements = counter.statements.filter((s) => !/session_version/.test(s)).length;
  return { data: res.data, errors, statements };
}

describe('the read planner answers as the loaders do', () => {
  for (const [name, query, variables] of [
    ['nested campaign graph', NESTED, undefined],
    ['fragments, variables, aliases, edges', SHAPES, { n: 3 }],
    ['events with participations', EVENTS, undefined],
    ['a volunteer page', VOLUNTEERS, undefined],
  ] as const) {
    it(`${name}: the same data and errors for every demo role and a visitor`, async () => {
      let rows = 0;
      for (const [username, client] of clients) {
        const off = await run(client, query, 'off', variables);
        const on = await run(client, query, 'on', variables);
        expect(on.data, username).toEqual(off.data);
        expect(on.errors, username).toEqual(off.errors);
        expect(on.statements, username).toBeLessThanOrEqual(off.statements);
        rows += JSON.stringify(on.data ?? null).length;
      }
      expect(rows).toBeGreaterThan(1000);
    });
  }

  it('builds the nested graph in one statement with the page', async () => {
    const hub = clients.get('hub.admin')!;
    const q = `query { campaigns(first: 5) { nodes { id partners(first: 5) { role organisation { name }
      events(first: 5) { title participations(first: 5) { status volunteer { realName } } } } } } }`;
    const on = await run(hub, q, 'on');
    const off = await run(hub, q, 'off');
    expect(on.data).toEqual(off.data);
    expect(on.statements).toBe(1);
    expect(off.statements).toBeGreaterThan(1);
    process.env.READ_PLANNER = 'on';
    counter.reset();
    await hub.raw(q);
    const sql = counter.statements.find((s) => s.includes('json_agg'))!;
    // Only the selected columns, the soft-deleted participations left out, each level cut at its first N.
    expect(sql).toContain('json_agg');
    expect(sql).not.toContain('check_in_at');
    expect(sql).not.toContain('id_number');
    expect(sql).toMatch(/"deleted_at" IS NULL/);
    expect(sql).toMatch(/LIMIT 5\) pl2_participations/);
  });

  it('counts the total with the page, apart after a cursor or past the end', async () => {
    const hub = clients.get('hub.admin')!;
    const page = (args: string) =>
      `query { volunteers(${args}) { totalCount pageInfo { hasNextPage endCursor } nodes { id skills { id name } } } }`;
    const first = await run(hub, page('first: 5'), 'on');
    const { endCursor } = (first.data as { volunteers: { pageInfo: { endCursor: string } } }).volunteers.pageInfo;
    // After the oldest possible registration: an empty page whose total is counted apart.
    const last = Buffer.from('sorted:1:1970-01-01T00:00:00.000Z').toString('base64url');
    for (const args of [
      'first: 5',
      `first: 5, after: "${endCursor}"`,
      `first: 5, after: "${last}"`,
      'first: 5, offset: 99999',
      'first: 5, offset: 7',
    ]) {
      const off = await run(hub, page(args), 'off');
      const on = await run(hub, page(args), 'on');
      expect(on.errors, args).toEqual([]);
      expect(on.data, args).toEqual(off.data);
      expect((on.data as { volunteers: { totalCount: number } }).volunteers.totalCount, args).toBeGreaterThan(5);
    }
  });

  // A connection's shape is kept per document position and variables (planner.ts `planConnection`):
  // other variables are planned for themselves, and each viewer's scope is still applied.
  it('plans the same document again for other variables and other viewers', async () => {
    const hub = clients.get('hub.admin')!;
    const sizes: number[] = [];
    const statements: number[] = [];
    for (const n of [1, 3, 1]) {
      const on = await run(hub, SHAPES, 'on', { n });
      const off = await run(hub, SHAPES, 'off', { n });
      expect(on.data, String(n)).toEqual(off.data);
      statements.push(on.statements);
      const campaigns = (on.data as { campaigns: { edges: Array<{ node: { partners: unknown[] } }> } }).campaigns;
      sizes.push(Math.max(...campaigns.edges.map((e) => e.node.partners.length)));
    }
    expect(sizes[0]).toBe(1);
    expect(sizes[1]).toBeGreaterThan(1);
    expect(sizes[2]).toBe(1);
    // Planned each time (a shape kept for other variables would leave the partners to their loader).
    expect(new Set(statements).size).toBe(1);
    // The same text by every viewer, one after another, planner on first: as the loaders answer each.
    for (const [username, client] of clients) {
      const on = await run(client, EVENTS, 'on');
      const off = await run(client, EVENTS, 'off');
      expect(on.data, username).toEqual(off.data);
    }
  });

  it('applies each level’s row scope: a volunteer outside it is null, as through the loaders', async () => {
    let hidden = 0;
    for (const { username } of DEMO_ACCOUNTS) {
      const on = await run(clients.get(username)!, EVENTS, 'on');
      const data = on.data as { serviceEvents: { nodes: Array<{ participations: Array<{ volunteer: unknown }> }> } };
      for (const e of data.serviceEvents.nodes) for (const p of e.participations) if (p.volunteer === null) hidden++;
    }
    expect(hidden).toBeGreaterThan(0);
  });
});

describe('rows prepared by one request', () => {
  it('are answered only to the request that prepared them, even on a row object both hold', () => {
    const scope = new Scope(null, {} as ScopeTables);
    const mine = new Loaders(t.db, scope);
    const other = new Loaders(t.db, scope);
    const row = {};
    const info = { fieldName: 'organisation', fieldNodes: [{}] } as unknown as GraphQLResolveInfo;
    // What the planner does for a to-one relation it fetched with its parent (Loaders.prepare).
    (mine as unknown as { prepare: (p: object, f: string, first: null, v: unknown) => void }).prepare(
      row,
      'organisation',
      null,
      { id: '7' },
    );
    expect(mine.preparedAnswer(row, info, null)).toEqual({ id: '7' });
    expect(mine.planned(row, info)).toEqual({ id: '7' });
    expect(other.preparedAnswer(row, info, null)).toBeUndefined();
    expect(other.planned(row, info)).toBeUndefined();
    // The other request's own preparation replaces it; the first then finds nothing of its own.
    (other as unknown as { prepare: (p: object, f: string, first: null, v: unknown) => void }).prepare(
      row,
      'organisation',
      null,
      null,
    );
    expect(other.preparedAnswer(row, info, null)).toBeNull();
    expect(mine.preparedAnswer(row, info, null)).toBeUndefined();
  });
});
