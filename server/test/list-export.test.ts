// Excel export of the panel's lists over HTTP: the file read back holds the same rows as the GraphQL
// list for the same viewer and filter (a partner's admin sees only its scope), personal values stay
// masked, a large list becomes a background job with progress and a result file, a list past
// EXPORT_MAX_ROWS is refused with a typed message, and a list the viewer may not see exports nothing.
import ExcelJS from 'exceljs';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthRuntime } from '../src/auth/runtime';
import { loadConfig } from '../src/config';
import { JobRunner, registerJobs } from '../src/jobs';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startTestServer, TEST_AUTH, type Client, type TestServer } from './helpers/server';
import { validate } from 'graphql';
import { buildHubSchemas } from '../src/schema/build';
import { EXPORT_LISTS, exportList } from '../src/modules/list-export/lists';
import { exportHooks } from '../src/modules/list-export/list-export.service';
import { graphql } from './generated';
import type { ExportVolunteersCompareQuery, ExportVolunteersCompareQueryVariables } from './generated/graphql';

const VOLUNTEERS = graphql(`
  query ExportVolunteersCompare($first: Int!, $after: String, $filter: VolunteerFilter) {
    volunteers(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        realName
        phone
        status
        organisation {
          id
          name
        }
      }
    }
  }
`);

const JOB = graphql(`
  query ExportJob($id: ID!) {
    backgroundJob(id: $id) {
      id
      kind
      status
      done
      total
      result
      resultUrl
    }
  }
`);

let t: TestDatabase;
let server: TestServer;
let small: TestServer;
let runner: JobRunner;
let youth: Client;
let district: Client;
const sql = async <T = SqlRow>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);

const STATUS: Record<string, string> = {
  ACTIVE: '在册',
  PENDING: '待审核',
  SUSPENDED: '暂停',
  RETIRED: '退出',
  REJECTED: '未通过',
};
const COLUMNS = [
  { header: '姓名', field: 'realName' },
  { header: '手机号码（已脱敏）', field: 'phone' },
  { header: '状态', field: 'status', labels: STATUS },
  { header: '所属组织', field: 'organisation.name' },
];

function post(on: TestServer, client: Client | null, list: string, body: unknown, lang = 'zh-CN') {
  return fetch(`${on.url}/files/exports/${list}`, {
    method: 'POST',
    headers: {
      ...(client ? { authorization: `Bearer ${client.token}` } : {}),
      'content-type': 'application/json',
      'accept-language': lang,
    },
    body: JSON.stringify(body),
  });
}

async function waitForJob(client: Client, id: string) {
  for (let i = 0; i < 600; i++) {
    const job = (await client.gql(JOB, { id })).data.backgroundJob;
    if (['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(job.status)) return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('export job did not finish');
}

async function rowsOf(file: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0];
  const rows: string[][] = [];
  sheet.eachRow((r) => {
    const cells: string[] = [];
    for (let c = 1; c <= COLUMNS.length; c++) cells.push(r.getCell(c).text);
    rows.push(cells);
  });
  return rows;
}

/** Every page of the GraphQL list, as the screen would page through it. */
async function screenList(client: Client, filter: Record<string, unknown>) {
  const out: Array<{ realName: string; phone: string; status: string; organisation: { name: string } | null }> = [];
  let after: string | null = null;
  for (;;) {
    const res: Awaited<
      ReturnType<typeof client.gql<ExportVolunteersCompareQuery, ExportVolunteersCompareQueryVariables>>
    > = await client.gql(VOLUNTEERS, { first: 100, after, filter });
    expect(res.errors).toBeUndefined();
    out.push(...res.data.volunteers.nodes);
    if (!res.data.volunteers.pageInfo.hasNextPage) return out;
    after = res.data.volunteers.pageInfo.endCursor ?? null;
  }
}

const asRows = (list: Awaited<ReturnType<typeof screenList>>) =>
  list.map((v) => [v.realName, v.phone, STATUS[v.status], v.organisation?.name ?? '']);

beforeAll(async () => {
  t = await createSeededDatabase('exports');
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
  // Up to 200 rows at once; more as a job. The second hub allows 3 rows in all.
  server = await startTestServer(t.db, { EXPORT_DIRECT_ROWS: 200, EXPORT_MAX_ROWS: 100_000 });
  small = await startTestServer(t.db, { EXPORT_MAX_ROWS: 3 });
  [youth, district] = await Promise.all(['youth.admin', 'district.admin'].map((u) => server.as(u)));
});
afterAll(async () => {
  await runner?.stop();
  await server?.close();
  await small?.close();
  await t?.drop();
});

describe('a list exported at once', () => {
  it("holds exactly the district admin's screen list for the same filter, masked, with the headers sent", async () => {
    const filter = { statuses: ['ACTIVE'] };
    const screen = await screenList(district, filter);
    expect(screen.length).toBeGreaterThan(0);
    expect(screen.length).toBeLessThanOrEqual(200);
    const res = await post(server, district, 'volunteers', {
      variables: { filter, first: 1, bogus: 1 },
      columns: COLUMNS,
      title: '志愿者',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('志愿者'));
    const rows = await rowsOf(Buffer.from(await res.arrayBuffer()));
    expect(rows[0]).toEqual(COLUMNS.map((c) => c.header));
    expect(rows.slice(1)).toEqual(asRows(screen));

    // Masked: no clear mobile number of any volunteer is in the file.
    const phones = new Set((await sql<{ phone: string }>(`SELECT phone FROM volunteer`)).map((p) => p.phone));
    for (const r of rows.slice(1)) {
      expect(r[1]).toMatch(/^\d{3}\*{4}\d{4}$/);
      expect(phones.has(r[1])).toBe(false);
    }
    // One audit entry for the export, naming the list and the row count.
    const [entry] = await sql<{ after: { list: string; rows: number; masked: boolean } }>(
      `SELECT after FROM audit_log WHERE action = 'EXPORT_LIST' ORDER BY id DESC LIMIT 1`,
    );
    expect(entry.after).toMatchObject({ list: 'volunteers', rows: screen.length, masked: true });
  });

  it('exports nothing of a list the viewer may not see, and nothing to a stranger', async () => {
    const volunteer = await server.as('volunteer.demo');
    const res = await post(server, volunteer, 'audit', { columns: [{ header: '操作', field: 'action' }] });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toContain('json');
    const anonymous = await post(server, null, 'volunteers', { columns: COLUMNS });
    expect(anonymous.status).toBe(401);
  });

  it('refuses a list it does not know and a column the list does not select', async () => {
    const unknown = await post(server, youth, 'passwords', { columns: COLUMNS });
    expect(unknown.status).toBe(400);
    const column = await post(server, youth, 'volunteers', { columns: [{ header: 'x', field: 'idNumber' }] });
    expect(column.status).toBe(400);
    const body = (await column.json()) as { errors: Array<{ extensions: { fields: Array<{ key: string }> } }> };
    expect(body.errors[0].extensions.fields[0].key).toBe('exportColumnUnknown');
  });
});

describe('a list past the row limit', () => {
  it('is refused with a typed message naming the count and the limit, in the UI language', async () => {
    const small1 = await small.as('district.admin');
    const res = await post(small, small1, 'volunteers', { columns: COLUMNS }, 'en');
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      errors: Array<{ message: string; extensions: { code: string; messageKey: string; params: { max: number } } }>;
    };
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: 'exportTooLarge' });
    expect(body.errors[0].extensions.params.max).toBe(3);
    expect(body.errors[0].message).toMatch(/over the export limit of 3/);
  });
});

describe('a large list', () => {
  it("becomes a background job whose result file holds the partner admin's screen list, its scope only", async () => {
    const filter = { statuses: ['ACTIVE'] };
    const screen = await screenList(youth, filter);
    expect(screen.length).toBeGreaterThan(200);
    const res = await post(server, youth, 'volunteers', {
      variables: { filter },
      columns: COLUMNS,
      title: 'Volunteers',
    });
    expect(res.status).toBe(202);
    const { job } = (await res.json()) as { job: { id: string } };
    const state = await waitForJob(youth, job.id);
    expect(state).toMatchObject({ kind: 'EXPORT', status: 'SUCCEEDED', done: screen.length, total: screen.length });
    expect(state.result).toEqual({ rows: screen.length });
    const file = await fetch(`${server.url}${state.resultUrl}`, {
      headers: { authorization: `Bearer ${youth.token}` },
    });
    expect(file.status).toBe(200);
    const rows = await rowsOf(Buffer.from(await file.arrayBuffer()));
    expect(rows.slice(1)).toEqual(asRows(screen));
    // Only the partner's own volunteers: every one is in its organisation, none of the others'.
    const [{ org }] = await sql<{ org: string }>(
      `SELECT o.name AS org FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id
         JOIN organisation o ON o.id = ra.organisation_id WHERE a.username = 'youth.admin' LIMIT 1`,
    );
    expect(new Set(rows.slice(1).map((r) => r[3]))).toEqual(new Set([org]));
    expect(rows.length - 1).toBeLessThan(
      (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM volunteer WHERE status = 'ACTIVE'`))[0].n,
    );
    // The job and its file are its owner's alone.
    const other = await fetch(`${server.url}${state.resultUrl}`, {
      headers: { authorization: `Bearer ${district.token}` },
    });
    expect(other.status).toBe(404);
  });
});

describe('an export job asked to stop', () => {
  it('stops between pages and keeps no file', async () => {
    exportHooks.afterPage = async (jobId) => {
      await sql(`UPDATE background_job SET cancel_requested = true WHERE id = $1`, [jobId]);
    };
    try {
      const res = await post(server, youth, 'volunteers', {
        variables: { filter: { statuses: ['ACTIVE'] } },
        columns: COLUMNS,
      });
      expect(res.status).toBe(202);
      const { job } = (await res.json()) as { job: { id: string } };
      const state = await waitForJob(youth, job.id);
      expect(state).toMatchObject({ kind: 'EXPORT', status: 'CANCELLED', resultUrl: null });
      expect(state.done).toBeLessThan(state.total);
    } finally {
      exportHooks.afterPage = undefined;
    }
  });
});

describe('every list of the panel', () => {
  it('is a valid query of the schema, and exports for the hub admin with all its columns', async () => {
    const { clientSchema } = await buildHubSchemas();
    const hub = await server.as('hub.admin');
    for (const key of Object.keys(EXPORT_LISTS)) {
      const list = exportList(key)!;
      expect(
        validate(clientSchema, list.document).map((e) => e.message),
        key,
      ).toEqual([]);
      const res = await post(server, hub, key, {
        columns: [...list.paths].map((field) => ({ header: field, field })),
      });
      expect([200, 202], `${key}: ${res.status}`).toContain(res.status);
      await res.arrayBuffer();
    }
  });
});
