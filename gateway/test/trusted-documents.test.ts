// Trusted documents at the gateway in production: the panel's client runs manifest documents by hash
// (the gateway reaching the hub, also in production, with its own API key); an operation outside the
// manifest is refused for the panel and runs for a partner API client.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig as loadHubConfig } from '../../server/src/config';
import type { TestDatabase } from '../../server/test/helpers/database';
import { createSeededDatabase } from '../../server/test/helpers/fixture';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../../server/test/helpers/server';
import {
  parseApiKeys as parseHubApiKeys,
  readManifest as readHubManifest,
} from '../../server/src/schema/trusted-documents';
import { startYouthLeague, type YouthLeagueServer } from '../../partners/youth-league/src';
import { createGateway, listenGateway, loadConfig, parseApiKeys, readManifest, type RunningGateway } from '../src';

const GATEWAY_KEY = 'gateway-key-0123456789-abcdefghijklmnop';
const PARTNER_KEY = 'partner-key-0123456789-abcdefghijklmnop';
const PARTNER_QUERY = `{ volunteers(first: 3) { nodes { id leagueMemberSince } } leagueBranches { name } }`;

let t: TestDatabase;
let hub: TestServer;
let league: YouthLeagueServer;
let gateway: RunningGateway;
let panelToken: string;
const config = loadConfig({});
const manifest = readManifest(config.trustedDocumentsFile);
const viewerHash = [...manifest].find(([, text]) => text.startsWith('query Viewer '))![0];

beforeAll(async () => {
  t = await createSeededDatabase('gateway_trusted');
  hub = await startTestServer(t.db, {
    NODE_ENV: 'production',
    trustedDocuments: {
      manifest: readHubManifest(loadHubConfig({}).TRUSTED_DOCUMENTS_FILE),
      enforce: true,
      apiKeys: parseHubApiKeys(`gateway:${GATEWAY_KEY}`),
    },
  });
  league = await startYouthLeague({ port: 0, host: '127.0.0.1', hubKeys: new URL(`${hub.url}/.well-known/jwks.json`) });
  const settings = loadConfig({
    HUB_URL: `${hub.url}/graphql`,
    YOUTH_LEAGUE_URL: league.url,
    HUB_API_KEY: GATEWAY_KEY,
    API_KEYS: `partner:${PARTNER_KEY}`,
    NODE_ENV: 'production',
  });
  const runtime = createGateway({
    supergraph: fs.readFileSync(settings.supergraphFile, 'utf8'),
    subgraphs: settings.subgraphs,
    locations: settings.locations,
    limits: settings.limits,
    production: settings.production,
    logging: false,
    trustedDocuments: { manifest, apiKeys: parseApiKeys(settings.apiKeys) },
  });
  gateway = await listenGateway(runtime, 0, '127.0.0.1');
  // The panel logs in at the hub with its own Login document, by hash.
  const login = [...manifest].find(([, text]) => text.startsWith('mutation Login('))![0];
  const res = await fetch(`${hub.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      variables: { input: { username: 'youth.admin', password: TEST_PASSWORD } },
      extensions: { persistedQuery: { version: 1, sha256Hash: login } },
    }),
  });
  panelToken = ((await res.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken;
});

afterAll(async () => {
  await gateway?.close();
  await Promise.all([league?.stop(), hub?.close()]);
  await t?.drop();
});

/** What these requests read, typed at the HTTP boundary. */
interface Answer {
  data?: {
    viewer?: { roles: { role: string }[] };
    volunteers?: { nodes: unknown[] };
    leagueBranches?: unknown[];
  } | null;
  errors?: { message: string; extensions: { code: string } }[];
}

async function send(body: object, headers: Record<string, string> = {}) {
  const res = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${panelToken}`, ...headers },
    body: JSON.stringify(body),
  });
  return (await res.json()) as Answer;
}

describe('trusted documents through the gateway in production', () => {
  it("runs the panel's manifest documents by hash, the gateway authenticated at the hub by its key", async () => {
    const res = await send({ extensions: { persistedQuery: { version: 1, sha256Hash: viewerHash } } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.viewer!.roles.map((r) => r.role)).toEqual(['ORG_ADMIN']);
    const unknown = await send({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } });
    expect(unknown.errors!.map((e) => e.extensions.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('refuses an operation outside the manifest for the panel, and runs it for a partner API client', async () => {
    const panel = await send({ query: PARTNER_QUERY });
    expect(panel.data ?? null).toBeNull();
    expect(panel.errors!.map((e) => e.extensions.code)).toEqual(['PERSISTED_QUERY_ONLY']);
    const wrongKey = await send({ query: PARTNER_QUERY }, { 'x-api-key': GATEWAY_KEY });
    expect(wrongKey.errors!.map((e) => e.extensions.code)).toEqual(['PERSISTED_QUERY_ONLY']);
    const partner = await send({ query: PARTNER_QUERY }, { 'x-api-key': PARTNER_KEY });
    expect(partner.errors).toBeUndefined();
    expect(partner.data!.volunteers!.nodes).toHaveLength(3);
    expect(partner.data!.leagueBranches!.length).toBeGreaterThan(0);
  });

  it('without its key the gateway is only another client to the production hub', async () => {
    const direct = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    expect(((await direct.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'PERSISTED_QUERY_ONLY',
    );
  });
});
