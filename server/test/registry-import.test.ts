// Spreadsheet imports of the registry: organisations (natural key name + region), volunteer teams
// and service stations. A file with one problem of each kind gets exactly those and writes nothing;
// the corrected file imports as a job with an audit entry per record and one with the counts; the
// same file again changes nothing; a corrected row updates by its key; rows outside what the
// importer may place are errors, not skips.
import ExcelJS from 'exceljs';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthRuntime } from '../src/auth/runtime';
import { loadConfig } from '../src/config';
import { JobRunner, registerJobs } from '../src/jobs';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { importSteps } from './helpers/imports';
import { startTestServer, TEST_AUTH, type Client, type TestServer } from './helpers/server';

let t: TestDatabase;
let server: TestServer;
let runner: JobRunner;
let district: Client;
let youth: Client;
let places: { district: string; subdistrict: string; community: string; otherDistrict: string; districtId: string };
let orgs: { youth: string; other: string };
const sql = async <T = SqlRow>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);
const { download, upload, fill, importFile } = importSteps(() => server);
const count = async (q: string, p: unknown[] = []) => (await sql<{ n: number }>(q, p))[0].n;

beforeAll(async () => {
  t = await createSeededDatabase('registry_imports');
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
  [district, youth] = await Promise.all(['district.admin', 'youth.admin'].map((u) => server.as(u)));
  const [d] = await sql<{ id: string; name: string }>(
    `SELECT r.id::text, r.name FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id
       JOIN region r ON r.id = ra.region_id WHERE a.username = 'district.admin'`,
  );
  const [c] = await sql<{ community: string; subdistrict: string }>(
    `SELECT c.name AS community, s.name AS subdistrict FROM region c JOIN region s ON s.id = c.parent_id
      WHERE s.parent_id = $1 ORDER BY c.id LIMIT 1`,
    [d.id],
  );
  const [other] = await sql<{ name: string }>(
    `SELECT name FROM region WHERE level = 'DISTRICT' AND id <> $1 ORDER BY id LIMIT 1`,
    [d.id],
  );
  places = { district: d.name, districtId: d.id, ...c, otherDistrict: other.name };
  const [y] = await sql<{ name: string; id: string }>(
    `SELECT o.name, o.id::text FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id
       JOIN organisation o ON o.id = ra.organisation_id WHERE a.username = 'youth.admin'`,
  );
  const [o] = await sql<{ name: string }>(
    `SELECT name FROM organisation WHERE id <> $1 AND status = 'ACTIVE'
        AND name NOT IN (SELECT name FROM organisation GROUP BY name HAVING count(*) > 1) ORDER BY id LIMIT 1`,
    [y.id],
  );
  orgs = { youth: y.name, other: o.name };
});
afterAll(async () => {
  await runner?.stop();
  await server?.close();
  await t?.drop();
});

describe('the organisation template', () => {
  it('has Chinese headers, an instructions sheet and the organisation kinds as a drop-down list', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await download(district, '/files/import-templates/organisation')) as unknown as ArrayBuffer);
    const data = wb.getWorksheet('数据')!;
    const headers: string[] = [];
    data.getRow(1).eachCell((c) => headers.push(c.text));
    expect(headers).toEqual([
      '名称*',
      '组织类型*',
      '区县',
      '街道/乡镇',
      '社区/村',
      '上级组织',
      '联系人',
      '联系电话',
      '电子邮箱',
      '办公地址',
    ]);
    expect(wb.getWorksheet('填写说明')!.rowCount).toBeGreaterThan(headers.length);
    expect(data.getRow(2).getCell(2).dataValidation?.type).toBe('list');
    const values = wb.getWorksheet('选项')!.getSheetValues().flat().filter(Boolean).map(String);
    expect(values).toEqual(expect.arrayContaining(['共青团', '社会组织', places.district]));
  });
});

describe('an organisation import', () => {
  const org = (over: Record<string, string> = {}) => ({
    名称: `导入测试协会${Math.random().toString(36).slice(2, 8)}`,
    组织类型: '社会组织',
    区县: places.district,
    联系人: '李四',
    联系电话: '0931-8123456',
    电子邮箱: 'office@example.org',
    办公地址: '解放路 1 号',
    ...over,
  });
  let rows: Array<Record<string, string>>;

  it('finds exactly one problem of each kind and writes nothing', async () => {
    const twin = org();
    rows = [
      org(), // 2: fine
      org({ 名称: '' }), // 3: name missing
      org({ 组织类型: '宇宙联盟' }), // 4: kind not in the list
      org({ 区县: '不存在区' }), // 5: district unknown
      org({ 联系电话: '12345' }), // 6: phone
      org({ 电子邮箱: 'not-an-address' }), // 7: e-mail
      twin, // 8: fine
      { ...twin }, // 9: same name in the same region again
      org({ 区县: places.otherDistrict }), // 10: outside the district admin's district
      org({ 上级组织: '没有这个组织' }), // 11: parent unknown
    ];
    const before = await count(`SELECT count(*)::int AS n FROM organisation`);
    const answer = await upload(
      district,
      'organisation',
      await fill(await download(district, '/files/import-templates/organisation'), rows),
      'en',
    );
    expect(answer.problems.map((p) => [p.row, p.column, p.key])).toEqual([
      [3, 'name', 'required'],
      [4, 'kind', 'valueNotInList'],
      [5, 'district', 'regionUnknown'],
      [6, 'contactPhone', 'phoneInvalid'],
      [7, 'contactEmail', 'emailInvalid'],
      [9, 'name', 'duplicateInFile'],
      [10, 'district', 'outsideScope'],
      [11, 'parent', 'nameUnknown'],
    ]);
    expect(answer.problems.find((p) => p.row === 10)).toMatchObject({
      header: 'District',
      message: 'This is outside what you manage.',
    });
    expect(await count(`SELECT count(*)::int AS n FROM organisation`)).toBe(before);
  });

  it('imports the corrected file, then changes nothing the second time and updates a corrected row by name and region', async () => {
    rows = [rows[0], rows[6], org({ 上级组织: orgs.other })];
    const template = await download(district, '/files/import-templates/organisation');
    const job = await importFile(district, 'organisation', await fill(template, rows));
    expect(job).toMatchObject({ kind: 'IMPORT', status: 'SUCCEEDED', done: 3, total: 3 });
    expect(job.result).toEqual({ created: 3, updated: 0, unchanged: 0, refused: 0 });
    const written = await sql<{ name: string; kind: string; region: string; phone: string; parent: string | null }>(
      `SELECT o.name, o.kind, o.region_id::text AS region, o.contact_phone AS phone, p.name AS parent
         FROM organisation o LEFT JOIN organisation p ON p.id = o.parent_id WHERE o.name = ANY($1) ORDER BY o.id`,
      [rows.map((r) => r['名称'])],
    );
    expect(written).toEqual([
      { name: rows[0]['名称'], kind: 'NGO', region: places.districtId, phone: '0931-8123456', parent: null },
      { name: rows[1]['名称'], kind: 'NGO', region: places.districtId, phone: '0931-8123456', parent: null },
      { name: rows[2]['名称'], kind: 'NGO', region: places.districtId, phone: '0931-8123456', parent: orgs.other },
    ]);
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'IMPORT_CREATE_ORGANISATION'`)).toBe(3);
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'IMPORT_ORGANISATION'`)).toBe(1);

    const again = await importFile(district, 'organisation', await fill(template, rows));
    expect(again.result).toEqual({ created: 0, updated: 0, unchanged: 3, refused: 0 });

    rows[1] = { ...rows[1], 联系人: '王五', 组织类型: '高校' };
    const corrected = await importFile(district, 'organisation', await fill(template, rows));
    expect(corrected.result).toEqual({ created: 0, updated: 1, unchanged: 2, refused: 0 });
    const [entry] = await sql<{ before: Record<string, unknown>; after: Record<string, unknown> }>(
      `SELECT before, after FROM audit_log WHERE action = 'IMPORT_UPDATE_ORGANISATION'`,
    );
    expect(entry).toEqual({
      before: { kind: 'NGO', contactName: '李四' },
      after: { kind: 'UNIVERSITY', contactName: '王五' },
    });
    expect(
      await count(`SELECT count(*)::int AS n FROM organisation WHERE name = ANY($1)`, [rows.map((r) => r['名称'])]),
    ).toBe(3);
  });

  it('lets an organisation admin update only its own organisation, and create none', async () => {
    const template = await download(youth, '/files/import-templates/organisation');
    const [own] = await sql<{ kind: string; district: string | null; sub: string | null; com: string | null }>(
      `SELECT o.kind, d.name AS district, CASE WHEN r.level <> 'DISTRICT' THEN s.name END AS sub, CASE WHEN r.level = 'COMMUNITY' THEN r.name END AS com
         FROM organisation o JOIN region r ON r.id = o.region_id
         LEFT JOIN region d ON d.level = 'DISTRICT' AND r.path LIKE d.path || '%'
         LEFT JOIN region s ON s.level = 'SUBDISTRICT' AND r.path LIKE s.path || '%'
        WHERE o.name = $1`,
      [orgs.youth],
    );
    expect(own).toBeDefined();
    const answer = await upload(
      youth,
      'organisation',
      await fill(template, [
        {
          名称: orgs.youth,
          组织类型: '共青团',
          区县: own.district ?? '',
          '街道/乡镇': own.sub ?? '',
          '社区/村': own.com ?? '',
          联系人: '团委办公室',
        },
        org(), // a new organisation: an organisation admin places none
      ]),
    );
    expect(answer.problems.map((p) => [p.row, p.column, p.key])).toEqual([[3, 'district', 'outsideScope']]);
  });
});

describe('team and station imports', () => {
  it('places teams only in the importing organisation', async () => {
    const template = await download(youth, '/files/import-templates/team');
    const name = `导入测试队${Math.random().toString(36).slice(2, 8)}`;
    const rows: Array<Record<string, string>> = [
      { 名称: name, 区县: places.district }, // own organisation, by default
      { 名称: `${name}乙`, 区县: places.district, 所属组织: orgs.other }, // someone else's organisation
    ];
    const answer = await upload(youth, 'team', await fill(template, rows));
    expect(answer.problems.map((p) => [p.row, p.column, p.key])).toEqual([[3, 'organisation', 'outsideScope']]);
    const job = await importFile(youth, 'team', await fill(template, [rows[0]]));
    expect(job.result).toEqual({ created: 1, updated: 0, unchanged: 0, refused: 0 });
    const [team] = await sql<{ org: string }>(
      `SELECT o.name AS org FROM volunteer_team t JOIN organisation o ON o.id = t.organisation_id WHERE t.name = $1`,
      [name],
    );
    expect(team.org).toBe(orgs.youth);
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'IMPORT_CREATE_TEAM'`)).toBe(1);
  });

  it('puts a station in a community, once however often the file comes', async () => {
    const template = await download(district, '/files/import-templates/station');
    const station = {
      名称: `导入测试站${Math.random().toString(36).slice(2, 8)}`,
      区县: places.district,
      '街道/乡镇': places.subdistrict,
      '社区/村': places.community,
      地址: '和平路 8 号',
      开放时间: '周一至周五 9:00–17:00',
      联系人: '赵六',
      联系电话: '13912345678',
    };
    const bad = await upload(
      district,
      'station',
      await fill(template, [
        { ...station, '社区/村': '' },
        { ...station, 名称: `${station['名称']}乙`, 开放时间: '' },
      ]),
    );
    expect(bad.problems.map((p) => [p.row, p.column, p.key])).toEqual([
      [2, 'community', 'required'],
      [3, 'openingHours', 'required'],
    ]);
    const first = await importFile(district, 'station', await fill(template, [station]));
    expect(first.result).toEqual({ created: 1, updated: 0, unchanged: 0, refused: 0 });
    const second = await importFile(district, 'station', await fill(template, [station]));
    expect(second.result).toEqual({ created: 0, updated: 0, unchanged: 1, refused: 0 });
    expect(await count(`SELECT count(*)::int AS n FROM service_station WHERE name = $1`, [station['名称']])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'IMPORT_STATION'`)).toBe(2);
  });
});
