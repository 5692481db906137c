// The gateway in front of the real hub (a seeded test database) and the example partner, all in
// this process on ephemeral ports: joined queries, the viewer's scope through the gateway, what
// reaches each subgraph, and a partner outage.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../server/test/helpers/database';
import { createSeededDatabase } from '../../server/test/helpers/fixture';
import { startTestServer, type TestServer } from '../../server/test/helpers/server';
import { toGlobalId } from '../../server/src/common/node';
import { leagueRoster, startYouthLeague, type YouthLeagueServer } from '../../partners/youth-league/src';
import { createGateway, listenGateway, loadConfig, type RunningGateway } from '../src';

/** The fields these queries read, typed at the HTTP boundary; every one optional, as the selection decides. */
interface Volunteer {
  id: string;
  realName?: string | null;
  leagueMemberSince?: string | null;
  leagueCertificates?: string[] | null;
}
interface Data {
  volunteers?: { totalCount?: number; nodes: Volunteer[] } | null;
  _entities?: (Volunteer | null)[];
  leagueBranches?: { id: string; members: (Volunteer | null)[] }[] | null;
  regions?: { totalCount: number };
}
interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}
interface Response {
  data?: Data | null;
  errors?: GraphQLErrorBody[];
}

/** A pass-through HTTP hop that remembers the headers each subgraph was sent. */
interface Recorder {
  url: string;
  headers: http.IncomingHttpHeaders[];
  close(): Promise<void>;
}

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function recorder(target: string): Promise<Recorder> {
  const headers: http.IncomingHttpHeaders[] = [];
  const forward = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const forwarded: Record<string, string> = { 'content-type': 'application/json' };
    if (req.headers.authorization) forwarded.authorization = req.headers.authorization;
    const upstream = await fetch(target, { method: 'POST', headers: forwarded, body: Buffer.concat(chunks) });
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
    res.end(Buffer.from(await upstream.arrayBuffer()));
  };
  const server = http.createServer((req, res) => {
    headers.push(req.headers);
    // Node does not await a handler: a failed hop answers 502, as a real proxy would, instead of rejecting unseen.
    forward(req, res).catch((err: unknown) => {
      res.writeHead(502);
      res.end(String(err));
    });
  });
  const url = `${await listen(server)}/graphql`;
  return { url, headers, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A port nothing listens on: taken, then released. */
async function closedPort(): Promise<number> {
  const server = http.createServer();
  const url = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return Number(new URL(url).port);
}

async function post(
  url: string,
  query: string,
  token?: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as Response;
}

/** A response as the client would compare it: errors without the per-request id. */
function comparable(r: Response): Response {
  const errors = r.errors?.map((e) => ({ message: e.message, path: e.path, code: e.extensions?.code }));
  return { data: r.data ?? null, ...(errors ? { errors } : {}) };
}

const supergraph = fs.readFileSync(loadConfig({}).supergraphFile, 'utf8');

async function startGateway(locations: { hub: string; league: string }): Promise<RunningGateway> {
  const config = loadConfig({ HUB_URL: locations.hub, YOUTH_LEAGUE_URL: locations.league });
  const runtime = createGateway({
    supergraph,
    subgraphs: config.subgraphs,
    locations: config.locations,
    limits: config.limits,
    logging: false,
  });
  return listenGateway(runtime, 0, '127.0.0.1');
}

let t: TestDatabase;
let hub: TestServer;
let league: YouthLeagueServer;
let hubHop: Recorder;
let leagueHop: Recorder;
let gateway: RunningGateway;
/** Access tokens by username; `anonymous` has none. */
const tokens: Record<string, string> = {};

beforeAll(async () => {
  t = await createSeededDatabase('gateway');
  hub = await startTestServer(t.db);
  league = await startYouthLeague({ port: 0, host: '127.0.0.1', hubKeys: new URL(`${hub.url}/.well-known/jwks.json`) });
  [hubHop, leagueHop] = await Promise.all([recorder(`${hub.url}/graphql`), recorder(league.url)]);
  gateway = await startGateway({ hub: hubHop.url, league: leagueHop.url });
  for (const username of ['hub.admin', 'youth.admin', 'volunteer.demo'])
    tokens[username] = (await hub.as(username)).token!;
});

afterAll(async () => {
  await gateway?.close();
  await Promise.all([hubHop?.close(), leagueHop?.close(), league?.stop(), hub?.close()]);
  await t?.drop();
});

const atHub = (query: string, who?: string) => post(`${hub.url}/graphql`, query, who && tokens[who]);
const atGateway = (query: string, who?: string, headers?: Record<string, string>) =>
  post(gateway.url, query, who && tokens[who], headers);

describe('gateway', () => {
  it('answers a query spanning the hub and the youth-league subgraph with joined data', async () => {
    // The League's volunteers at the hub: members of the partner's roster and others.
    const [org] = await t.db.query<{ id: string }[]>(
      `SELECT id FROM organisation WHERE kind = 'YOUTH_LEAGUE' ORDER BY id LIMIT 1`,
    );
    const page = `volunteers(first: 12, filter: { organisationId: "${toGlobalId('Organisation', org.id)}" })`;
    const res = await atGateway(
      `{ ${page} { nodes { id realName leagueMemberSince leagueCertificates } } }`,
      'hub.admin',
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.volunteers!.nodes;
    expect(nodes).toHaveLength(12);
    const direct = await atHub(`{ ${page} { nodes { id realName } } }`, 'hub.admin');
    expect(nodes.map(({ id, realName }) => ({ id, realName }))).toEqual(direct.data!.volunteers!.nodes);
    for (const node of nodes) {
      const membership = leagueRoster.membership(node.id);
      expect(node.leagueMemberSince).toBe(membership?.since ?? null);
      expect(node.leagueCertificates).toEqual(membership?.certificates ?? null);
    }
    expect(nodes.filter((n) => n.leagueMemberSince).length).toBeGreaterThan(0);
    expect(nodes.filter((n) => !n.leagueMemberSince).length).toBeGreaterThan(0);
  });

  it.each(['youth.admin', 'volunteer.demo', 'anonymous'])('shows %s exactly what the hub shows them', async (who) => {
    const queries = [
      `{ volunteers(first: 100) { totalCount nodes { id realName phone organisation { id name } } } }`,
      `{ node(id: "${Buffer.from('Volunteer:1').toString('base64url')}") { id ... on Volunteer { realName } } }`,
      `{ pairings(first: 20) { totalCount nodes { id volunteer { id realName } } } }`,
    ];
    for (const query of queries) {
      expect(comparable(await atGateway(query, who)), query).toEqual(comparable(await atHub(query, who)));
    }
    // With the partner's fields: the same volunteers, each with the League's record of them.
    const spanning = await atGateway(`{ volunteers(first: 100) { totalCount nodes { id leagueMemberSince } } }`, who);
    const direct = await atHub(`{ volunteers(first: 100) { totalCount nodes { id } } }`, who);
    expect(spanning.data?.volunteers?.nodes.map((n) => n.id) ?? null).toEqual(
      direct.data?.volunteers?.nodes.map((n) => n.id) ?? null,
    );
    for (const node of spanning.data?.volunteers?.nodes ?? [])
      expect(node.leagueMemberSince).toBe(leagueRoster.membership(node.id)?.since ?? null);
  });

  it('applies the hub query limits before asking any subgraph', async () => {
    leagueHop.headers.length = 0;
    const aliases = Array.from({ length: 16 }, (_, i) => `b${i}: leagueBranches { id }`).join(' ');
    const res = await atGateway(`{ ${aliases} }`, 'hub.admin');
    expect(res.data ?? null).toBeNull();
    expect(res.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(leagueHop.headers).toHaveLength(0);
    const deep = `{ leagueBranches { members { homeRegion { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } } }`;
    expect((await atGateway(deep, 'hub.admin')).errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(leagueHop.headers).toHaveLength(0);
  });

  it('exposes no federation plumbing', async () => {
    for (const query of [
      `{ _entities(representations: [{ __typename: "Volunteer", id: "Vm9sdW50ZWVyOjE" }]) { ... on Volunteer { realName } } }`,
      `{ _service { sdl } }`,
    ]) {
      const res = await atGateway(query, 'hub.admin');
      expect(res.data ?? null).toBeNull();
      expect(res.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('forwards the authorization header to the subgraphs marked for it, and no other client header', async () => {
    hubHop.headers.length = 0;
    leagueHop.headers.length = 0;
    const res = await atGateway(`{ volunteers(first: 2) { nodes { id leagueMemberSince } } }`, 'hub.admin', {
      cookie: 'tx_refresh=secret-cookie',
      'x-tongxin-secret': 'do-not-forward',
    });
    expect(res.errors).toBeUndefined();
    expect(hubHop.headers.length).toBeGreaterThan(0);
    expect(leagueHop.headers.length).toBeGreaterThan(0);
    for (const headers of [...hubHop.headers, ...leagueHop.headers])
      expect(headers.authorization).toBe(`Bearer ${tokens['hub.admin']}`);
    for (const headers of [...hubHop.headers, ...leagueHop.headers]) {
      expect(headers.cookie).toBeUndefined();
      expect(headers['x-tongxin-secret']).toBeUndefined();
    }
  });

  it('still answers hub fields with the partner down, and names the missing subgraph', async () => {
    const down = await startGateway({
      hub: `${hub.url}/graphql`,
      league: `http://127.0.0.1:${await closedPort()}/graphql`,
    });
    try {
      const res = await post(
        down.url,
        `{ volunteers(first: 3) { nodes { id realName leagueMemberSince } } leagueBranches { id } }`,
        tokens['hub.admin'],
      );
      const nodes = res.data!.volunteers!.nodes;
      expect(nodes).toHaveLength(3);
      for (const node of nodes) {
        expect(node.realName).toEqual(expect.any(String));
        expect(node.leagueMemberSince).toBeNull();
      }
      expect(res.data!.leagueBranches).toBeNull();
      expect(res.errors!.length).toBeGreaterThan(0);
      for (const error of res.errors!) {
        expect(error).toMatchObject({
          message: 'The youth-league subgraph is unavailable.',
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'youth-league' },
        });
      }
      expect(res.errors!.map((e) => e.path![e.path!.length - 1])).toEqual(
        expect.arrayContaining(['leagueMemberSince', 'leagueBranches']),
      );
      // Masked: the subgraph request (with its _entities representations) is not echoed.
      expect(JSON.stringify(res.errors)).not.toMatch(/representations|_entities|ECONNREFUSED/);

      // Still serving.
      const again = await post(down.url, `{ regions(first: 1) { totalCount } }`, tokens['hub.admin']);
      expect(again.errors).toBeUndefined();
      expect(again.data!.regions!.totalCount).toBeGreaterThan(0);
      expect((await fetch(new URL('/healthz', down.url))).status).toBe(200);
    } finally {
      await down.close();
    }
  });
});
