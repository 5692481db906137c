// Spreadsheet imports: the template of each kind, the dry run of an upload (every row checked as the
// API would, every problem kept), confirmation (a background job) and the job itself, which writes
// the rows in batches by natural key so that a second run of the same file changes nothing.
import { createHash } from 'node:crypto';
import type { Context } from '../../context/context';
import { fieldError, forbidden, notFound } from '../../common/errors';
import { dbId } from '../../common/node';
import { AuditService } from '../audit/audit.service';
import {
  BackgroundJob,
  BackgroundJobKind,
  BackgroundJobStatus,
  FINISHED,
} from '../background-job/background-job.entity';
import {
  createJob,
  finishJob,
  JobCancelled,
  jobContext,
  lockProgress,
  recordProgress,
  type JobEnv,
} from '../background-job/background-job.service';
import type { BatchCounts, ImportHandler } from './import-handler';
import { Lookups } from './lookups';
import { buildErrorFile, buildTemplate, readRows } from './sheet';
import { ImportKind, SpreadsheetImport, type CellProblem } from './spreadsheet-import.entity';
import { volunteerImport } from './volunteer-sheet';
import { beneficiaryImport } from './beneficiary-sheet';
import { organisationImport, stationImport, teamImport } from './registry-sheet';

export const HANDLERS: Record<ImportKind, ImportHandler<{ row: number }>> = {
  [ImportKind.VOLUNTEER]: volunteerImport,
  [ImportKind.BENEFICIARY]: beneficiaryImport,
  [ImportKind.ORGANISATION]: organisationImport,
  [ImportKind.TEAM]: teamImport,
  [ImportKind.STATION]: stationImport,
};

/** Rows per upload, and per transaction of the import job. */
export const MAX_IMPORT_ROWS = 50_000;
export const IMPORT_BATCH_ROWS = 1_000;

const EMPTY_COUNTS: BatchCounts = { created: 0, updated: 0, unchanged: 0, refused: 0 };

function handlerFor(ctx: Context, kind: ImportKind) {
  const handler = HANDLERS[kind];
  if (!handler) throw fieldError('kind', 'invalid');
  if (!ctx.viewer?.has(handler.permission)) throw forbidden();
  return handler;
}

/** Reads and checks a file: its rows, the outcome of each, and every problem in sheet order. */
async function dryRun(ctx: Context, handler: ImportHandler<{ row: number }>, file: Buffer) {
  const lookups = await Lookups.load(ctx.db);
  const columns = handler.columns(lookups);
  let read;
  try {
    read = await readRows(file, columns);
  } catch {
    throw fieldError('file', 'fileUnreadable');
  }
  if (read.rows.length > MAX_IMPORT_ROWS) throw fieldError('file', 'tooManyRows', { max: MAX_IMPORT_ROWS });
  const header: CellProblem[] = read.missing.map((c) => ({ row: 1, column: c.key, key: 'columnMissing' }));
  const outcomes = header.length ? [] : await handler.check(ctx, read.rows, lookups);
  return { rows: read.rows, outcomes, problems: [...header, ...outcomes.flatMap((o) => o.problems)] };
}

export class SpreadsheetImportService {
  private readonly audit = new AuditService();

  async template(ctx: Context, kind: ImportKind): Promise<Buffer> {
    const handler = handlerFor(ctx, kind);
    const lookups = await Lookups.load(ctx.db);
    return buildTemplate(handler.title, handler.columns(lookups), handler.instructions);
  }

  /** The dry run: checks every row and keeps the file with what was found; writes no records. */
  async upload(ctx: Context, kind: ImportKind, fileName: string, file: Buffer): Promise<SpreadsheetImport> {
    const handler = handlerFor(ctx, kind);
    const { rows, problems } = await dryRun(ctx, handler, file);
    const errorRows = new Set(problems.map((p) => p.row));
    const repo = ctx.db.getRepository(SpreadsheetImport);
    const saved = await repo.save(
      repo.create({
        kind,
        ownerAccountId: ctx.viewer!.accountId,
        fileName: fileName.slice(0, 200) || `${kind.toLowerCase()}.xlsx`,
        file,
        fileHash: createHash('sha256').update(file).digest('hex'),
        rowCount: rows.length,
        errorRowCount: errorRows.size,
        problems,
      }),
    );
    delete (saved as Partial<SpreadsheetImport>).file; // the caller has it; never hand it on
    return saved;
  }

  /** The viewer's own upload; anyone else's does not exist for it. */
  async get(ctx: Context, id: string): Promise<SpreadsheetImport> {
    const importId = dbId(id, 'SpreadsheetImport', 'id');
    const row = await ctx.db.getRepository(SpreadsheetImport).findOneBy({ id: importId });
    if (!row || row.ownerAccountId !== ctx.viewer?.accountId) throw notFound('SpreadsheetImport');
    return row;
  }

  /** The upload as sent, with an errors column in the viewer's language. */
  async errorFile(ctx: Context, id: string): Promise<{ name: string; file: Buffer }> {
    const upload = await this.get(ctx, id);
    const { file } = await ctx.db
      .getRepository(SpreadsheetImport)
      .createQueryBuilder('i')
      .addSelect('i.file')
      .where('i.id = :id', { id: upload.id })
      .getOneOrFail();
    const lookups = await Lookups.load(ctx.db);
    const columns = HANDLERS[upload.kind].columns(lookups);
    const name = upload.fileName.replace(/\.xlsx$/i, '') + (ctx.locale === 'en' ? '-errors.xlsx' : '-错误.xlsx');
    return { name, file: await buildErrorFile(file, columns, upload.problems, ctx.locale) };
  }

  /** Queues the import of a clean upload; confirming it again returns the same job. */
  async confirm(ctx: Context, id: string): Promise<BackgroundJob> {
    const upload = await this.get(ctx, id);
    handlerFor(ctx, upload.kind);
    return ctx.db.transaction(async (m) => {
      const locked = await m.findOneOrFail(SpreadsheetImport, {
        where: { id: upload.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (locked.jobId) return m.findOneByOrFail(BackgroundJob, { id: locked.jobId });
      if (locked.errorRowCount > 0) throw fieldError('id', 'importNotValid');
      const job = await createJob(ctx, m, BackgroundJobKind.IMPORT, locked.rowCount, { importId: locked.id });
      await m.update(SpreadsheetImport, { id: locked.id }, { jobId: job.id });
      await this.audit.write(ctx, m, {
        action: 'CONFIRM_IMPORT',
        recordType: 'SpreadsheetImport',
        recordId: locked.id,
        after: { kind: locked.kind, fileName: locked.fileName, rows: locked.rowCount, jobId: job.id },
      });
      return job;
    });
  }
}

/**
 * The import job. The file is checked again (the database may have moved since the dry run), then
 * written in batches; each batch commits with the job's progress, so a restart goes on from the
 * last committed batch and a crash inside one rolls it back whole. A stop asked by the owner is
 * honoured between batches. The closing audit entry carries the counts.
 */
export async function runImportJob(env: JobEnv, job: BackgroundJob): Promise<void> {
  const importId = String(job.payload.importId);
  const fail = (error: string) =>
    env.db.transaction((m) => finishJob(env, m, job.id, BackgroundJobStatus.FAILED, { error }));
  const ctx = await jobContext(env, job);
  if (!ctx) return fail('forbidden');
  const upload = await env.db
    .getRepository(SpreadsheetImport)
    .createQueryBuilder('i')
    .addSelect('i.file')
    .where('i.id = :id', { id: importId })
    .getOneOrFail();
  const handler = HANDLERS[upload.kind];
  if (!ctx.viewer?.has(handler.permission)) return fail('forbidden');
  const { outcomes, problems } = await dryRun(ctx, handler, upload.file);
  if (problems.length) return fail('importNotValid');
  const rows = outcomes.map((o) => o.value!);
  const audit = new AuditService();

  for (;;) {
    // One transaction per batch, holding the job's row: its progress moves with the rows it counts,
    // and a second runner of the same job (a redelivery) waits, then goes on from there or stops.
    const step = await env.db.transaction(async (m) => {
      const now = await lockProgress(m, job.id);
      if (FINISHED.includes(now.status)) return 'gone';
      const counts: BatchCounts = { ...EMPTY_COUNTS, ...(now.result as Partial<BatchCounts> | null) };
      if (now.cancel || now.done >= rows.length) {
        const status = now.cancel ? BackgroundJobStatus.CANCELLED : BackgroundJobStatus.SUCCEEDED;
        await audit.write(ctx, m, {
          action: `IMPORT_${upload.kind}`,
          recordType: 'SpreadsheetImport',
          recordId: upload.id,
          after: { fileName: upload.fileName, rows: rows.length, done: now.done, status, ...counts },
        });
        await finishJob(env, m, job.id, status, { result: { ...counts } });
        return status;
      }
      const batch = rows.slice(now.done, now.done + IMPORT_BATCH_ROWS);
      const got = await handler.apply(ctx, m, batch);
      const next: BatchCounts = {
        created: counts.created + got.created,
        updated: counts.updated + got.updated,
        unchanged: counts.unchanged + got.unchanged,
        refused: counts.refused + got.refused,
      };
      await recordProgress(m, job.id, now.done + batch.length, { ...next });
      return now.done + batch.length;
    });
    if (step === BackgroundJobStatus.CANCELLED) throw new JobCancelled();
    if (typeof step === 'string') return;
    await importHooks.afterBatch?.(job.id, step);
  }
}

/** A seam for tests: runs after each committed batch (a throw there is a crash between batches). */
export const importHooks: { afterBatch?: (jobId: string, done: number) => void | Promise<void> } = {};
