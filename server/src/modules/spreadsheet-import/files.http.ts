// The file side of imports and jobs, beside /graphql and authenticated with the same bearer token:
// a template to fill in, an upload (the raw .xlsx as the request body: no multipart parser, no
// base64 inflation in a GraphQL body), the upload with its errors column, a job's result file.
import express, { type Request, type Response, type Router } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { AuthRuntime } from '../../auth/runtime';
import type { ScopeTables } from '../../auth/scope';
import { createContext, type Context, type WorkSettings } from '../../context/context';
import { localeOf, translate } from '../../common/messages';
import { BackgroundJobService } from '../background-job/background-job.service';
import { Lookups } from './lookups';
import { XLSX_MIME } from './sheet';
import { ImportKind } from './spreadsheet-import.entity';
import { importProblems } from './spreadsheet-import.resolver';
import { HANDLERS, SpreadsheetImportService } from './spreadsheet-import.service';
import type { Viewer } from '../../auth/viewer';
import { jobsOf } from '../../jobs/job-runner';
import {
  auditExport,
  checkRequest,
  countRows,
  exportFileName,
  queueExport,
  refuseOverLimit,
  writeList,
  type ExportLimits,
} from '../list-export/list-export.service';

/** Uploads larger than this are refused before they are read (a 50,000-row roster is about 3 MB). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export interface FilesDeps {
  db: DataSource;
  auth: AuthRuntime;
  scopeTables: ScopeTables;
  authenticate: (req: Request) => Promise<{ viewer: Viewer | null; authError?: string }>;
  now?: () => Date;
  settings?: Partial<WorkSettings>;
  /** EXPORT_MAX_ROWS and EXPORT_DIRECT_ROWS. */
  exports?: ExportLimits;
}

export const DEFAULT_EXPORT_LIMITS: ExportLimits = { maxRows: 50_000, directRows: 2_000 };

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

/** A GraphQL-shaped error body, so the panel reads every answer the same way. */
function answerError(res: Response, ctx: Pick<Context, 'locale' | 'requestId'>, err: unknown) {
  if (!(err instanceof GraphQLError)) throw err;
  const ext = err.extensions as { code?: string; messageKey?: string; params?: Record<string, string | number> };
  const code = ext.code ?? 'BAD_USER_INPUT';
  const fields = (ext as { fields?: Array<{ key: string; params?: Record<string, string | number> }> }).fields?.map(
    (f) => ({ ...f, message: translate(f.key, ctx.locale, f.params) }),
  );
  res.status(STATUS[code] ?? 400).json({
    errors: [
      {
        message: ext.messageKey ? translate(ext.messageKey, ctx.locale, ext.params) : err.message,
        extensions: { ...ext, ...(fields ? { fields } : {}), code, requestId: ctx.requestId },
      },
    ],
  });
}

/** Content-Disposition for a file name with Chinese characters (RFC 6266 / 5987). */
const attachment = (name: string) =>
  `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export function filesRouter(deps: FilesDeps): Router {
  const router = express.Router();
  const imports = new SpreadsheetImportService();
  const jobs = new BackgroundJobService();

  /** Runs `work` for a logged-in viewer; anything else is UNAUTHENTICATED in GraphQL's shape. */
  const authed =
    (work: (ctx: Context, req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
      const requestId = req.id as string; // pino-http's genReqId (app.ts) makes it a string
      const locale = localeOf(typeof req.query.lang === 'string' ? req.query.lang : req.headers['accept-language']);
      const { viewer, authError } = await deps.authenticate(req);
      const ctx = createContext(deps.db, requestId, req.log, deps.auth, deps.scopeTables, viewer, {
        authError,
        ip: req.ip ?? 'unknown',
        locale,
        now: deps.now,
        settings: deps.settings,
        jobs: jobsOf(deps.db),
      });
      if (!viewer) {
        res.status(401).json({
          errors: [{ message: authError ?? 'Log in first.', extensions: { code: 'UNAUTHENTICATED', requestId } }],
        });
        return;
      }
      try {
        await work(ctx, req, res);
      } catch (err) {
        // A streamed file that fails half-way can only be cut off.
        if (res.headersSent) res.destroy(err instanceof Error ? err : undefined);
        else answerError(res, ctx, err);
      }
    };

  const kindOf = (req: Request) =>
    String(req.params.kind)
      .toUpperCase()
      .replace(/\.XLSX$/, '') as ImportKind;
  const sendFile = (res: Response, name: string, mime: string, file: Buffer) => {
    res.setHeader('content-type', mime);
    res.setHeader('content-disposition', attachment(name));
    res.setHeader('cache-control', 'no-store');
    res.end(file);
  };

  router.get(
    '/import-templates/:kind',
    authed(async (ctx, req, res) => {
      const kind = kindOf(req);
      const file = await imports.template(ctx, kind);
      sendFile(res, `${HANDLERS[kind].title}.xlsx`, XLSX_MIME, file);
    }),
  );

  router.post(
    '/imports/:kind',
    express.raw({ type: () => true, limit: MAX_UPLOAD_BYTES }),
    authed(async (ctx, req, res) => {
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const name = typeof req.query.name === 'string' ? req.query.name : '';
      const upload = await imports.upload(ctx, kindOf(req), name, body);
      const columns = HANDLERS[upload.kind].columns(await Lookups.load(ctx.db));
      res.status(201).json({
        id: upload.globalId,
        kind: upload.kind,
        fileName: upload.fileName,
        rowCount: upload.rowCount,
        errorRowCount: upload.errorRowCount,
        problemCount: upload.problems.length,
        problems: importProblems(upload, columns, ctx.locale, 200),
        errorFileUrl: `/files/imports/${upload.globalId}/errors`,
      });
    }),
  );

  router.get(
    '/imports/:id/errors',
    authed(async (ctx, req, res) => {
      const { name, file } = await imports.errorFile(ctx, String(req.params.id));
      sendFile(res, name, XLSX_MIME, file);
    }),
  );

  // A list of the panel with its filters (POST: the filter and the columns are JSON): a small one is
  // streamed back at once (200, the file), a large one becomes a background job (202, the job).
  const limits = deps.exports ?? DEFAULT_EXPORT_LIMITS;
  router.post(
    '/exports/:list',
    express.json({ limit: '200kb' }),
    authed(async (ctx, req, res) => {
      const key = String(req.params.list);
      const { list, request } = checkRequest(key, req.body);
      const total = await countRows(ctx, list, request.variables);
      refuseOverLimit(total, limits);
      if (total > limits.directRows) {
        const job = await queueExport(ctx, key, request, total, limits);
        res.status(202).json({ job: { id: job.globalId, status: job.status, done: job.done, total: job.total } });
        return;
      }
      await auditExport(ctx, key, request, total);
      res.setHeader('content-type', XLSX_MIME);
      res.setHeader('content-disposition', attachment(exportFileName(request, ctx)));
      res.setHeader('cache-control', 'no-store');
      res.status(200);
      await writeList(async () => ctx, list, request, res, limits.maxRows);
    }),
  );

  router.get(
    '/jobs/:id/result',
    authed(async (ctx, req, res) => {
      const result = await jobs.resultFile(ctx, String(req.params.id));
      if (!result) {
        res
          .status(410)
          .json({ errors: [{ message: 'The result file is no longer kept.', extensions: { code: 'GONE' } }] });
        return;
      }
      sendFile(res, result.name, result.mime, result.file);
    }),
  );
  return router;
}
