// Metrics (#17.7): /metrics in Prometheus text format with operation counts and latencies by name,
// errors by code, the pool and the dashboard cache; closed on the public port in production unless
// METRICS_TOKEN is presented, or moved to a port of its own (METRICS_PORT).
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMetricsServer } from '../src/common/metrics';
import { hashPassword } from '../src/modules/account/session.service';
import { createTestDatabase, type TestDatabase } from './helpers/database';
import { startTestServer, TEST_PASSWORD, type TestServer } from './helpers/server';

let t: TestDatabase;
let dev: TestServer;
const METRICS_TOKEN = 'metrics-token-0123456789abcdef';

beforeAll(async () => {
  t = await createTestDatabase('metrics');
  dev = await startTestServer(t.db, { NODE_ENV: 'development' });
});
afterAll(async () => {
  await dev?.close();
  await t?.drop();
});

async function scrape(url: string, headers: Record<string, string> = {}): Promise<string> {
  const res = await fetch(`${url}/metrics`, { headers });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text();
}

/** The value of one sample (`name{labels}`), labels matched in any order; 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    const m = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return 0;
}

describe('/metrics', () => {
  it('counts operations by name with latency histograms, HTTP requests, and errors by code', async () => {
    const before = await scrape(dev.url);
    await dev.raw(`query RegionsProbe { regions(first: 1) { totalCount } }`);
    await dev.raw(`query RegionsProbe { regions(first: 1) { totalCount } }`);
    await dev.raw(`query BadFirst { regions(first: 0) { totalCount } }`);
    const after = await scrape(dev.url);
    const op = { operation: 'RegionsProbe', type: 'query' };
    expect(
      sample(after, 'tongxin_graphql_operations_total', op) - sample(before, 'tongxin_graphql_operations_total', op),
    ).toBe(2);
    expect(
      sample(after, 'tongxin_graphql_operation_duration_seconds_count', op) -
        sample(before, 'tongxin_graphql_operation_duration_seconds_count', op),
    ).toBe(2);
    expect(after).toMatch(
      /tongxin_graphql_operation_duration_seconds_bucket\{le="0\.1",operation="RegionsProbe",type="query"\}/,
    );
    const bad = { code: 'BAD_USER_INPUT' };
    expect(
      sample(after, 'tongxin_graphql_errors_total', bad) - sample(before, 'tongxin_graphql_errors_total', bad),
    ).toBe(1);
    const posts = { method: 'POST', route: '/graphql', status: '200' };
    expect(
      sample(after, 'tongxin_http_requests_total', posts) - sample(before, 'tongxin_http_requests_total', posts),
    ).toBe(2);
    expect(after).toMatch(
      /tongxin_http_request_duration_seconds_bucket\{le="[\d.]+",method="POST",route="\/graphql"\}/,
    );
  });

  it('reports the pool (size, idle, waiting) and process memory', async () => {
    const text = await scrape(dev.url);
    expect(sample(text, 'tongxin_db_pool_connections', { state: 'total' })).toBeGreaterThan(0);
    expect(text).toMatch(/^tongxin_db_pool_connections\{state="idle"\} \d+$/m);
    expect(text).toMatch(/^tongxin_db_pool_connections\{state="waiting"\} \d+$/m);
    expect(sample(text, 'tongxin_process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('counts dashboard cache hits and misses', async () => {
    const [row] = await t.db.query<Array<{ id: string }>>(
      `INSERT INTO user_account (username, display_name, password_hash) VALUES ('metrics.admin', 'M', $1) RETURNING id`,
      [await hashPassword(TEST_PASSWORD)],
    );
    await t.db.query(`INSERT INTO role_assignment (account_id, role) VALUES ($1, 'HUB_ADMIN')`, [row.id]);
    const admin = await dev.as('metrics.admin');
    const before = await scrape(dev.url);
    // A fixed period: by default the period ends at the request's clock, a new key each time.
    const q = `{ dashboard(filter: { from: "2026-01-01T00:00:00Z", to: "2026-07-01T00:00:00Z" }) { counts { volunteers } } }`;
    const first = await admin.raw(q);
    expect(first.errors).toBeUndefined();
    await admin.raw(q);
    const after = await scrape(dev.url);
    const hit = { cache: 'dashboard', result: 'hit' };
    const miss = { cache: 'dashboard', result: 'miss' };
    expect(sample(after, 'tongxin_cache_lookups_total', hit) - sample(before, 'tongxin_cache_lookups_total', hit)).toBe(
      1,
    );
    expect(
      sample(after, 'tongxin_cache_lookups_total', miss) - sample(before, 'tongxin_cache_lookups_total', miss),
    ).toBe(1);
  });
});

describe('where /metrics is served', () => {
  it('is closed on the public port in production without METRICS_TOKEN', async () => {
    const prod = await startTestServer(t.db, { NODE_ENV: 'production' });
    try {
      expect((await fetch(`${prod.url}/metrics`)).status).toBe(404);
    } finally {
      await prod.close();
    }
  });

  it('needs the bearer METRICS_TOKEN when one is set', async () => {
    const prod = await startTestServer(t.db, { NODE_ENV: 'production', METRICS_TOKEN });
    try {
      expect((await fetch(`${prod.url}/metrics`)).status).toBe(401);
      expect((await fetch(`${prod.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
      expect(await scrape(prod.url, { authorization: `Bearer ${METRICS_TOKEN}` })).toMatch(
        /tongxin_http_requests_total/,
      );
    } finally {
      await prod.close();
    }
  });

  it('moves to its own port with METRICS_PORT, leaving the public port without it', async () => {
    const hub = await startTestServer(t.db, { NODE_ENV: 'development', METRICS_PORT: 9464 });
    const own = await startMetricsServer(0, '127.0.0.1');
    try {
      expect((await fetch(`${hub.url}/metrics`)).status).toBe(404);
      const port = (own.address() as AddressInfo).port;
      expect(await scrape(`http://127.0.0.1:${port}`)).toMatch(/tongxin_graphql_operations_total/);
    } finally {
      await hub.close();
      await new Promise((resolve) => own.close(resolve));
    }
  });
});
