// `npm run bench -- --scale 10`: the hub against a scale-N city, driven over HTTP by autocannon,
// next to a raw-SQL baseline. The hub runs in a process of its own (the compiled server, as
// `npm start` runs it) and so does the baseline; this process only generates load. Prints req/s,
// p50, p99, the server's CPU ms per request (from /proc) and SQL statements per request; writes
// bench/results/<timestamp>.json at the repository root. A script, not a test.
//
//   --dashboard-writes   the dashboard overview with a write (a donation) every second in the
//                        background, and single reads right after a write
//   --vs-postgraphile    then the shared side-by-side harness (PGL_HARNESS, NODE22, PGL_DIR)
//   --database <name>    a database of its own instead of tongxin_bench_s<N> (seeded on first use)
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { toGlobalId } from '../src/common/node';
import { generateSigningKey } from '../src/auth/tokens';
import { TOUCH_ALL_TABLES_SQL } from '../src/db/migrations/1796543872195-TableVersions';
import { ensureServerBuilt, freePort, startHub, type HubProcess } from '../scripts/hub-process';
import { benchDatabase } from './database';
import { benchLogin, startInProcessHub } from './in-process';
import { DASHBOARD, NESTED, VOLUNTEERS } from './operations';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    ops: { type: 'string', default: 'dashboard,nested,volunteers,baseline' },
    'dashboard-writes': { type: 'boolean', default: false },
    'vs-postgraphile': { type: 'boolean', default: false },
    /** A database of one's own (seeded on first use) instead of tongxin_bench_s<N>. */
    database: { type: 'string' },
  },
});
const scale = Number(args.scale);
const duration = Number(args.duration);
const connections = Number(args.connections);
const repoRoot = path.resolve(__dirname, '..', '..');
// In production the hub runs only the panel's published operations, or a client's own with its API key.
const API_KEY = randomBytes(24).toString('hex');
const API = { 'x-api-key': API_KEY };

/** utime + stime of a process in ms, from /proc/<pid>/stat (clock ticks of 10 ms). */
function cpuMs(pid: number): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

interface Result {
  name: string;
  requests: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  serverCpuMsPerRequest: number | null;
  statementsPerRequest: number | null;
}

interface Target {
  url: string;
  body: string;
  headers: Record<string, string>;
  pid: number;
}

async function drive(name: string, t: Target, statements: number | null): Promise<Result> {
  // A long timeout, so a slow operation is measured rather than counted as errors.
  const opts = {
    url: t.url,
    method: 'POST' as const,
    body: t.body,
    headers: { 'content-type': 'application/json', ...t.headers },
    connections,
    timeout: 120,
  };
  await autocannon({ ...opts, duration: Number(args.warmup) });
  // Let the server finish the warm-up's requests still in flight (autocannon abandons them).
  await fetch(t.url, { method: 'POST', body: t.body, headers: opts.headers });
  const cpu0 = cpuMs(t.pid);
  const r = await autocannon({ ...opts, duration });
  const cpu1 = cpuMs(t.pid);
  const requests = r.requests.total;
  const result = {
    name,
    requests,
    reqPerSec: Math.round(r.requests.average * 10) / 10,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    errors: r.errors + r.non2xx,
    serverCpuMsPerRequest:
      cpu0 !== null && cpu1 !== null && requests ? Math.round(((cpu1 - cpu0) / requests) * 10) / 10 : null,
    statementsPerRequest: statements,
  };
  process.stderr.write(
    `  ${name}: ${result.reqPerSec} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ${result.serverCpuMsPerRequest} CPU ms/req\n`,
  );
  return result;
}

/** The raw-SQL baseline (bench/floor-server.ts) in a process of its own. */
async function startBaseline(url: string): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, 'floor-server.ts')], {
    cwd: path.resolve(__dirname, '..'),
    env: { ...process.env, BENCH_DB_URL: url, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`the baseline exited with ${code}`)));
  });
  return { child, url: `http://127.0.0.1:${port}/` };
}

/** Statements per request of each operation, counted by the hub run in this process, one request once warm. */
async function countStatements(dbUrl: string, bodies: Record<string, string>): Promise<Record<string, number>> {
  const hub = await startInProcessHub(dbUrl);
  const headers = { 'content-type': 'application/json', authorization: await benchLogin(hub.url) };
  const counts: Record<string, number> = {};
  for (const [name, body] of Object.entries(bodies)) {
    await fetch(hub.url, { method: 'POST', body, headers });
    hub.counter.reset();
    await fetch(hub.url, { method: 'POST', body, headers });
    counts[name] = hub.counter.count;
  }
  await hub.stop();
  return counts;
}

const RECORD = `mutation($input: RecordDonationInput!) { recordDonation(input: $input) { id } }`;

/**
 * The dashboard overview at `connections` while a donation is recorded every second, and single
 * reads each right after a write (the cost a reader pays after a write under mixed load).
 */
async function dashboardUnderWrites(hub: HubProcess, auth: string, dbUrl: string) {
  const pool = new pg.Pool({ connectionString: dbUrl, max: 1 });
  const [campaign] = (
    await pool.query<{ id: string; lead_organisation_id: string }>(
      'SELECT id, lead_organisation_id FROM campaign ORDER BY id LIMIT 1',
    )
  ).rows;
  await pool.end();
  const gql = `${hub.url}/graphql`;
  const headers = { 'content-type': 'application/json', authorization: auth, ...API };
  let writes = 0;
  let writeErrors = 0;
  const write = async () => {
    const res = await fetch(gql, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        query: RECORD,
        variables: {
          input: {
            kind: 'CASH',
            amountFen: 100 + (writes % 1000),
            donorOrganisationId: toGlobalId('Organisation', campaign.lead_organisation_id),
            campaignId: toGlobalId('Campaign', campaign.id),
            idempotencyKey: randomUUID(),
          },
        },
      }),
    });
    writes++;
    if (!res.ok || (await res.text()).includes('"errors"')) writeErrors++;
  };
  const body = JSON.stringify({ query: DASHBOARD });
  const afterWrite: number[] = [];
  for (let i = 0; i < 5; i++) {
    await write();
    const t0 = performance.now();
    await fetch(gql, { method: 'POST', headers, body });
    afterWrite.push(Math.round(performance.now() - t0));
  }
  process.stderr.write(`dashboard, single reads each right after a write: ${afterWrite.join(', ')} ms\n`);
  const writer = setInterval(() => void write().catch(() => writeErrors++), 1000);
  const r = await drive('dashboard overview, a write every second', { url: gql, body, headers, pid: hub.pid }, null);
  clearInterval(writer);
  return { ...r, writes, writeErrors, singleReadAfterWriteMs: afterWrite };
}

/** The shared side-by-side harness against PostGraphile 5, when its tools are there. */
async function vsPostGraphile(): Promise<void> {
  const harness = process.env.PGL_HARNESS ?? path.resolve(repoRoot, '..', 'shared', 'bench', 'vs-postgraphile');
  const node22 = process.env.NODE22;
  const pglDir = process.env.PGL_DIR ?? path.join(harness, 'pgl');
  const missing = [
    [path.join(harness, 'drive.mjs'), 'the harness (PGL_HARNESS)'],
    [node22 ?? '', 'Node 22 (NODE22)'],
    [path.join(pglDir, 'node_modules', 'postgraphile'), 'PostGraphile 5 (PGL_DIR)'],
  ].filter(([p]) => !p || !fs.existsSync(p));
  if (missing.length) {
    process.stderr.write(`PostGraphile comparison skipped, missing: ${missing.map(([, w]) => w).join(', ')}\n`);
    return;
  }
  const out = path.join(repoRoot, 'bench', 'results', 'vs-postgraphile');
  const child = spawn(
    node22!,
    [
      path.join(harness, 'drive.mjs'),
      '--scale',
      String(scale),
      '--rounds',
      process.env.PGL_ROUNDS ?? '3',
      '--duration',
      String(duration),
      '--warmup',
      String(args.warmup),
      '--connections',
      String(connections),
      '--contenders',
      process.env.PGL_CONTENDERS ?? 'hub,pgl,pglc,floor',
      // The harness knows two of the bench's operations: those asked for, else both.
      '--ops',
      args.ops
        .split(',')
        .filter((op) => op === 'nested' || op === 'volunteers')
        .join(',') || 'nested,volunteers',
      '--out',
      out,
    ],
    {
      cwd: harness,
      stdio: 'inherit',
      // The harness starts the compiled hub in production, which needs a signing key set, and an
      // API key for operations other than the panel's (the harness sends HUB_API_KEY as x-api-key).
      env: {
        ...process.env,
        HUB_DIR: repoRoot,
        PGL_DIR: pglDir,
        API_KEYS: `bench:${API_KEY}`,
        HUB_API_KEY: API_KEY,
        JWT_KEYS: JSON.stringify({ keys: [generateSigningKey('bench')] }),
      },
    },
  );
  await new Promise((resolve) => child.once('exit', resolve));
}

async function main() {
  ensureServerBuilt();
  const db = await benchDatabase(scale, args.database);
  const pool = new pg.Pool({ connectionString: db.url, max: 1 });
  const [{ id: district }] = (
    await pool.query<{ id: string }>(`SELECT id FROM region WHERE level = 'DISTRICT' ORDER BY id LIMIT 1`)
  ).rows;
  const bodies: Record<string, string> = {
    dashboard: JSON.stringify({ query: DASHBOARD }),
    nested: JSON.stringify({ query: NESTED }),
    volunteers: JSON.stringify({ query: VOLUNTEERS, variables: { region: toGlobalId('Region', district) } }),
  };
  const ops = args.ops.split(',');
  const statements = await countStatements(db.url, bodies);

  const hub = await startHub({
    databaseUrl: db.url,
    env: {
      NODE_ENV: 'production',
      DB_POOL_SIZE: '20',
      ACCESS_TOKEN_TTL_S: '3600',
      DATA_DIR: os.tmpdir(),
      API_KEYS: `bench:${API_KEY}`,
    },
  });
  const gql = `${hub.url}/graphql`;
  const auth = await benchLogin(gql, 'hub.admin', API);
  const target = (name: string): Target => ({
    url: gql,
    body: bodies[name],
    headers: { authorization: auth, ...API },
    pid: hub.pid,
  });

  // Cold cost of the dashboard: each read after every table is marked changed recomputes everything.
  const cold: number[] = [];
  for (let i = 0; i < 5; i++) {
    await pool.query(TOUCH_ALL_TABLES_SQL);
    const t0 = performance.now();
    await fetch(gql, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: auth, ...API },
      body: bodies.dashboard,
    });
    cold.push(Math.round(performance.now() - t0));
  }
  process.stderr.write(`dashboard uncached: ${cold.join(', ')} ms\n`);

  process.stderr.write(`driving ${connections} connections for ${duration} s each (after ${args.warmup} s warm-up)\n`);
  const results: Result[] = [];
  if (ops.includes('dashboard'))
    results.push(await drive('dashboard overview (hub.admin)', target('dashboard'), statements.dashboard));
  if (ops.includes('nested'))
    results.push(await drive('nested campaign graph (20 per level)', target('nested'), statements.nested));
  if (ops.includes('volunteers'))
    results.push(await drive('volunteer list (50, filtered)', target('volunteers'), statements.volunteers));
  const underWrites = args['dashboard-writes'] ? await dashboardUnderWrites(hub, auth, db.url) : null;
  if (underWrites) results.push(underWrites);
  const hubExit = await hub.stop();
  if (ops.includes('baseline')) {
    const baseline = await startBaseline(db.url);
    results.push(
      await drive(
        'raw SQL baseline (json_agg)',
        { url: baseline.url, body: '{}', headers: {}, pid: baseline.child.pid! },
        1,
      ),
    );
    baseline.child.kill('SIGTERM');
  }
  const nested = results.find((r) => r.name.startsWith('nested'));
  const base = results.find((r) => r.name.startsWith('raw SQL'));
  const { rows } = await pool.query<{ volunteers: string; participations: string; beneficiaries: string }>(
    `SELECT (SELECT count(*) FROM volunteer) AS volunteers, (SELECT count(*) FROM participation) AS participations, (SELECT count(*) FROM beneficiary) AS beneficiaries`,
  );
  await pool.end();
  const report = {
    at: new Date().toISOString(),
    scale,
    connections,
    durationSeconds: duration,
    machine: { cpus: os.cpus().length, node: process.version, load1: os.loadavg()[0] },
    data: rows[0],
    dashboardUncachedMs: cold,
    dashboardUnderWrites: underWrites,
    results,
    nestedVsBaseline: nested && base ? Math.round((nested.reqPerSec / base.reqPerSec) * 100) / 100 : null,
    hubExit,
  };
  console.table(
    results.map((r) => ({
      operation: r.name,
      'req/s': r.reqPerSec,
      'p50 ms': r.p50Ms,
      'p99 ms': r.p99Ms,
      'CPU ms/req': r.serverCpuMsPerRequest,
      'SQL/req': r.statementsPerRequest,
      errors: r.errors,
    })),
  );
  console.log(
    `nested graph / raw SQL throughput: ${report.nestedVsBaseline}×; dashboard uncached: ${cold.join(', ')} ms` +
      (underWrites
        ? `; under a write a second: p99 ${underWrites.p99Ms} ms, single reads after a write ${underWrites.singleReadAfterWriteMs.join(', ')} ms (${underWrites.writes} writes, ${underWrites.writeErrors} failed)`
        : ''),
  );
  const dir = path.join(repoRoot, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${report.at.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`wrote ${file}`);
  await db.stop();
  if (args['vs-postgraphile']) await vsPostGraphile();
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : err}\n`);
  process.exit(1);
});
