// Excel export of a panel list with its current filters. The rows come from the list's own GraphQL
// query run as the viewer (lists.ts), page by page, so what is exported is what the screen lists:
// the same scope, the same masking (personal values stay masked: an export never reveals), the
// same permission. Written with exceljs's streaming writer: straight to the browser for a small
// list, into a background job's result file for a large one; past EXPORT_MAX_ROWS it is refused.
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { execute, GraphQLError, type GraphQLSchema } from 'graphql';
import type { Context } from '../../context/context';
import { createContext } from '../../context/context';
import { loadViewer } from '../../auth/viewer';
import { fieldError, keyedError } from '../../common/errors';
import { cityDate } from '../../common/dates';
import type { Locale } from '../../common/messages';
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
  lockProgress,
  type JobEnv,
} from '../background-job/background-job.service';
import { XLSX_MIME } from '../spreadsheet-import/sheet';
import { buildHubSchemas } from '../../schema/build';
import { exportList, type CompiledList } from './lists';

/** Rows per page of the list query (the API's page cap). */
export const EXPORT_PAGE_ROWS = 100;
const MAX_COLUMNS = 60;

export type ExportFormat = 'date' | 'datetime' | 'yuan' | 'hours';

/** One column of the file: the header in the viewer's language, the node field, how to show its value. */
export interface ExportColumn {
  header: string;
  field: string;
  /** Value → label (enums, true/false), in the viewer's language, as the page shows them. */
  labels?: Record<string, string>;
  format?: ExportFormat;
}

export interface ExportRequest {
  variables: Record<string, unknown>;
  columns: ExportColumn[];
  /** The file's name without .xlsx (the page title). */
  title: string;
}

export interface ExportLimits {
  /** EXPORT_MAX_ROWS. */
  maxRows: number;
  /** EXPORT_DIRECT_ROWS. */
  directRows: number;
}

let schemaPromise: Promise<GraphQLSchema> | undefined;
/** The client schema, built once per process (at the first export, when every module has loaded). */
function schema(): Promise<GraphQLSchema> {
  schemaPromise ??= buildHubSchemas().then((s) => s.clientSchema);
  return schemaPromise;
}

const FORMATS = new Set<ExportFormat>(['date', 'datetime', 'yuan', 'hours']);
const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');

/** The list and the request, checked: known list, its own variables only, columns it selects. */
export function checkRequest(key: string, body: unknown): { list: CompiledList; request: ExportRequest } {
  const list = exportList(key);
  if (!list) throw fieldError('list', 'exportUnknownList');
  const b = (body ?? {}) as { variables?: unknown; columns?: unknown; title?: unknown };
  const given = (b.variables && typeof b.variables === 'object' ? b.variables : {}) as Record<string, unknown>;
  const variables = Object.fromEntries(list.variables.filter((v) => given[v] != null).map((v) => [v, given[v]]));
  const raw = Array.isArray(b.columns) ? (b.columns as unknown[]).slice(0, MAX_COLUMNS) : [];
  const columns: ExportColumn[] = raw.map((c) => {
    const col = (c ?? {}) as Record<string, unknown>;
    const field = text(col.field, 200);
    if (!list.paths.has(field)) throw fieldError('columns', 'exportColumnUnknown');
    const labels =
      col.labels && typeof col.labels === 'object'
        ? Object.fromEntries(
            Object.entries(col.labels as Record<string, unknown>)
              .slice(0, 300)
              .map(([k, v]) => [k.slice(0, 100), text(v, 200)]),
          )
        : undefined;
    const format = FORMATS.has(col.format as ExportFormat) ? (col.format as ExportFormat) : undefined;
    return { header: text(col.header, 100) || field, field, labels, format };
  });
  if (!columns.length) throw fieldError('columns', 'required');
  const title = (text(b.title, 80) || key).replace(/[\\/:*?"<>|]/g, '');
  return { list, request: { variables, columns, title } };
}

/** The first error of a list query, as the typed error the API would have answered. */
function asTyped(errors: readonly GraphQLError[]): Error {
  const e = errors[0];
  if (e.originalError instanceof GraphQLError) return e.originalError;
  if (e.extensions?.code) return e;
  if (!e.originalError) return new GraphQLError(e.message, { extensions: { code: 'BAD_USER_INPUT' } });
  return e.originalError;
}

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Array<Record<string, unknown>>;
}

async function page(
  ctx: Context,
  list: CompiledList,
  variables: Record<string, unknown>,
  first: number,
  after?: string,
) {
  const res = await execute({
    schema: await schema(),
    document: list.document,
    variableValues: { ...variables, first, after: after ?? null },
    contextValue: ctx,
  });
  if (res.errors?.length) throw asTyped(res.errors);
  return (res.data as { list: Page }).list;
}

/** How many rows the list has for this viewer and filter (and whether it may see the list at all). */
export async function countRows(ctx: Context, list: CompiledList, variables: Record<string, unknown>) {
  return (await page(ctx, list, variables, 1)).totalCount;
}

export function refuseOverLimit(count: number, limits: ExportLimits): void {
  if (count > limits.maxRows)
    throw keyedError('BAD_USER_INPUT', 'exportTooLarge', { count, max: limits.maxRows }, { field: 'filter' });
}

/** The values at a dotted path, through lists (a station's service types, an account's roles). */
function valuesAt(node: unknown, parts: string[]): unknown[] {
  if (node === null || node === undefined) return [];
  if (Array.isArray(node)) return node.flatMap((n) => valuesAt(n, parts));
  if (!parts.length) return [node];
  return valuesAt((node as Record<string, unknown>)[parts[0]], parts.slice(1));
}

const pad = (n: number) => String(n).padStart(2, '0');
/** An instant as the city's date and time (UTC+8), as the panel shows it. */
function cityDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const city = new Date(d.getTime() + 8 * 3_600_000);
  return `${cityDate(d)} ${pad(city.getUTCHours())}:${pad(city.getUTCMinutes())}`;
}

function cellValue(node: Record<string, unknown>, c: ExportColumn): string | number | null {
  const values = valuesAt(node, c.field.split('.')).filter((v) => v !== null && v !== undefined);
  if (!values.length) return null;
  const one = (v: unknown): string | number => {
    const label = c.labels?.[String(v)];
    if (label !== undefined) return label;
    if (c.format === 'yuan' && typeof v === 'number') return v / 100;
    if (c.format === 'hours' && typeof v === 'number') return Math.round((v / 60) * 100) / 100;
    if (c.format === 'datetime' && typeof v === 'string') return cityDateTime(v);
    if (c.format === 'date' && typeof v === 'string') return v.slice(0, 10);
    if (typeof v === 'number') return v;
    if (typeof v === 'string') return v;
    return JSON.stringify(v) ?? '';
  };
  if (values.length === 1) return one(values[0]);
  return [...new Set(values.map((v) => String(one(v))))].join('、');
}

/**
 * Writes the list into `stream` as one sheet, page by page; `onPage` runs after each page (progress,
 * a stop asked for) and may end the export by returning false. Returns the rows written.
 */
export async function writeList(
  ctxFor: () => Promise<Context>,
  list: CompiledList,
  request: ExportRequest,
  stream: Writable,
  limit: number,
  onPage: (rows: number) => Promise<boolean> = async () => true,
): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const sheet = wb.addWorksheet(request.title.slice(0, 31) || 'Sheet1', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = request.columns.map((c, i) => ({
    header: c.header,
    key: String(i),
    width: Math.min(40, Math.max(10, c.header.length * 2 + 4)),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let rows = 0;
  let after: string | undefined;
  for (;;) {
    // A fresh context per page: the loaders' cache does not grow with the list.
    const got = await page(await ctxFor(), list, request.variables, Math.min(EXPORT_PAGE_ROWS, limit - rows), after);
    for (const node of got.nodes) {
      if (rows >= limit) break;
      sheet.addRow(request.columns.map((c) => cellValue(node, c))).commit();
      rows++;
    }
    if (!got.pageInfo.hasNextPage || !got.pageInfo.endCursor || rows >= limit) break;
    after = got.pageInfo.endCursor;
    if (!(await onPage(rows))) break;
  }
  sheet.commit();
  await wb.commit();
  return rows;
}

export const exportFileName = (request: ExportRequest, ctx: Pick<Context, 'now'>) =>
  `${request.title}-${cityDate(ctx.now())}.xlsx`;

const audit = new AuditService();

/** One audit entry per export: who took which list, with which filter, how many rows, masked. */
export function auditExport(ctx: Context, key: string, request: ExportRequest, rows: number, jobId?: string) {
  return ctx.db.transaction((m) =>
    audit.write(ctx, m, {
      action: 'EXPORT_LIST',
      recordType: jobId ? 'BackgroundJob' : 'List',
      recordId: jobId ?? null,
      after: {
        list: key,
        variables: request.variables,
        rows,
        columns: request.columns.map((c) => c.field),
        masked: true,
      },
    }),
  );
}

/** A large export: the job that writes it, created with the viewer's request and limit. */
export function queueExport(ctx: Context, key: string, request: ExportRequest, total: number, limits: ExportLimits) {
  return ctx.db.transaction(async (m) => {
    const job = await createJob(ctx, m, BackgroundJobKind.EXPORT, total, {
      list: key,
      request: request,
      locale: ctx.locale,
      maxRows: limits.maxRows,
    });
    await audit.write(ctx, m, {
      action: 'EXPORT_LIST',
      recordType: 'BackgroundJob',
      recordId: job.id,
      after: {
        list: key,
        variables: request.variables,
        rows: total,
        columns: request.columns.map((c) => c.field),
        masked: true,
      },
    });
    return job;
  });
}

/**
 * The export job: the list again as its owner sees it now (roles may have changed since), written to
 * a temporary file and kept as the job's result for JOB_RESULT_TTL_H. A stop asked by the owner is
 * honoured between pages; a restart writes the file again from the start (nothing was kept yet).
 */
export async function runExportJob(env: JobEnv, job: BackgroundJob): Promise<void> {
  const payload = job.payload as { list: string; request: ExportRequest; locale: Locale; maxRows: number };
  const fail = (error: string) =>
    env.db.transaction((m) => finishJob(env, m, job.id, BackgroundJobStatus.FAILED, { error }));
  const list = exportList(payload.list);
  const viewer = await loadViewer(env.db, job.ownerAccountId);
  if (!list || !viewer) return fail('forbidden');
  let n = 0;
  const ctxFor = async () =>
    createContext(env.db, `job-${job.id}-${n++}`, env.log, env.auth, env.scopeTables, viewer, {
      now: env.now,
      locale: payload.locale,
    });
  const total = await countRows(await ctxFor(), list, payload.request.variables).catch(() => null);
  if (total === null) return fail('forbidden');
  const dir = await mkdtemp(path.join(tmpdir(), 'tongxin-export-'));
  const file = path.join(dir, 'export.xlsx');
  try {
    const out = createWriteStream(file);
    const closed = new Promise<void>((resolve, reject) => out.on('close', () => resolve()).on('error', reject));
    let cancelled = false;
    const rows = await writeList(ctxFor, list, payload.request, out, payload.maxRows, async (done) => {
      await exportHooks.afterPage?.(job.id, done);
      const now = await env.db.transaction(async (m) => {
        const at = await lockProgress(m, job.id);
        if (!at.cancel && !FINISHED.includes(at.status))
          await m.update(BackgroundJob, { id: job.id }, { done, total: Math.max(total, done) });
        return at;
      });
      cancelled = now.cancel || FINISHED.includes(now.status);
      return !cancelled;
    });
    await closed;
    if (cancelled) {
      await env.db.transaction(async (m) => {
        const at = await lockProgress(m, job.id);
        if (!FINISHED.includes(at.status)) await finishJob(env, m, job.id, BackgroundJobStatus.CANCELLED);
      });
      throw new JobCancelled();
    }
    const bytes = await readFile(file);
    await env.db.transaction(async (m) => {
      await m.update(BackgroundJob, { id: job.id }, { done: rows, total: rows });
      await finishJob(env, m, job.id, BackgroundJobStatus.SUCCEEDED, {
        result: { rows },
        resultFile: bytes,
        resultFileName: exportFileName(payload.request, { now: () => env.now?.() ?? new Date() }),
        resultMime: XLSX_MIME,
      });
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A seam for tests: runs after each page written by an export job, before its progress is recorded. */
export const exportHooks: { afterPage?: (jobId: string, done: number) => void | Promise<void> } = {};
