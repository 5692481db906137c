// Spreadsheet imports end to end over HTTP and GraphQL: the template round trip, a file with one
// problem of each kind (exactly those, nothing written), the corrected file, the same file again
// (nothing changes), a correction (one update, one audit entry), scope, and a restart mid-import.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCertificateNumber, makeIdentityNumber } from '../src/common/identity';
import { fromGlobalId } from '../src/common/node';
import { importHooks } from '../src/modules/spreadsheet-import/spreadsheet-import.service';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startTestServer, TEST_AUTH, type Client, type TestServer } from './helpers/server';
import pino from 'pino';
import { createAuthRuntime } from '../src/auth/runtime';
import { JobRunner, registerJobs } from '../src/jobs';
import { loadConfig } from '../src/config';
import { graphql } from './generated';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const IMPORT = graphql(`
  query SpreadsheetImportCheck($id: ID!) {
    spreadsheetImport(id: $id) {
      id
      rowCount
      errorRowCount
      problems {
        row
        column
        header
        key
        message
      }
      job {
        id
        status
      }
    }
  }
`);

const CONFIRM = graphql(`
  mutation ConfirmSpreadsheetImport($id: ID!) {
    confirmSpreadsheetImport(id: $id) {
      id
      status
      total
    }
  }
`);

const JOB = graphql(`
  query ImportJob($id: ID!) {
    backgroundJob(id: $id) {
      id
      kind
      status
      done
      total
      result
      errorMessage
    }
  }
`);

let t: TestDatabase;
let server: TestServer;
let runner: JobRunner;
let district: Client;
let youth: Client;
let places: { district: string; subdistrict: string; community: string; communityId: string; otherDistrict: string };
let youthOrg: string;
const sql = async <T = SqlRow>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);

let seq = 1;
/** Fresh numbers (the seed uses other birth dates): 999 per area code, then the next code. */
const newIdentity = () => {
  const n = seq++;
  return makeIdentityNumber(String(620102 + Math.floor(n / 999)), '1977-07-07', (n % 999) + 1);
};

interface UploadAnswer {
  id: string;
  rowCount: number;
  errorRowCount: number;
  problems: Array<{ row: number; column: string; key: string; message: string; header: string }>;
  errorFileUrl: string;
}

async function download(client: Client, path: string, lang = 'zh-CN') {
  const res = await fetch(`${server.url}${path}`, {
    headers: { authorization: `Bearer ${client.token}`, 'accept-language': lang },
  });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

async function upload(client: Client, file: Buffer, lang = 'zh-CN'): Promise<UploadAnswer> {
  const res = await fetch(`${server.url}/files/imports/volunteer?name=${encodeURIComponent('名册.xlsx')}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${client.token}`, 'content-type': XLSX, 'accept-language': lang },
    body: new Uint8Array(file),
  });
  const body = (await res.json()) as UploadAnswer;
  expect(res.status, JSON.stringify(body)).toBe(201);
  return body;
}

/** The template with `rows` typed in under its headers (keys of the columns by header text). */
async function fill(template: Buffer, rows: Array<Record<string, string>>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('数据')!;
  const col = new Map<string, number>();
  sheet.getRow(1).eachCell((c, i) => col.set(c.text.replace('*', ''), i));
  rows.forEach((r, n) => {
    for (const [header, value] of Object.entries(r)) sheet.getRow(n + 2).getCell(col.get(header)!).value = value;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const person = (over: Record<string, string> = {}) => ({
  姓名: '王小明',
  身份证号: newIdentity(),
  手机号码: '13912345678',
  人员类别: '学生',
  技能特长: '手语、陪伴',
  区县: places.district,
  '街道/乡镇': places.subdistrict,
  '社区/村': places.community,
  已投保: '否',
  ...over,
});

async function waitForJob(client: Client, id: string) {
  for (let i = 0; i < 600; i++) {
    const res = await client.gql(JOB, { id });
    const job = res.data.backgroundJob;
    if (['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(job.status)) return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('job did not finish');
}

/** The hub as main.ts starts it: the job runner, then HTTP. */
async function startHub() {
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
}

async function stopHub() {
  await runner?.stop();
  await server?.close();
}

beforeAll(async () => {
  t = await createSeededDatabase('imports');
  await startHub();
  [district, youth] = await Promise.all(['district.admin', 'youth.admin'].map((u) => server.as(u)));
  const [d] = await sql<{ id: string; name: string }>(
    `SELECT id::text, name FROM region WHERE level = 'DISTRICT' ORDER BY region.id LIMIT 1`,
  );
  const [c] = await sql<{ id: string; community: string; subdistrict: string }>(
    `SELECT c.id::text, c.name AS community, s.name AS subdistrict FROM region c JOIN region s ON s.id = c.parent_id
      WHERE s.parent_id = $1 ORDER BY c.id LIMIT 1`,
    [d.id],
  );
  const [other] = await sql<{ name: string }>(
    `SELECT name FROM region WHERE level = 'DISTRICT' AND id <> $1 ORDER BY id LIMIT 1`,
    [d.id],
  );
  places = {
    district: d.name,
    subdistrict: c.subdistrict,
    community: c.community,
    communityId: c.id,
    otherDistrict: other.name,
  };
  [{ name: youthOrg }] = await sql<{ name: string }>(
    `SELECT name FROM organisation WHERE kind = 'YOUTH_LEAGUE' ORDER BY id LIMIT 1`,
  );
});
afterAll(async () => {
  await stopHub();
  await t?.drop();
});

describe('the template', () => {
  it('has Chinese headers, an instructions sheet and drop-down lists of categories and districts', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await download(district, '/files/import-templates/volunteer')) as unknown as ArrayBuffer);
    const data = wb.getWorksheet('数据')!;
    const headers: string[] = [];
    data.getRow(1).eachCell((c) => headers.push(c.text));
    expect(headers).toEqual(expect.arrayContaining(['姓名*', '身份证号*', '手机号码*', '人员类别*', '区县', '已投保']));
    expect(wb.getWorksheet('填写说明')!.rowCount).toBeGreaterThan(headers.length);
    const lists = wb.getWorksheet('选项')!;
    const values = lists.getSheetValues().flat().filter(Boolean).map(String);
    const districts = await sql<{ name: string }>(`SELECT name FROM region WHERE level = 'DISTRICT'`);
    expect(values).toEqual(expect.arrayContaining(['学生', '退休人员', ...districts.map((x) => x.name)]));
    const categoryColumn = headers.indexOf('人员类别*') + 1;
    const rule = data.getRow(2).getCell(categoryColumn).dataValidation;
    expect(rule?.type).toBe('list');
  });

  it('is refused to an account that may not manage volunteers', async () => {
    const viewer = await server.as('viewer.demo');
    const res = await fetch(`${server.url}/files/import-templates/volunteer`, {
      headers: { authorization: `Bearer ${viewer.token}` },
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    const anonymous = await fetch(`${server.url}/files/import-templates/volunteer`);
    expect(anonymous.status).toBe(401);
  });
});

describe('a volunteer import', () => {
  let rows: Array<Record<string, string>>;
  let good: Buffer;

  it('finds exactly one problem of each kind, localised, and writes nothing', async () => {
    // A volunteer of another district: the district admin may not touch that identity number.
    const [taken] = await sql<{ idNumber: string }>(
      `SELECT v.id_number AS "idNumber" FROM volunteer v
        JOIN region r ON r.id = v.home_region_id JOIN region d ON r.path LIKE d.path || '%'
       WHERE d.name = $1 ORDER BY v.id LIMIT 1`,
      [places.otherDistrict],
    );
    const valid = person();
    const badCheck = newIdentity();
    rows = [
      person(), // row 2: fine
      person({ 身份证号: badCheck.slice(0, 17) + (badCheck[17] === '0' ? '1' : '0') }), // 3: check character
      person({ 手机号码: '1381234567' }), // 4: mobile
      person({ 区县: '不存在区' }), // 5: district unknown
      person({ '街道/乡镇': '不存在街道' }), // 6: subdistrict not in that district
      person({ 人员类别: '宇航员' }), // 7: category not in the list
      valid, // 8: fine
      { ...valid }, // 9: the same identity number again
      person({ 身份证号: taken.idNumber }), // 10: on file, outside the importer's reach
      person({ 区县: places.otherDistrict, '街道/乡镇': '', '社区/村': '' }), // 11: outside the district
      person({ 姓名: '' }), // 12: name missing
      person({ 技能特长: '手语、陪伴、编程' }), // 13: two skills not on the city's list
    ];
    const before = (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM volunteer`))[0].n;
    const auditBefore = (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log`))[0].n;
    const template = await download(district, '/files/import-templates/volunteer');
    const answer = await upload(district, await fill(template, rows), 'en');
    expect(answer.rowCount).toBe(12);
    expect(answer.problems.map((p) => [p.row, p.column, p.key])).toEqual([
      [3, 'idNumber', 'identityInvalid'],
      [4, 'phone', 'phoneInvalid'],
      [5, 'district', 'regionUnknown'],
      [6, 'subdistrict', 'regionUnknown'],
      [7, 'category', 'valueNotInList'],
      [9, 'idNumber', 'duplicateInFile'],
      [10, 'idNumber', 'identityTaken'],
      [11, 'district', 'outsideScope'],
      [12, 'realName', 'required'],
      [13, 'skills', 'valueNotInList'],
    ]);
    expect(answer.errorRowCount).toBe(10);
    expect(answer.problems.find((p) => p.row === 9)).toMatchObject({
      header: 'Identity number',
      message: 'Repeats row 8.',
    });
    // The same problems through GraphQL, in Chinese by default.
    const read = await district.gql(IMPORT, { id: answer.id });
    expect(read.data.spreadsheetImport.problems).toHaveLength(10);
    expect(read.data.spreadsheetImport.problems[1]).toMatchObject({
      header: '手机号码',
      message: '请填写 11 位手机号码',
    });
    // Confirming a file with problems is refused, and nothing was written.
    const confirm = await district.gql(CONFIRM, { id: answer.id });
    expect(confirm.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await sql<{ n: number }>(`SELECT count(*)::int AS n FROM volunteer`))[0].n).toBe(before);
    expect((await sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log`))[0].n).toBe(auditBefore);

    // The error file: the upload with an errors column naming each row's problems.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await download(district, answer.errorFileUrl)) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('数据')!;
    const last = sheet.getRow(1).cellCount;
    expect(sheet.getRow(1).getCell(last).value).toBe('错误说明');
    expect(sheet.getRow(4).getCell(last).text).toContain('手机号码');
    expect(sheet.getRow(2).getCell(last).value).toBeNull();
    // Someone else's upload does not exist for another account.
    expect((await youth.gql(IMPORT, { id: answer.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('imports the corrected file as a background job, with one audit entry per record and one with the counts', async () => {
    rows = [rows[0], rows[6], person(), person({ 技能特长: '' }), person({ 已投保: '是' })];
    good = await fill(await download(district, '/files/import-templates/volunteer'), rows);
    const answer = await upload(district, good);
    expect(answer.problems).toEqual([]);
    const confirmed = await district.gql(CONFIRM, { id: answer.id });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data.confirmSpreadsheetImport.total).toBe(5);
    // Confirming again is the same job.
    const again = await district.gql(CONFIRM, { id: answer.id });
    expect(again.data.confirmSpreadsheetImport.id).toBe(confirmed.data.confirmSpreadsheetImport.id);
    const job = await waitForJob(district, confirmed.data.confirmSpreadsheetImport.id);
    expect(job).toMatchObject({ status: 'SUCCEEDED', done: 5, total: 5 });
    expect(job.result).toEqual({ created: 5, updated: 0, unchanged: 0, refused: 0 });
    const ids = rows.map((r) => r['身份证号']);
    const written = await sql<Record<string, unknown>>(
      `SELECT id_number, real_name, phone, category, skill_ids::text[] AS skill_ids, other_skill, status,
              home_region_id::text AS home, insured, gender, birth_date
         FROM volunteer WHERE id_number = ANY($1) ORDER BY id`,
      [ids],
    );
    expect(written).toHaveLength(5);
    const [signLanguage] = await sql<{ id: string }>(
      `SELECT k.id::text FROM skill k JOIN region r ON r.path LIKE '/' || k.region_id || '/%' WHERE r.id = $1 AND k.name = '手语'`,
      [places.communityId],
    );
    expect(signLanguage).toBeDefined();
    expect(written[0]).toMatchObject({
      real_name: '王小明',
      phone: '13912345678',
      category: 'STUDENT',
      // 手语 is on the city's skill list, 陪伴 is not: it is kept as the one other skill.
      skill_ids: [signLanguage.id],
      other_skill: '陪伴',
      status: 'ACTIVE',
      home: places.communityId,
      insured: false,
      birth_date: '1977-07-07',
    });
    expect(written[4].insured).toBe(true);
    const audits = await sql<{ action: string; n: number }>(
      `SELECT action, count(*)::int AS n FROM audit_log WHERE action LIKE 'IMPORT%' OR action = 'CONFIRM_IMPORT' GROUP BY action ORDER BY action`,
    );
    expect(audits).toEqual([
      { action: 'CONFIRM_IMPORT', n: 1 },
      { action: 'IMPORT_CREATE_VOLUNTEER', n: 5 },
      { action: 'IMPORT_VOLUNTEER', n: 1 },
    ]);
    const [summary] = await sql<{ after: Record<string, unknown> }>(
      `SELECT after FROM audit_log WHERE action = 'IMPORT_VOLUNTEER'`,
    );
    expect(summary.after).toMatchObject({ rows: 5, created: 5, updated: 0, unchanged: 0, status: 'SUCCEEDED' });
  });

  it('changes nothing when the same file comes again, and updates by identity number when a row is corrected', async () => {
    const snapshot = async () =>
      sql(`SELECT id, version, phone FROM volunteer WHERE id_number = ANY($1) ORDER BY id`, [
        rows.map((r) => r['身份证号']),
      ]);
    const before = await snapshot();
    const auditsBefore = (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log`))[0].n;
    const same = await upload(district, good);
    const job = await waitForJob(
      district,
      (await district.gql(CONFIRM, { id: same.id })).data.confirmSpreadsheetImport.id,
    );
    expect(job.result).toEqual({ created: 0, updated: 0, unchanged: 5, refused: 0 });
    expect(await snapshot()).toEqual(before);
    // Only the confirmation and the import's own entry: no record changed.
    expect((await sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log`))[0].n).toBe(auditsBefore + 2);

    rows[1] = { ...rows[1], 手机号码: '13700001111' };
    const corrected = await upload(
      district,
      await fill(await download(district, '/files/import-templates/volunteer'), rows),
    );
    const fixed = await waitForJob(
      district,
      (await district.gql(CONFIRM, { id: corrected.id })).data.confirmSpreadsheetImport.id,
    );
    expect(fixed.result).toEqual({ created: 0, updated: 1, unchanged: 4, refused: 0 });
    const [update] = await sql<{ before: Record<string, unknown>; after: Record<string, unknown> }>(
      `SELECT before, after FROM audit_log WHERE action = 'IMPORT_UPDATE_VOLUNTEER'`,
    );
    expect(update.before).toEqual({ phone: '139****5678' });
    expect(update.after).toEqual({ phone: '137****1111' });
    const [row] = await sql<{ phone: string }>(`SELECT phone FROM volunteer WHERE id_number = $1`, [
      rows[1]['身份证号'],
    ]);
    expect(row.phone).toBe('13700001111');
  });

  it('lets an organisation admin place volunteers only in its own organisation', async () => {
    const template = await download(youth, '/files/import-templates/volunteer');
    const women = (
      await sql<{ name: string }>(`SELECT name FROM organisation WHERE kind = 'WOMENS_FEDERATION' LIMIT 1`)
    )[0].name;
    const answer = await upload(
      youth,
      await fill(template, [person({ 所属组织: youthOrg }), person({ 所属组织: women }), person()]),
    );
    expect(answer.problems.map((p) => [p.row, p.column, p.key])).toEqual([
      [3, 'organisation', 'outsideScope'],
      [4, 'organisation', 'outsideScope'],
    ]);
  });
});

describe('a beneficiary import with households', () => {
  const beneficiary = (over: Record<string, string> = {}) => {
    const id = newIdentity();
    return {
      姓名: '孙大爷',
      身份证号: id,
      残疾类别: '视力残疾',
      残疾等级: '二级',
      残疾人证号: makeCertificateNumber(id, 'VISUAL', 2),
      区县: places.district,
      '街道/乡镇': places.subdistrict,
      '社区/村': places.community,
      住址: '幸福路 1 号',
      户主姓名: '孙建国',
      家庭人口: '3',
      ...over,
    };
  };
  const uploadTo = async (file: Buffer) => {
    const res = await fetch(`${server.url}/files/imports/beneficiary?name=b.xlsx`, {
      method: 'POST',
      headers: { authorization: `Bearer ${district.token}`, 'content-type': XLSX },
      body: new Uint8Array(file),
    });
    expect(res.status).toBe(201);
    return (await res.json()) as UploadAnswer;
  };

  it('checks the certificate against identity, category and grade, then imports rows into one household', async () => {
    const template = await download(district, '/files/import-templates/beneficiary');
    const first = beneficiary();
    const second = beneficiary({ 姓名: '孙大妈', 残疾类别: '肢体残疾', 残疾等级: '一级' });
    second['残疾人证号'] = makeCertificateNumber(second['身份证号'], 'PHYSICAL', 1);
    const wrongGrade = beneficiary();
    wrongGrade['残疾人证号'] = makeCertificateNumber(wrongGrade['身份证号'], 'VISUAL', 3);
    const bad = [
      first, // 2
      second, // 3
      wrongGrade, // 4: the certificate says grade 3
      beneficiary({ 残疾人证号: '12345' }), // 5: not a certificate number
      { ...beneficiary(), 残疾人证号: first['残疾人证号'] }, // 6: another's certificate (mismatch with its identity)
      beneficiary({ 户主姓名: '孙', 住址: '' }), // 7: a household without an address
    ];
    const answer = await uploadTo(await fill(template, bad));
    expect(answer.problems.map((p) => [p.row, p.column, p.key])).toEqual([
      [4, 'certificateNumber', 'certificateMismatch'],
      [5, 'certificateNumber', 'certificateInvalid'],
      [6, 'certificateNumber', 'certificateMismatch'],
      [7, 'householdHead', 'required'],
      [7, 'address', 'required'],
    ]);

    const good = await uploadTo(await fill(template, [first, second]));
    expect(good.problems).toEqual([]);
    const job = await waitForJob(
      district,
      (await district.gql(CONFIRM, { id: good.id })).data.confirmSpreadsheetImport.id,
    );
    expect(job.result).toEqual({ created: 2, updated: 0, unchanged: 0, refused: 0 });
    const rows = await sql<{
      real_name: string;
      disability_grade: number;
      household_id: string;
      head_name: string;
      size: number;
    }>(
      `SELECT b.real_name, b.disability_grade, b.household_id::text, h.head_name, h.size
         FROM beneficiary b JOIN household h ON h.id = b.household_id WHERE b.id_number = ANY($1) ORDER BY b.id`,
      [[first['身份证号'], second['身份证号']]],
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ real_name: '孙大爷', disability_grade: 2, head_name: '孙建国', size: 3 });
    expect(rows[1].household_id).toBe(rows[0].household_id);

    // Again: nothing changes, no second household.
    const again = await uploadTo(await fill(template, [first, second]));
    const twice = await waitForJob(
      district,
      (await district.gql(CONFIRM, { id: again.id })).data.confirmSpreadsheetImport.id,
    );
    expect(twice.result).toEqual({ created: 0, updated: 0, unchanged: 2, refused: 0 });
    const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM household WHERE head_name = '孙建国'`);
    expect(n).toBe(1);
    const audits = await sql<{ action: string; n: number }>(
      `SELECT action, count(*)::int AS n FROM audit_log WHERE action IN ('IMPORT_CREATE_HOUSEHOLD', 'IMPORT_CREATE_BENEFICIARY', 'IMPORT_BENEFICIARY') GROUP BY action ORDER BY action`,
    );
    expect(audits).toEqual([
      { action: 'IMPORT_BENEFICIARY', n: 2 },
      { action: 'IMPORT_CREATE_BENEFICIARY', n: 2 },
      { action: 'IMPORT_CREATE_HOUSEHOLD', n: 1 },
    ]);
  });
});

describe('a restart in the middle of an import', () => {
  it('goes on from the last committed batch: every row once, one closing audit entry', async () => {
    const many = Array.from({ length: 2_500 }, (_, i) => person({ 姓名: `批量${i}` }));
    const answer = await upload(
      district,
      await fill(await download(district, '/files/import-templates/volunteer'), many),
    );
    expect(answer.errorRowCount).toBe(0);
    // The first process stops for good after its first batch has committed (as if it were killed).
    importHooks.afterBatch = () => new Promise<void>(() => undefined);
    const { id } = (await district.gql(CONFIRM, { id: answer.id })).data.confirmSpreadsheetImport;
    for (let i = 0; i < 200; i++) {
      const job = (await district.gql(JOB, { id })).data.backgroundJob;
      if (job.done > 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const halfway = (await district.gql(JOB, { id })).data.backgroundJob;
    expect(halfway).toMatchObject({ status: 'RUNNING', done: 1_000 });
    await stopHub();
    importHooks.afterBatch = undefined;

    // A new process takes the job up from where it stood (the runner retries what the old one left).
    await startHub();
    district = await server.as('district.admin');
    const job = await waitForJob(district, id);
    expect(job).toMatchObject({ status: 'SUCCEEDED', done: 2_500 });
    expect(job.result).toEqual({ created: 2_500, updated: 0, unchanged: 0, refused: 0 });
    const ids = many.map((r) => r['身份证号']);
    expect(
      (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM volunteer WHERE id_number = ANY($1)`, [ids]))[0].n,
    ).toBe(2_500);
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'IMPORT_CREATE_VOLUNTEER' AND (after->>'realName') LIKE '批量%'`,
    );
    expect(n).toBe(2_500);
    const closing = await sql(`SELECT after FROM audit_log WHERE action = 'IMPORT_VOLUNTEER' AND record_id = $1`, [
      fromGlobalId(answer.id).id,
    ]);
    expect(closing).toHaveLength(1);
  });
});
