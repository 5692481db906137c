// `npm run bench:soak -w server -- [--duration 600] [--warmup 60] [--connections 10] [--scale 1]`:
// does the hub's memory stay flat under mixed reads and writes? The hub runs in its own process
// (the compiled server, as `npm start` runs it) on a seeded database; this process drives it with
// autocannon and samples the hub's RSS from /proc. PASS when the RSS at the end is at most 1.5
// times the RSS after warm-up. Writes bench/results/soak-<timestamp>.json. A script, not a test.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { toGlobalId } from '../src/common/node';
import { ensureServerBuilt, rssBytes, startHub } from '../scripts/hub-process';
import { BENCH_PASSWORD, benchDatabase } from './database';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    duration: { type: 'string', default: '600' },
    warmup: { type: 'string' },
    connections: { type: 'string', default: '10' },
  },
});
const duration = Number(args.duration);
const warmup = Number(args.warmup ?? Math.min(60, Math.round(duration / 5)));
const connections = Number(args.connections);
const LIMIT = 1.5;
const mb = (b: number) => Math.round((b / 1048576) * 10) / 10;

const DASHBOARD = `query($f: DashboardFilter) { dashboard(filter: $f) {
  counts { stations teams volunteers activeVolunteers volunteersByStatus { key value } }
  composition { studentShare byCategory { key value } byStarLevel { key value } byAgeBand { key value } byOrganisationKind { key value } }
  hours { verified byMonth { key value } byServiceType { key value } byOrganisation { key value } }
  personTimes { total byMonth { key value } byRegion { key label value } byServiceType { key value } }
  pairings { overdue coverage byKind { key value } byStatus { key value } coverageByRegion { key value } }
  campaigns { name partners { organisationName volunteers events verifiedHours personTimes donationsFen } }
  training { share } donations { cashFen inKindByItem { key value } } disability { byCategory { key value } } } }`;
const VOLUNTEERS = `query($after: String, $region: ID) { volunteers(first: 50, after: $after, filter: { statuses: [ACTIVE], regionId: $region }) {
  totalCount pageInfo { endCursor } nodes { id realName category organisation { name } homeRegion { name } } } }`;
const EVENTS = `query { serviceEvents(first: 20) { totalCount nodes { id title startsAt status placesTaken organiser { name } } } }`;
const RECORD = `mutation($input: RecordDonationInput!) { recordDonation(input: $input) { id } }`;

async function main() {
  ensureServerBuilt();
  const db = await benchDatabase(Number(args.scale), `tongxin_soak_s${String(args.scale).replace('.', '_')}`);
  const pool = new pg.Pool({ connectionString: db.url, max: 1 });
  const districts = (
    await pool.query<{ id: string }>(`SELECT id FROM region WHERE level = 'DISTRICT' ORDER BY id`)
  ).rows.map((r) => toGlobalId('Region', r.id));
  const [campaign] = (
    await pool.query<{ id: string; lead_organisation_id: string }>(
      `SELECT id, lead_organisation_id FROM campaign ORDER BY id LIMIT 1`,
    )
  ).rows;
  await pool.end();

  const hub = await startHub({ databaseUrl: db.url, env: { ACCESS_TOKEN_TTL_S: '3600', LOG_LEVEL: 'error' } });
  const gql = `${hub.url}/graphql`;
  const login = async (username: string) => {
    const res = await fetch(gql, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { accessToken } }`,
        variables: { u: username, p: BENCH_PASSWORD },
      }),
    });
    const body = (await res.json()) as { data: { login: { accessToken: string } } };
    return `Bearer ${body.data.login.accessToken}`;
  };
  const admin = await login('hub.admin');
  const district = await login('district.admin');

  const samples: Array<{ t: number; rss: number }> = [];
  const started = Date.now();
  const idle = rssBytes(hub.pid)!;
  const sampler = setInterval(() => {
    const rss = rssBytes(hub.pid);
    if (rss) samples.push({ t: (Date.now() - started) / 1000, rss });
  }, 1000);

  // One round of the mix per connection: dashboards over many scopes and periods, list pages,
  // and a write that moves the dashboard's data version, in that order, round after round.
  let round = 0;
  let graphqlErrors = 0;
  const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
  const requests = [
    {
      method: 'POST' as const,
      headers: { 'content-type': 'application/json', authorization: admin },
      setupRequest: (req: Record<string, unknown>) => {
        round++;
        const f = round % 3 === 0 ? {} : { regionId: districts[round % districts.length] };
        return { ...req, body: body(DASHBOARD, { f }) };
      },
    },
    {
      method: 'POST' as const,
      headers: { 'content-type': 'application/json', authorization: district },
      body: body(DASHBOARD, { f: {} }),
    },
    {
      method: 'POST' as const,
      headers: { 'content-type': 'application/json', authorization: admin },
      setupRequest: (req: Record<string, unknown>) => ({
        ...req,
        body: body(VOLUNTEERS, { region: districts[round % districts.length] }),
      }),
    },
    {
      method: 'POST' as const,
      headers: { 'content-type': 'application/json', authorization: admin },
      body: body(EVENTS, {}),
    },
    {
      method: 'POST' as const,
      headers: { 'content-type': 'application/json', authorization: admin },
      setupRequest: (req: Record<string, unknown>) => ({
        ...req,
        body: body(RECORD, {
          input: {
            kind: 'CASH',
            amountFen: 100 + (round % 1000),
            donorOrganisationId: toGlobalId('Organisation', campaign.lead_organisation_id),
            campaignId: toGlobalId('Campaign', campaign.id),
            idempotencyKey: randomUUID(),
          },
        }),
      }),
    },
  ];
  process.stderr.write(
    `soak: hub pid ${hub.pid} on ${hub.url}, ${connections} connections, ${duration} s (warm-up ${warmup} s), RSS idle ${mb(idle)} MB\n`,
  );
  const progress = setInterval(() => {
    const last = samples.at(-1);
    if (last) process.stderr.write(`  ${last.t.toFixed(0)} s: RSS ${mb(last.rss)} MB\n`);
  }, 30_000);
  const result = await autocannon({
    url: gql,
    connections,
    duration,
    timeout: 60,
    requests: requests.map((r) => ({
      ...r,
      onResponse: (_status: number, resBody: string) => {
        if (resBody.includes('"errors"')) graphqlErrors++;
      },
    })),
  } as autocannon.Options);
  clearInterval(progress);
  clearInterval(sampler);
  const end = rssBytes(hub.pid)!;
  const stopped = await hub.stop();
  await db.stop();

  const afterWarmup = samples.filter((s) => s.t >= warmup);
  const start = afterWarmup[0]?.rss ?? idle;
  const peak = Math.max(...afterWarmup.map((s) => s.rss), end);
  const pass = end <= LIMIT * start && result.non2xx === 0 && result.errors === 0 && graphqlErrors === 0;
  const report = {
    at: new Date().toISOString(),
    durationS: duration,
    warmupS: warmup,
    connections,
    scale: Number(args.scale),
    requests: result.requests.total,
    reqPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    socketErrors: result.errors,
    timeouts: result.timeouts,
    graphqlErrors,
    rssMb: { idle: mb(idle), start: mb(start), peak: mb(peak), end: mb(end), limit: mb(LIMIT * start) },
    hubExit: stopped,
    pass,
    samples: samples.map((s) => ({ t: s.t, rssMb: mb(s.rss) })),
  };
  const dir = path.resolve(__dirname, '..', '..', 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `soak-${report.at.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify(report, null, 2));
  console.log(
    [
      `requests ${report.requests} (${report.reqPerSec} req/s, p50 ${report.p50Ms} ms, p99 ${report.p99Ms} ms); errors: non-2xx ${report.non2xx}, socket ${report.socketErrors}, GraphQL ${graphqlErrors}`,
      `hub RSS: idle ${report.rssMb.idle} MB, start (after ${warmup} s warm-up) ${report.rssMb.start} MB, peak ${report.rssMb.peak} MB, end ${report.rssMb.end} MB (limit ${report.rssMb.limit} MB)`,
      `${pass ? 'PASS' : 'FAIL'}: end ${pass || end <= LIMIT * start ? '≤' : '>'} ${LIMIT} × start${pass || end > LIMIT * start ? '' : ', but requests failed'}`,
      `written to ${path.relative(process.cwd(), file)}`,
    ].join('\n'),
  );
  process.exitCode = pass ? 0 : 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
