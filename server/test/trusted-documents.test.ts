// Trusted documents at the hub: the panel's operations by manifest hash; in production any other
// operation text only for an API client presenting its key (a partner's service, the gateway).
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { loadTrustedDocuments, parseApiKeys, readManifest } from '../src/schema/trusted-documents';
import type { TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startTestServer, type TestServer } from './helpers/server';

const PARTNER_KEY = 'partner-key-0123456789-abcdefghijklmnop';
const manifestFile = loadConfig({}).TRUSTED_DOCUMENTS_FILE;
const manifest = readManifest(manifestFile);
const [districtsHash, districtsText] = [...manifest].find(([, text]) => text.startsWith('query Districts '))!;
const OWN_QUERY = `{ regions(first: 3, filter: { level: DISTRICT }) { nodes { name } } }`;

let t: TestDatabase;
let production: TestServer;
let development: TestServer;

beforeAll(async () => {
  t = await createSeededDatabase('trusted_documents');
  const apiKeys = parseApiKeys(`partner:${PARTNER_KEY}`);
  production = await startTestServer(t.db, {
    NODE_ENV: 'production',
    trustedDocuments: { manifest, enforce: true, apiKeys },
  });
  development = await startTestServer(t.db, { trustedDocuments: { manifest, enforce: false, apiKeys } });
});
afterAll(async () => {
  await Promise.all([production?.close(), development?.close()]);
  await t?.drop();
});

async function send(server: TestServer, body: object, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, ...((await res.json()) as Answer) };
}
/** What these requests read, typed at the HTTP boundary. */
interface Answer {
  data?: { regions: { nodes: unknown[] } } | null;
  errors?: { message: string; extensions: { code: string } }[];
}

const byHash = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

describe('trusted documents', () => {
  it('publishes every panel operation in the manifest under the sha256 of its text', () => {
    expect(manifest.size).toBeGreaterThan(50);
    for (const [hash, text] of manifest) expect(createHash('sha256').update(text).digest('hex')).toBe(hash);
  });

  it('runs a manifest document sent by hash alone, in production as in development', async () => {
    const [{ n }] = await t.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM region WHERE level = 'DISTRICT'`);
    for (const server of [production, development]) {
      const res = await send(server, byHash(districtsHash));
      expect(res.errors).toBeUndefined();
      expect(res.data!.regions.nodes).toHaveLength(n);
    }
    const unknown = await send(production, byHash('0'.repeat(64)));
    expect(unknown.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('in production refuses an operation outside the manifest from the panel, and runs it for a partner client', async () => {
    const panel = await send(production, { query: OWN_QUERY });
    expect(panel.status).toBe(400);
    expect(panel.data ?? null).toBeNull();
    expect(panel.errors!.map((e) => e.extensions.code)).toEqual(['PERSISTED_QUERY_ONLY']);
    const forged = await send(production, { query: OWN_QUERY }, { 'x-api-key': `${PARTNER_KEY}x` });
    expect(forged.errors!.map((e) => e.extensions.code)).toEqual(['PERSISTED_QUERY_ONLY']);
    const partner = await send(production, { query: OWN_QUERY }, { 'x-api-key': PARTNER_KEY });
    expect(partner.errors).toBeUndefined();
    expect(partner.data!.regions.nodes).toHaveLength(3);
    // The manifest's own text is trusted as such (the panel's link sends it after PERSISTED_QUERY_NOT_FOUND).
    const text = await send(production, { query: districtsText });
    expect(text.errors).toBeUndefined();
    // Each text's verdict is remembered: asked again, the foreign text is still refused without a key
    // and the manifest's still runs.
    expect((await send(production, { query: OWN_QUERY })).status).toBe(400);
    expect((await send(production, { query: districtsText })).errors).toBeUndefined();
    expect((await send(production, { query: OWN_QUERY }, { 'x-api-key': PARTNER_KEY })).errors).toBeUndefined();
    // Outside production any text runs, also sent with a hash of another printing (the panel's retry).
    expect((await send(development, { query: OWN_QUERY })).data!.regions.nodes).toHaveLength(3);
    const retry = await send(development, { query: OWN_QUERY, ...byHash('1'.repeat(64)) });
    expect(retry.errors).toBeUndefined();
    expect(retry.data!.regions.nodes).toHaveLength(3);
  });

  it('requires the manifest in production and well-formed API keys', () => {
    expect(() =>
      loadTrustedDocuments({ NODE_ENV: 'production', TRUSTED_DOCUMENTS_FILE: '/nonexistent/manifest.json' }),
    ).toThrow(/TRUSTED_DOCUMENTS_FILE/);
    expect(
      loadTrustedDocuments({ NODE_ENV: 'development', TRUSTED_DOCUMENTS_FILE: '/nonexistent' }).manifest.size,
    ).toBe(0);
    expect(() => loadConfig({ API_KEYS: 'partner:short' })).toThrow(/API_KEYS/);
    expect(() => loadConfig({ API_KEYS: `a:${PARTNER_KEY},a:${PARTNER_KEY}` })).toThrow(/listed twice/);
  });
});
