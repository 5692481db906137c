// Queries run through graphql-jit (schema/compiled-executor.ts) answer exactly as graphql-js's own
// executor: for every demo role and a visitor, the same data and the same errors (message, path,
// locations, code), with row scope, masking, field permissions, directives, fragments on
// interfaces, node lookups and bad variables; each document is compiled once.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { compiledOperations } from '../src/schema/compiled-executor';
import { toGlobalId } from '../src/common/node';
import { DEMO_ACCOUNTS } from '../src/db/seed/accounts';
import type { TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startTestServer, type Client, type TestServer } from './helpers/server';

let t: TestDatabase;
let server: TestServer;
const clients = new Map<string, Client>();
const initial = process.env.GRAPHQL_EXECUTOR;
let ids: Record<string, string[]> = {};

beforeAll(async () => {
  t = await createSeededDatabase('compiledexec');
  server = await startTestServer(t.db);
  clients.set('anonymous', server);
  for (const { username } of DEMO_ACCOUNTS) clients.set(username, await server.as(username));
  const pick = async (table: string, type: string) =>
    (await t.db.query<Array<{ id: string }>>(`SELECT id::text AS id FROM ${table} ORDER BY id LIMIT 3`)).map((r) =>
      toGlobalId(type, r.id),
    );
  ids = {
    volunteers: await pick('volunteer', 'Volunteer'),
    campaigns: await pick('campaign', 'Campaign'),
    events: await pick('service_event', 'ServiceEvent'),
    beneficiaries: await pick('beneficiary', 'Beneficiary'),
  };
});
afterEach(() => {
  if (initial === undefined) delete process.env.GRAPHQL_EXECUTOR;
  else process.env.GRAPHQL_EXECUTOR = initial;
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

const NESTED = `query { campaigns(first: 6) { totalCount pageInfo { hasNextPage endCursor } nodes { __typename id name status
  viewerCan { edit publish }
  partners(first: 5) { id role status organisation { id name kind }
    events(first: 4) { id title startsAt status capacity placesTaken verifiedHours viewerCan { edit signUp }
      participations(first: 6) { id status minutes hours checkInAt waitlistPosition
        volunteer { id realName phone idNumber category verifiedHours organisation { id name } homeRegion { id name } } } } } } } }`;

const NODES = `query($v: ID!, $c: ID!, $e: ID!, $b: ID!) {
  v: node(id: $v) { __typename id ...V } c: node(id: $c) { __typename id ... on Campaign { name status } }
  e: node(id: $e) { ... on ServiceEvent { title participations(first: 3) { id volunteer { ...V } } } }
  b: node(id: $b) { id ... on Beneficiary { realName idNumber address } } }
  fragment V on Volunteer { realName phone idNumber birthDate skills { id name } }`;

const DIRECTIVES = `query($full: Boolean!, $n: Int!) { volunteers(first: $n, filter: { statuses: [ACTIVE] }) { nodes { id
  phone @include(if: $full) realName @skip(if: $full) organisation @include(if: $full) { name } } } }`;

// VolunteerOrder.direction is required with a default: as a variable (interpreted) and inline.
const ORDERED = `query($o: VolunteerOrder) { a: volunteers(first: 5, orderBy: $o) { nodes { id realName } }
  b: volunteers(first: 5, orderBy: { field: NAME }) { nodes { id realName } } }`;

const DASHBOARD = `query { dashboard { counts { volunteers activeVolunteers events partners }
  composition { byCategory { key label value } } hours { verified byMonth { key value } } } }`;

const MIXED = `query { campaigns(first: 2) { nodes { id name } } volunteers(first: 2) { nodes { id realName } }
  trainingSessions(first: 2) { nodes { id } } }`;

interface Answer {
  data?: unknown;
  errors?: Array<{ message: string; path?: unknown; locations?: unknown; extensions?: { code?: string } }>;
}

async function run(client: Client, query: string, executor: 'jit' | 'graphql-js', variables?: Record<string, unknown>) {
  process.env.GRAPHQL_EXECUTOR = executor;
  const res = (await client.raw(query, variables)) as Answer;
  const errors = (res.errors ?? [])
    .map((e) => JSON.stringify([e.path, e.extensions?.code, e.message, e.locations]))
    .sort();
  return { data: res.data, errors };
}

describe('compiled queries answer as graphql-js does', () => {
  // The last flag: some role is refused some of it, so the errors are compared as well.
  const cases: Array<[string, string, () => Record<string, unknown> | undefined, boolean]> = [
    ['the nested campaign graph', NESTED, () => undefined, false],
    [
      'node lookups through fragments on the interface',
      NODES,
      () => ({ v: ids.volunteers[0], c: ids.campaigns[0], e: ids.events[0], b: ids.beneficiaries[0] }),
      false,
    ],
    ['directives, on', DIRECTIVES, () => ({ full: true, n: 8 }), true],
    ['directives, off', DIRECTIVES, () => ({ full: false, n: 8 }), true],
    ['an input with a required field that has a default', ORDERED, () => ({ o: { field: 'NAME' } }), true],
    ['the dashboard', DASHBOARD, () => undefined, true],
    ['allowed and refused fields side by side', MIXED, () => undefined, true],
  ];
  for (const [name, query, variables, refused] of cases) {
    it(`${name}: the same data and errors for every demo role and a visitor`, async () => {
      let size = 0;
      let errors = 0;
      for (const [username, client] of clients) {
        const interpreted = await run(client, query, 'graphql-js', variables());
        const compiled = await run(client, query, 'jit', variables());
        expect(compiled.data, username).toEqual(interpreted.data);
        expect(compiled.errors, username).toEqual(interpreted.errors);
        size += JSON.stringify(compiled.data ?? null).length;
        errors += compiled.errors.length;
      }
      expect(size).toBeGreaterThan(500);
      if (refused) expect(errors).toBeGreaterThan(0);
    });
  }

  it('refuses bad variables as BAD_USER_INPUT naming the variable, as graphql-js does', async () => {
    const hub = clients.get('hub.admin')!;
    for (const variables of [{ full: 'yes', n: 3 }, { full: true }, { full: true, n: 2.5 }]) {
      const compiled = await run(hub, DIRECTIVES, 'jit', variables);
      const interpreted = await run(hub, DIRECTIVES, 'graphql-js', variables);
      expect(compiled).toEqual(interpreted);
      expect(compiled.data).toBeUndefined();
      expect(compiled.errors.length).toBeGreaterThan(0);
      for (const e of compiled.errors) expect((JSON.parse(e) as unknown[])[1]).toBe('BAD_USER_INPUT');
    }
  });

  it('compiles each query once, and neither mutations nor queries it would parse wrongly', async () => {
    const hub = clients.get('hub.admin')!;
    process.env.GRAPHQL_EXECUTOR = 'jit';
    const query = `query($n: Int!) { campaigns(first: $n) { nodes { id name } } }`;
    const before = compiledOperations();
    const small = (await hub.raw(query, { n: 1 })) as { data: { campaigns: { nodes: unknown[] } } };
    const large = (await hub.raw(query, { n: 4 })) as { data: { campaigns: { nodes: unknown[] } } };
    expect(small.data.campaigns.nodes).toHaveLength(1);
    expect(large.data.campaigns.nodes.length).toBeGreaterThan(1);
    expect(compiledOperations()).toBe(before + 1);
    // A query whose variables carry VolunteerOrder is interpreted, and so is a mutation.
    await hub.raw(ORDERED, { o: { field: 'NAME' } });
    await hub.raw(`mutation { logout }`);
    expect(compiledOperations()).toBe(before + 1);
  });
});
