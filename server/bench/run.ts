// `npm run bench -- --scale 10`: the hub against a scale-N city, driven over HTTP by autocannon,
// next to a raw-SQL baseline. Prints req/s, p50, p99 and SQL statements per request; writes
// bench/results/<timestamp>.json at the repository root. A script, not a test.
import 'reflect-metadata';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import pino from 'pino';
import { createApp } from '../src/app';
import { createAuthRuntime } from '../src/auth/runtime';
import { generateSigningKey } from '../src/auth/tokens';
import { createDataSource } from '../src/db/data-source';
import { StatementCounter } from '../src/db/statement-counter';
import { buildHubSchemas } from '../src/schema/build';
import { BENCH_PASSWORD, benchDatabase } from './database';
import { DASHBOARD, NESTED, NESTED_SQL, VOLUNTEERS } from './operations';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
  },
});
const scale = Number(args.scale);
const duration = Number(args.duration);
const connections = Number(args.connections);

interface Result {
  name: string;
  requests: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  statementsPerRequest: number;
}

async function drive(
  name: string,
  url: string,
  body: string,
  headers: Record<string, string>,
  counter?: StatementCounter,
): Promise<Result> {
  // A long timeout, so a slow operation is measured rather than counted as errors.
  const opts = {
    url,
    method: 'POST' as const,
    body,
    headers: { 'content-type': 'application/json', ...headers },
    connections,
    timeout: 120,
  };
  // Statements per request from one request alone, once warm: counted over the timed run, the
  // requests still in flight when autocannon stops would add statements without adding requests.
  await fetch(url, { method: 'POST', body, headers: opts.headers });
  counter?.reset();
  await fetch(url, { method: 'POST', body, headers: opts.headers });
  const statements = counter?.count ?? 1;
  await autocannon({ ...opts, duration: Number(args.warmup) });
  const r = await autocannon({ ...opts, duration });
  const requests = r.requests.total;
  const result = {
    name,
    requests,
    reqPerSec: Math.round(r.requests.average * 10) / 10,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    errors: r.errors + r.non2xx,
    statementsPerRequest: statements,
  };
  process.stderr.write(`  ${name}: ${result.reqPerSec} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms\n`);
  return result;
}

async function main() {
  const db = await benchDatabase(scale);
  const counter = new StatementCounter();
  const ds = createDataSource({ url: db.url, poolSize: 20, logger: counter });
  await ds.initialize();
  const { subgraphSchema } = await buildHubSchemas();
  const auth = createAuthRuntime({
    JWT_KEYS: JSON.stringify({ keys: [generateSigningKey('bench')] }),
    DATA_DIR: os.tmpdir(),
    ACCESS_TOKEN_TTL_S: 3600,
    REFRESH_TOKEN_TTL_S: 3600,
    LOGIN_MAX_FAILURES: 5,
    LOGIN_BACKOFF_BASE_MS: 1000,
    LOGIN_BACKOFF_MAX_MS: 10_000,
    NODE_ENV: 'production',
  });
  const app = await createApp(
    {
      NODE_ENV: 'production',
      WEB_DIST: '/nonexistent',
      REQUEST_TIMEOUT_MS: 30_000,
      MAX_QUERY_DEPTH: 10,
      MAX_QUERY_ALIASES: 15,
      MAX_QUERY_COST: 500_000,
    },
    ds,
    subgraphSchema,
    pino({ level: 'silent' }),
    auth,
  );
  await new Promise<void>((r) => app.httpServer.listen(0, '127.0.0.1', r));
  const gqlUrl = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}/graphql`;

  // The baseline: the nested JSON from one json_agg statement through pg, served over HTTP too.
  const pool = new pg.Pool({ connectionString: db.url, max: 20 });
  const baseline = http.createServer((_req, res) => {
    // Node does not await a request handler: a failed query must answer 500 here, not reject into nowhere.
    pool.query<{ data: unknown }>(NESTED_SQL).then(
      ({ rows }) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data: rows[0].data }));
      },
      (err: unknown) => {
        res.statusCode = 500;
        res.end(String(err));
      },
    );
  });
  await new Promise<void>((r) => baseline.listen(0, '127.0.0.1', r));
  const baselineUrl = `http://127.0.0.1:${(baseline.address() as AddressInfo).port}/`;

  const login = await fetch(gqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation { login(input: { username: "hub.admin", password: "${BENCH_PASSWORD}" }) { accessToken } }`,
    }),
  }).then((r) => r.json() as Promise<{ data: { login: { accessToken: string } } }>);
  const auth1 = { authorization: `Bearer ${login.data.login.accessToken}` };
  const [{ id: district }] = await ds.query<{ id: string }[]>(
    `SELECT id FROM region WHERE level = 'DISTRICT' ORDER BY id LIMIT 1`,
  );
  const regionId = Buffer.from(`Region:${district}`).toString('base64url');

  // Cold cost of the dashboard: each request after a data-version bump recomputes everything.
  const cold: number[] = [];
  for (let i = 0; i < 5; i++) {
    await ds.query('UPDATE data_version SET version = version + 1');
    const t0 = performance.now();
    await fetch(gqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth1 },
      body: JSON.stringify({ query: DASHBOARD }),
    });
    cold.push(performance.now() - t0);
  }
  process.stderr.write(`dashboard uncached: ${cold.map((c) => c.toFixed(0)).join(', ')} ms\n`);

  process.stderr.write(`driving ${connections} connections for ${duration} s each (after ${args.warmup} s warm-up)\n`);
  const results = [
    await drive('dashboard overview (hub.admin)', gqlUrl, JSON.stringify({ query: DASHBOARD }), auth1, counter),
    await drive('nested campaign graph (20 per level)', gqlUrl, JSON.stringify({ query: NESTED }), auth1, counter),
    await drive(
      'volunteer list (50, filtered)',
      gqlUrl,
      JSON.stringify({ query: VOLUNTEERS, variables: { region: regionId } }),
      auth1,
      counter,
    ),
    await drive('raw SQL baseline (json_agg)', baselineUrl, '{}', {}),
  ];
  const nested = results[1];
  const base = results[3];
  const [{ rows }] = [
    await pool.query<{ volunteers: string; participations: string; beneficiaries: string }>(
      `SELECT (SELECT count(*) FROM volunteer) AS volunteers, (SELECT count(*) FROM participation) AS participations, (SELECT count(*) FROM beneficiary) AS beneficiaries`,
    ),
  ];
  const report = {
    at: new Date().toISOString(),
    scale,
    connections,
    durationSeconds: duration,
    machine: { cpus: os.cpus().length, node: process.version },
    data: rows[0],
    dashboardUncachedMs: cold.map((c) => Math.round(c)),
    results,
    nestedVsBaseline: Math.round((nested.reqPerSec / base.reqPerSec) * 100) / 100,
  };
  console.table(
    results.map((r) => ({
      operation: r.name,
      'req/s': r.reqPerSec,
      'p50 ms': r.p50Ms,
      'p99 ms': r.p99Ms,
      'SQL/req': r.statementsPerRequest,
      errors: r.errors,
    })),
  );
  console.log(
    `nested graph / raw SQL throughput: ${report.nestedVsBaseline}×; dashboard uncached: ${report.dashboardUncachedMs.join(', ')} ms`,
  );
  const dir = path.resolve(__dirname, '..', '..', 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${report.at.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`wrote ${file}`);

  await app.apollo.stop();
  baseline.close();
  await pool.end();
  await ds.destroy();
  await db.stop();
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : err}\n`);
  process.exit(1);
});
