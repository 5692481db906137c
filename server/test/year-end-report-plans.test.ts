// Next year's plans of the year-end summary: saved per scope and year (one audit entry each time),
// read back, printed by a report asked for without plans, and kept from viewers and other scopes.
import JSZip from 'jszip';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthRuntime } from '../src/auth/runtime';
import { loadConfig } from '../src/config';
import { DEMO_YEAR } from '../src/db/seed/calendar';
import { JobRunner, registerJobs } from '../src/jobs';
import { toGlobalId } from '../src/common/node';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startTestServer, TEST_AUTH, type Client, type TestServer } from './helpers/server';
import { graphql } from './generated';

const SAVE = graphql(`
  mutation SavePlans($input: SaveYearEndReportPlansInput!) {
    saveYearEndReportPlans(input: $input) {
      year
      plans
      updatedAt
    }
  }
`);

const PLANS = graphql(`
  query Plans($year: Int!, $regionId: ID) {
    yearEndReportPlans(year: $year, regionId: $regionId) {
      year
      plans
      updatedAt
    }
  }
`);

const GENERATE = graphql(`
  mutation GenerateWithStoredPlans($input: GenerateYearEndReportInput!) {
    generateYearEndReport(input: $input) {
      id
    }
  }
`);

const JOB = graphql(`
  query PlansReportJob($id: ID!) {
    backgroundJob(id: $id) {
      status
      resultUrl
      errorMessage
    }
  }
`);

let t: TestDatabase;
let server: TestServer;
let runner: JobRunner;
let hub: Client;
let district: Client;
let viewer: Client;
let mine: string;
let other: string;
const sql = async <T = SqlRow>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);

beforeAll(async () => {
  t = await createSeededDatabase('year_end_plans');
  runner = registerJobs(
    new JobRunner({
      url: t.url,
      db: t.db,
      log: pino({ level: 'silent' }),
      work: true,
      pollingIntervalSeconds: 0.5,
      stopTimeoutMs: 500,
    }),
    { auth: createAuthRuntime(TEST_AUTH), resultTtlHours: 24 },
    loadConfig({}),
  );
  await runner.start();
  server = await startTestServer(t.db);
  [hub, district, viewer] = await Promise.all(['hub.admin', 'district.admin', 'viewer.demo'].map((u) => server.as(u)));
  const [row] = await sql<{ id: string }>(
    `SELECT ra.region_id::text AS id FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id
      WHERE a.username = 'district.admin'`,
  );
  mine = toGlobalId('Region', row.id);
  const [o] = await sql<{ id: string }>(
    `SELECT id::text FROM region WHERE level = 'DISTRICT' AND id <> $1 ORDER BY id LIMIT 1`,
    [row.id],
  );
  other = toGlobalId('Region', o.id);
});
afterAll(async () => {
  await runner?.stop();
  await server?.close();
  await t?.drop();
});

async function documentText(client: Client, input: { year: number; regionId?: string }): Promise<string> {
  const res = await client.gql(GENERATE, { input });
  expect(res.errors).toBeUndefined();
  for (let i = 0; i < 120; i++) {
    const job = (await client.gql(JOB, { id: res.data.generateYearEndReport.id })).data.backgroundJob;
    if (job.status === 'SUCCEEDED') {
      const file = await fetch(`${server.url}${job.resultUrl}`, {
        headers: { authorization: `Bearer ${client.token}` },
      });
      const zip = await JSZip.loadAsync(Buffer.from(await file.arrayBuffer()));
      return zip.file('word/document.xml')!.async('string');
    }
    if (job.status === 'FAILED') throw new Error(job.errorMessage ?? 'report failed');
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('report job did not finish');
}

describe("next year's plans of the year-end summary", () => {
  it('are empty until saved, then read back, replaced in place, and audited once per save', async () => {
    const empty = await district.gql(PLANS, { year: DEMO_YEAR });
    expect(empty.data.yearEndReportPlans).toEqual({ year: DEMO_YEAR, plans: '', updatedAt: null });
    const first = await district.gql(SAVE, { input: { year: DEMO_YEAR, plans: '  建立志愿者花名册  ' } });
    expect(first.errors).toBeUndefined();
    expect(first.data.saveYearEndReportPlans.plans).toBe('建立志愿者花名册');
    await district.gql(SAVE, { input: { year: DEMO_YEAR, regionId: mine, plans: '推行志愿时长跟踪打分制' } });
    // The district named or not is the same scope: one row, the latest plans.
    for (const regionId of [undefined, mine]) {
      const read = await district.gql(PLANS, { year: DEMO_YEAR, regionId });
      expect(read.data.yearEndReportPlans.plans).toBe('推行志愿时长跟踪打分制');
      expect(read.data.yearEndReportPlans.updatedAt).toBeTruthy();
    }
    const rows = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM year_end_report_plan`);
    expect(rows[0].n).toBe(1);
    const audit = await sql<{ before: unknown; after: { plans: string } }>(
      `SELECT before, after FROM audit_log WHERE action = 'SAVE_YEAR_END_REPORT_PLANS' ORDER BY id`,
    );
    expect(audit).toHaveLength(2);
    expect(audit[0].before).toBeNull();
    expect(audit[1].after.plans).toBe('推行志愿时长跟踪打分制');
    // The city's plans are another scope's: still empty.
    expect((await hub.gql(PLANS, { year: DEMO_YEAR })).data.yearEndReportPlans.plans).toBe('');
  });

  it('are printed by a report asked for without plans, for that scope only', async () => {
    await hub.gql(SAVE, { input: { year: DEMO_YEAR, plans: '全市：扩大服务站覆盖' } });
    const city = await documentText(hub, { year: DEMO_YEAR });
    expect(city).toContain('全市：扩大服务站覆盖');
    const own = await documentText(district, { year: DEMO_YEAR, regionId: mine });
    expect(own).toContain('推行志愿时长跟踪打分制');
    expect(own).not.toContain('全市：扩大服务站覆盖');
  });

  it('are kept from viewers, other scopes and overlong text', async () => {
    const byViewer = await viewer.gql(SAVE, { input: { year: DEMO_YEAR, plans: '看' } });
    expect(byViewer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const elsewhere = await district.gql(SAVE, { input: { year: DEMO_YEAR, regionId: other, plans: '越权' } });
    expect(elsewhere.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const read = await district.gql(PLANS, { year: DEMO_YEAR, regionId: other });
    expect(read.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const long = await district.gql(SAVE, { input: { year: DEMO_YEAR, plans: 'x'.repeat(5001) } });
    expect(long.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const [n] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM year_end_report_plan WHERE plans IN ('看', '越权')`,
    );
    expect(n.n).toBe(0);
  });
});
