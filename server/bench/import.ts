// `npm run bench:import -- --rows 30000`: a volunteer roster of N rows written as the template's
// workbook, then the dry run (read + every check, as POST /files/imports runs it) and the import job
// (as the job runner runs it), timed, against a small demo city of its own. Then the same file again
// (nothing may change). Targets on the reference machine: dry run < 10 s, import < 30 s for 30,000.
import 'reflect-metadata';
import os from 'node:os';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import pino from 'pino';
import { createAuthRuntime } from '../src/auth/runtime';
import { generateSigningKey } from '../src/auth/tokens';
import { loadViewer } from '../src/auth/viewer';
import { makeIdentityNumber } from '../src/common/identity';
import { createContext } from '../src/context/context';
import { createDataSource } from '../src/db/data-source';
import { scopeTables } from '../src/modules';
import { BackgroundJob, BackgroundJobKind } from '../src/modules/background-job/background-job.entity';
import { runJob } from '../src/modules/background-job/background-job.service';
import { SpreadsheetImportService } from '../src/modules/spreadsheet-import/spreadsheet-import.service';
import { ImportKind } from '../src/modules/spreadsheet-import/spreadsheet-import.entity';
import { bucketLabel } from '../src/modules/dashboard/labels';
import { benchDatabase } from './database';

const { values: args } = parseArgs({ options: { rows: { type: 'string', default: '30000' } } });
const ROWS = Number(args.rows);
/** Every row's birth date: the bench's volunteers are told apart from the seed's by it. */
const BIRTH = '1966-06-16';
const CATEGORIES = [
  '学生',
  '居委会成员',
  '社区工作者',
  '机关干部',
  '企业职工',
  '退休人员',
  bucketLabel('enum', 'OTHER', 'zh-CN'),
];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华';

const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(2);

async function main() {
  const { url, stop } = await benchDatabase(0.1, 'tongxin_bench_import');
  const db = createDataSource({ url, poolSize: 4 });
  await db.initialize();
  const log = pino({ level: 'warn' });
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
  // A previous run's volunteers go, so that this run creates them all again.
  await db.query(`DELETE FROM volunteer WHERE birth_date = $1`, [BIRTH]);
  const [{ id: accountId }] = await db.query<Array<{ id: string }>>(
    `SELECT id::text FROM user_account WHERE username = 'hub.admin'`,
  );
  const viewer = (await loadViewer(db, accountId))!;
  const ctx = createContext(db, 'bench-import', log, auth, scopeTables, viewer);
  const places = await db.query<Array<{ d: string; s: string; c: string }>>(
    `SELECT d.name AS d, s.name AS s, c.name AS c FROM region c JOIN region s ON s.id = c.parent_id
       JOIN region d ON d.id = s.parent_id WHERE c.level = 'COMMUNITY'`,
  );

  let t = performance.now();
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('数据');
  sheet.addRow(['姓名', '身份证号', '手机号码', '人员类别', '技能特长', '区县', '街道/乡镇', '社区/村', '已投保']);
  for (let i = 0; i < ROWS; i++) {
    const place = places[i % places.length];
    const area = String(110101 + Math.floor(i / 999));
    sheet.addRow([
      SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7) % GIVEN.length] + GIVEN[(i * 13) % GIVEN.length],
      makeIdentityNumber(area, BIRTH, (i % 999) + 1),
      `139${String(i).padStart(8, '0')}`,
      CATEGORIES[i % CATEGORIES.length],
      i % 3 ? '陪伴、手语' : '',
      place.d,
      place.s,
      place.c,
      i % 4 ? '否' : '是',
    ]);
  }
  const file = Buffer.from(await wb.xlsx.writeBuffer());
  console.log(`workbook: ${ROWS} rows, ${(file.length / 1024 / 1024).toFixed(1)} MB, written in ${seconds(t)} s`);

  const service = new SpreadsheetImportService();
  const timedRun = async (label: string) => {
    t = performance.now();
    const upload = await service.upload(ctx, ImportKind.VOLUNTEER, 'bench.xlsx', file);
    const dryRun = seconds(t);
    if (upload.errorRowCount)
      throw new Error(`${upload.errorRowCount} rows with problems: ${JSON.stringify(upload.problems.slice(0, 3))}`);
    // The job as the runner would run it: created, then its handler, in this process.
    const job = await db.getRepository(BackgroundJob).save({
      kind: BackgroundJobKind.IMPORT,
      ownerAccountId: accountId,
      total: upload.rowCount,
      payload: { importId: upload.id },
    });
    t = performance.now();
    await runJob({ db, log, auth, scopeTables, resultTtlHours: 1 }, job.id, true);
    const imported = seconds(t);
    const done = await db.getRepository(BackgroundJob).findOneByOrFail({ id: job.id });
    console.log(
      `${label}: dry run ${dryRun} s (target < 10), import ${imported} s (target < 30), ${done.status} ${JSON.stringify(done.result)}`,
    );
  };
  await timedRun('first import ');
  await timedRun('same file    ');
  await db.destroy();
  await stop();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
