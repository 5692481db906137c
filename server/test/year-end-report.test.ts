// The year-end work summary: generated as a background job, its Word document (word/document.xml,
// unzipped) holds the figures the dashboard API gives for the same scope and year, the demo city's
// holds the source document's headline figures, and a scope outside the caller's is refused.
import JSZip from 'jszip';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthRuntime } from '../src/auth/runtime';
import { loadConfig } from '../src/config';
import { DEMO_YEAR } from '../src/db/seed/calendar';
import { COMMENDATION_YEAR } from '../src/db/seed/training';
import { JobRunner, registerJobs } from '../src/jobs';
import { toGlobalId } from '../src/common/node';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startTestServer, TEST_AUTH, type Client, type TestServer } from './helpers/server';
import { graphql } from './generated';

const GENERATE = graphql(`
  mutation GenerateReport($input: GenerateYearEndReportInput!) {
    generateYearEndReport(input: $input) {
      id
      kind
      status
    }
  }
`);

const JOB = graphql(`
  query ReportJob($id: ID!) {
    backgroundJob(id: $id) {
      id
      status
      resultUrl
      errorMessage
    }
  }
`);

const DASHBOARD = graphql(`
  query ReportDashboard($filter: DashboardFilter) {
    dashboard(filter: $filter) {
      counts {
        teams
        districtTeams
        stations
        volunteers
        activeVolunteers
        events
        stationsWithoutEvents
        commendations
        partners
      }
      personTimes {
        total
      }
      hours {
        verified
      }
      pairings {
        overdue
        byKind {
          label
          value
        }
      }
      training {
        trained
        active
      }
      campaigns {
        name
        partners {
          organisationName
          volunteers
          events
          personTimes
        }
      }
    }
  }
`);

const VIEW = graphql(`
  query ReportView($year: Int!, $regionId: ID) {
    yearEndReport(year: $year, regionId: $regionId) {
      year
      scopeName
      plans
      current {
        counts {
          teams
          districtTeams
          stations
          volunteers
          events
          stationsWithoutEvents
          commendations
          partners
        }
        personTimes {
          total
        }
      }
      previous {
        counts {
          volunteers
          commendations
        }
      }
    }
  }
`);

let t: TestDatabase;
let server: TestServer;
let runner: JobRunner;
let hub: Client;
let district: Client;
const sql = async <T = SqlRow>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);

beforeAll(async () => {
  t = await createSeededDatabase('year_end_report');
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
  [hub, district] = await Promise.all(['hub.admin', 'district.admin'].map((u) => server.as(u)));
});
afterAll(async () => {
  await runner?.stop();
  await server?.close();
  await t?.drop();
});

/** Generates and waits for the job; the document's text (runs of word/document.xml joined). */
async function generate(client: Client, input: { year: number; regionId?: string; plans?: string }) {
  const res = await client.gql(GENERATE, { input });
  expect(res.errors).toBeUndefined();
  const id = res.data.generateYearEndReport.id;
  for (let i = 0; i < 120; i++) {
    const job = (await client.gql(JOB, { id })).data.backgroundJob;
    if (job.status === 'SUCCEEDED') {
      const file = await fetch(`${server.url}${job.resultUrl}`, {
        headers: { authorization: `Bearer ${client.token}` },
      });
      expect(file.status).toBe(200);
      const zip = await JSZip.loadAsync(Buffer.from(await file.arrayBuffer()));
      const xml = await zip.file('word/document.xml')!.async('string');
      const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
      return { text: [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|'), media };
    }
    if (job.status === 'FAILED') throw new Error(job.errorMessage ?? 'report failed');
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('report job did not finish');
}

const cells = (text: string) => text.split('|');

describe('the year-end work summary', () => {
  it('holds the figures the dashboard gives for the same scope and year, with charts and the plans', async () => {
    const filter = { from: `${DEMO_YEAR}-01-01T00:00:00+08:00`, to: `${DEMO_YEAR + 1}-01-01T00:00:00+08:00` };
    const dash = (await hub.gql(DASHBOARD, { filter })).data.dashboard;
    const { text, media } = await generate(hub, { year: DEMO_YEAR, plans: '建立志愿者花名册\n推行志愿时长跟踪打分制' });
    const c = cells(text);
    const row = (label: string) => c[c.indexOf(label) + 1];
    expect(row('志愿者队伍（支）')).toBe(String(dash.counts.teams));
    expect(row('其中区残联志愿者队伍（支）')).toBe(String(dash.counts.districtTeams));
    expect(row('社区志愿者服务站（个）')).toBe(String(dash.counts.stations));
    expect(row('注册志愿者（人）')).toBe(String(dash.counts.volunteers));
    expect(row('服务人次')).toBe(String(dash.personTimes.total));
    expect(row('服务活动（场）')).toBe(String(dash.counts.events));
    expect(row('获得表彰（人次）')).toBe(String(dash.counts.commendations));
    expect(row('本年未开展服务活动的服务站（个）')).toBe(String(dash.counts.stationsWithoutEvents));
    expect(row('参与联合行动的合作单位（个）')).toBe(String(dash.counts.partners));
    // The seeded year has events; not every station held one. The seed's commendations are the
    // previous year's (awarded in its December), so that year's dashboard counts them all.
    expect(dash.counts.events).toBeGreaterThan(0);
    const before = {
      from: `${COMMENDATION_YEAR}-01-01T00:00:00+08:00`,
      to: `${COMMENDATION_YEAR + 1}-01-01T00:00:00+08:00`,
    };
    const [awarded] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM commendation`);
    expect(awarded.n).toBeGreaterThan(0);
    expect((await hub.gql(DASHBOARD, { filter: before })).data.dashboard.counts.commendations).toBe(awarded.n);
    expect(dash.counts.stationsWithoutEvents).toBeLessThan(dash.counts.stations);
    const [seen] = await sql<{ events: number; commendations: number; stationsWithoutEvents: number }>(
      `SELECT (SELECT count(*)::int FROM service_event WHERE status <> 'CANCELLED'
                 AND starts_at >= $1::timestamptz AND starts_at < $2::timestamptz) AS events,
              (SELECT count(*)::int FROM commendation WHERE awarded_on >= $3::date AND awarded_on < $4::date) AS commendations,
              (SELECT count(*)::int FROM service_station s WHERE NOT EXISTS (SELECT 1 FROM service_event e
                 WHERE e.station_id = s.id AND e.status <> 'CANCELLED'
                   AND e.starts_at >= $1::timestamptz AND e.starts_at < $2::timestamptz)) AS "stationsWithoutEvents"`,
      [filter.from, filter.to, `${DEMO_YEAR}-01-01`, `${DEMO_YEAR + 1}-01-01`],
    );
    expect(dash.counts).toMatchObject(seen);
    expect(Number(row('经核实的志愿服务时长（小时）'))).toBeCloseTo(dash.hours.verified, 2);
    for (const k of dash.pairings.byKind) expect(text).toContain(`${k.label}|${k.value}`);
    expect(text).toContain(`近12个月参加培训的在册志愿者 ${dash.training.trained} 人`);
    for (const k of dash.campaigns) {
      expect(c).toContain(k.name);
      for (const p of k.partners) expect(text).toContain(`${p.organisationName}|`);
    }
    expect(text).toContain('学生志愿者占比');
    expect(text).toContain('推行志愿时长跟踪打分制');
    expect(media.length).toBe(2);
    const audit = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'GENERATE_YEAR_END_REPORT'`,
    );
    expect(audit[0].n).toBe(1);
  });

  it('states the source document’s headline figures for the demo city and year', async () => {
    const { text } = await generate(hub, { year: DEMO_YEAR });
    const c = cells(text);
    const row = (label: string) => Number(c[c.indexOf(label) + 1]);
    const [seeded] = await sql<{ teams: number; districtTeams: number; stations: number }>(
      `SELECT (SELECT count(*)::int FROM volunteer_team) AS teams, (SELECT count(*)::int FROM service_station) AS stations,
              (SELECT count(*)::int FROM volunteer_team t JOIN organisation o ON o.id = t.organisation_id
                 JOIN region r ON r.id = t.region_id WHERE o.kind = 'DPF' AND r.level = 'DISTRICT') AS "districtTeams"`,
    );
    // The seed's scale shrinks the roster, not the network: the source's 788 community stations and
    // its 14 district volunteer teams, stated on their own (partners' and the city's teams come on top).
    expect(row('社区志愿者服务站（个）')).toBe(788);
    expect(row('社区志愿者服务站（个）')).toBe(seeded.stations);
    expect(row('其中区残联志愿者队伍（支）')).toBe(14);
    expect(row('其中区残联志愿者队伍（支）')).toBe(seeded.districtTeams);
    expect(row('志愿者队伍（支）')).toBe(seeded.teams);
    expect(seeded.teams).toBeGreaterThan(seeded.districtTeams);
    expect(text).toContain(`${DEMO_YEAR}年度助残志愿服务工作总结`);
  });

  it('is shown in the panel with the same figures as the dashboard, this year and the year before', async () => {
    const period = (y: number) => ({ from: `${y}-01-01T00:00:00+08:00`, to: `${y + 1}-01-01T00:00:00+08:00` });
    const [now, before] = await Promise.all(
      [DEMO_YEAR, DEMO_YEAR - 1].map(async (y) => (await hub.gql(DASHBOARD, { filter: period(y) })).data.dashboard),
    );
    const view = await hub.gql(VIEW, { year: DEMO_YEAR });
    expect(view.errors).toBeUndefined();
    const r = view.data.yearEndReport;
    expect(r).toMatchObject({ year: DEMO_YEAR, scopeName: '全部' });
    expect(r.current.counts).toMatchObject({
      teams: now.counts.teams,
      districtTeams: now.counts.districtTeams,
      stations: now.counts.stations,
      volunteers: now.counts.volunteers,
      events: now.counts.events,
      stationsWithoutEvents: now.counts.stationsWithoutEvents,
      commendations: now.counts.commendations,
      partners: now.counts.partners,
    });
    expect(r.current.personTimes.total).toBe(now.personTimes.total);
    expect(r.previous.counts.commendations).toBe(before.counts.commendations);
    const bad = await hub.gql(VIEW, { year: 1900 });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('covers one district for its admin, and refuses a region outside its scope', async () => {
    const [mine] = await sql<{ id: string }>(
      `SELECT ra.region_id::text AS id FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id
        WHERE a.username = 'district.admin'`,
    );
    const [other] = await sql<{ id: string }>(
      `SELECT id::text FROM region WHERE level = 'DISTRICT' AND id <> $1 ORDER BY id LIMIT 1`,
      [mine.id],
    );
    const filter = {
      regionId: toGlobalId('Region', mine.id),
      from: `${DEMO_YEAR}-01-01T00:00:00+08:00`,
      to: `${DEMO_YEAR + 1}-01-01T00:00:00+08:00`,
    };
    const dash = (await district.gql(DASHBOARD, { filter })).data.dashboard;
    const { text } = await generate(district, { year: DEMO_YEAR, regionId: toGlobalId('Region', mine.id) });
    const c = cells(text);
    expect(c[c.indexOf('注册志愿者（人）') + 1]).toBe(String(dash.counts.volunteers));
    // A district's report counts its own federation's teams, not the city's fourteen.
    const [own] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM volunteer_team t JOIN organisation o ON o.id = t.organisation_id
         JOIN region r ON r.id = t.region_id
        WHERE o.kind = 'DPF' AND r.level = 'DISTRICT' AND r.path LIKE (SELECT path FROM region WHERE id = $1) || '%'`,
      [mine.id],
    );
    expect(own.n).toBeGreaterThan(0);
    expect(dash.counts.districtTeams).toBe(own.n);
    expect(c[c.indexOf('其中区残联志愿者队伍（支）') + 1]).toBe(String(own.n));
    const refused = await district.gql(GENERATE, {
      input: { year: DEMO_YEAR, regionId: toGlobalId('Region', other.id) },
    });
    expect(refused.errors?.[0].extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND|BAD_USER_INPUT/);
    const view = (await district.gql(VIEW, { year: DEMO_YEAR, regionId: toGlobalId('Region', mine.id) })).data;
    expect(view.yearEndReport.current.counts.volunteers).toBe(dash.counts.volunteers);
    const seen = await district.gql(VIEW, { year: DEMO_YEAR, regionId: toGlobalId('Region', other.id) });
    expect(seen.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
