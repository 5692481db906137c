// HTTP: Express 5 with Apollo at /graphql, health probes and the built SPA at /.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { compiledExecutor } from './schema/compiled-executor';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cookieParser from 'cookie-parser';
import express, { type Request } from 'express';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { ValidationError } from 'class-validator';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { createContext, type Context, type WorkSettings } from './context/context';
import { localeOf, translate, type MessageParams } from './common/messages';
import type { AuthRuntime } from './auth/runtime';
import { authenticate } from './auth/authenticate';
import { costLimitPlugin, limitRules } from './schema/limits';
import {
  classifyFault,
  contextFault,
  faultBody,
  faultStatusPlugin,
  FAULT_MESSAGES,
  RETRY_AFTER_S,
} from './common/faults';
import { RequestGuard, type CancelReason } from './context/request-guard';
import { countError, httpMetrics, metricsHandler, operationMetricsPlugin, watchPool } from './common/metrics';
import { serviceGatePlugin } from './schema/service-gate';
import { trustedDocuments, type TrustedDocuments } from './schema/trusted-documents';
import { scopeTables } from './modules';
import { createBus } from './live/bus';
import { attachLive, detachLive, inboxTopic } from './live/changes';
import { onNotificationCreated } from './modules/notification/notify';
import { attachLiveEndpoint } from './live/ws';
import { DEFAULT_EXPORT_LIMITS, filesRouter } from './modules/spreadsheet-import/files.http';
import { certificateRouter } from './modules/certificate/certificate.http';
import { jobsOf } from './jobs';

export type AppConfig = Pick<
  Config,
  'NODE_ENV' | 'WEB_DIST' | 'REQUEST_TIMEOUT_MS' | 'MAX_QUERY_DEPTH' | 'MAX_QUERY_ALIASES' | 'MAX_QUERY_COST'
> &
  Partial<
    Pick<
      Config,
      | 'TRUST_PROXY'
      | 'SHUTDOWN_GRACE_MS'
      | 'METRICS_TOKEN'
      | 'METRICS_PORT'
      | 'REDIS_URL'
      | 'REDIS_CHANNEL_PREFIX'
      | 'LIVE_DASHBOARD_THROTTLE_MS'
      | 'EXPORT_MAX_ROWS'
      | 'EXPORT_DIRECT_ROWS'
      | 'PUBLIC_URL'
    >
  > & {
    /** The business clock (tests move it); the wall clock when absent. */
    now?: () => Date;
    settings?: Partial<WorkSettings>;
    /** The panel's manifest and the API clients; without it any operation text runs (tests). */
    trustedDocuments?: TrustedDocuments;
  };

/** class-validator failures (from input classes) in the same shape as our own field errors. */
function validationToFields(formatted: GraphQLFormattedError, errors: ValidationError[]): GraphQLFormattedError {
  const flat = (
    list: ValidationError[],
    prefix: string,
  ): Array<{ field: string; key: string; params: object; message: string }> =>
    list.flatMap((v) => {
      const field = prefix ? `${prefix}.${v.property}` : v.property;
      const own = v.constraints
        ? [{ field, key: 'invalid', params: {}, message: Object.values(v.constraints).join('; ') }]
        : [];
      return [...own, ...flat(v.children ?? [], field)];
    });
  const fields = flat(errors, '');
  const { validationErrors: _omit, ...rest } = formatted.extensions ?? {};
  return {
    ...formatted,
    message: fields.map((f) => `${f.field}: ${f.message}`).join(' · ') || formatted.message,
    extensions: { ...rest, code: 'BAD_USER_INPUT', field: fields[0]?.field, fields },
  };
}

export interface HubApp {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /**
   * Stops taking requests and waits up to `graceMs` for those running; the rest are cancelled
   * (transactions rolled back, answered SERVICE_UNAVAILABLE). Returns how many were cancelled.
   */
  drain: (graceMs: number) => Promise<{ cancelled: number }>;
}

const TYPED_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'INVALID_STATE',
  'TOO_MANY_ATTEMPTS',
  'QUERY_TOO_COMPLEX',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'SERVICE_UNAVAILABLE',
  'TIMEOUT',
]);

/** Express's `trust proxy` from TRUST_PROXY: none (default), a hop count, or named addresses/CIDRs. */
export function trustProxySetting(value: string | undefined): boolean | number | string {
  const v = (value ?? 'none').trim();
  if (v === '' || v === 'none' || v === 'false') return false;
  return /^\d+$/.test(v) ? Number(v) : v;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every error names the request id, so a user's report can be found in the logs. */
/** Every error names its request; keyed messages are written in the request's language. */
/** The request id pino-http assigned: always a string here (genReqId below), though its type allows any object. */
const requestIdOf = (req: Request): string => req.id as string;

function errorEnvelope(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const locale = contextValue.locale ?? 'zh-CN';
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) => {
            const ext = e.extensions ?? {};
            const params = (ext.params ?? {}) as MessageParams;
            const fields = Array.isArray(ext.fields)
              ? (ext.fields as Array<{ key: string; params?: MessageParams; message: string }>).map((f) =>
                  f.key === 'invalid' && f.message ? f : { ...f, message: translate(f.key, locale, f.params) },
                )
              : undefined;
            return {
              ...e,
              message: typeof ext.messageKey === 'string' ? translate(ext.messageKey, locale, params) : e.message,
              extensions: { ...ext, ...(fields ? { fields } : {}), requestId: contextValue.requestId },
            };
          });
        },
      };
    },
  };
}

export async function createApp(
  config: AppConfig,
  db: DataSource,
  schema: GraphQLSchema,
  log: Logger,
  auth: AuthRuntime,
): Promise<HubApp> {
  const app = express();
  const httpServer = http.createServer(app);
  const production = config.NODE_ENV === 'production';

  // Live updates: the bus (memory, or Redis with REDIS_URL), commits publishing on it, and the
  // WebSocket endpoint on this server's /graphql. Closed when Apollo drains.
  const bus = createBus(config, log);
  attachLive(db, bus);
  // A notification committed anywhere in this process tells its recipient's subscribers (inboxChanged).
  const offInbox = onNotificationCreated((n) => {
    if (n.accountId) void bus.publish(inboxTopic(n.accountId), { accountId: n.accountId });
  });
  const validationRules = limitRules({
    maxDepth: config.MAX_QUERY_DEPTH,
    maxAliases: config.MAX_QUERY_ALIASES,
    maxCost: config.MAX_QUERY_COST,
  });
  const liveEndpoint = attachLiveEndpoint({
    httpServer,
    schema,
    db,
    auth,
    log,
    live: { bus, dashboardThrottleMs: config.LIVE_DASHBOARD_THROTTLE_MS ?? 3_000 },
    validationRules,
    trusted: config.trustedDocuments,
    now: config.now,
    settings: config.settings,
  });
  let liveClosed: Promise<void> | undefined;
  const closeLive = () =>
    (liveClosed ??= (async () => {
      await liveEndpoint.close();
      detachLive(db, bus);
      offInbox();
      await bus.close();
    })());

  const apollo = new ApolloServer<Context>({
    // The schema, executed through compiled queries (schema/compiled-executor.ts).
    gateway: compiledExecutor(schema),
    // main.ts owns the signals and stops Apollo in its order; Apollo's own handler racing it leaves
    // our stop() waiting on a barrier Apollo never resolves after a clean stop.
    stopOnTerminationSignals: false,
    introspection: !production,
    // No "Did you mean ...?" in production: a stranger learns nothing of the schema from typos.
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: !production,
    validationRules,
    // Inline traces (ftv1) are for Apollo's hosted router, and cache hints for a CDN we do not
    // have; both would wrap every field resolver of every response.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.SHUTDOWN_GRACE_MS ?? 10_000 }),
      { serverWillStart: async () => ({ drainServer: closeLive }) },
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      serviceGatePlugin(production, config.trustedDocuments?.apiKeys),
      costLimitPlugin(schema, config.MAX_QUERY_COST, production),
      errorEnvelope(),
      faultStatusPlugin(),
      operationMetricsPlugin(),
    ],
    formatError: (formatted, error) => {
      const validation = formatted.extensions?.validationErrors as ValidationError[] | undefined;
      if (validation) return validationToFields(formatted, validation);
      const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'INTERNAL_SERVER_ERROR';
      const fault = classifyFault(error) ?? (code === 'SERVICE_UNAVAILABLE' || code === 'TIMEOUT' ? code : null);
      if (fault) {
        // The database's own text (host, port, statement) and any stack never reach the client.
        log.warn({ err: error, path: formatted.path }, 'database fault');
        const requestId = formatted.extensions?.requestId;
        return {
          message: FAULT_MESSAGES[fault],
          path: formatted.path,
          extensions: { code: fault, retryable: true, ...(requestId ? { requestId } : {}) },
        };
      }
      if (TYPED_CODES.has(code)) return formatted;
      log.error({ err: error, path: formatted.path }, 'unexpected error');
      // Nothing about an unexpected failure reaches the client in production but where to look it up.
      return production
        ? { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } }
        : { ...formatted, extensions: { ...formatted.extensions, code: 'INTERNAL_SERVER_ERROR' } };
    },
  });
  await apollo.start();

  app.disable('x-powered-by');
  // No ETag from Express: it hashed every GraphQL answer (SHA-1 of its bytes) for a validator no
  // client uses on a POST. Files from express.static keep theirs; those sent with res.sendFile (the
  // SPA's index, precompressed assets) are revalidated by Last-Modified.
  app.set('etag', false);
  app.set('trust proxy', trustProxySetting(config.TRUST_PROXY));
  app.use(httpMetrics);
  watchPool(db);
  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' || req.url === '/metrics' },
      // Each request's logger carries its id only (reqId): binding the whole request to it serialized and
      // redacted the request for every request, logged or not (3% of the CPU of a list page). The request
      // itself is written on the completion line, which names the same id.
      quietReqLogger: true,
      quietResLogger: true,
      customSuccessObject: (req, _res, val: object) => ({ req, ...val }),
      customErrorObject: (req, _res, _err, val: object) => ({ req, ...val }),
    }),
  );

  // The public keys partners verify access tokens with (docs/viewer-token.md); kept briefly in caches.
  app.get('/.well-known/jwks.json', (_req, res) => {
    res.set('cache-control', 'public, max-age=300').json(auth.tokens.jwks);
  });
  let draining = false;
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // Within a second, whatever the database does; the reason stays in the log, not in the answer.
  app.get('/readyz', async (req, res) => {
    if (draining) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    const probe = db.query('SELECT 1').then(
      () => true,
      (err: unknown) => {
        req.log.warn({ err }, 'readiness probe failed');
        return false;
      },
    );
    const ready = await Promise.race([probe, sleep(900).then(() => false)]);
    if (ready) res.json({ status: 'ready' });
    else res.status(503).json({ status: 'unavailable' });
  });

  // /metrics: on its own port when METRICS_PORT is set (main starts it), else behind METRICS_TOKEN;
  // in production never open on the public port.
  if (!config.METRICS_PORT && (config.METRICS_TOKEN || !production)) {
    app.get('/metrics', metricsHandler(config.METRICS_TOKEN));
  }

  // Requests in flight, each with the way to cancel it; a request leaves once its transactions are done.
  const running = new Map<RequestGuard, (reason: CancelReason) => boolean>();
  /** Answers a cancelled request with its fault, then seals the response against the late result. */
  const cancelRequest = (req: Request, res: express.Response, guard: RequestGuard, reason: CancelReason) => {
    if (res.headersSent || !guard.cancel(reason)) return false;
    const code = reason === 'TIMEOUT' ? 'TIMEOUT' : 'SERVICE_UNAVAILABLE';
    countError(code);
    res.status(503).setHeader('retry-after', String(RETRY_AFTER_S));
    res.json(faultBody(code, requestIdOf(req)));
    // The work still winding down will try to answer: its writes go nowhere instead of throwing
    // ERR_HTTP_HEADERS_SENT and closing the keep-alive socket under the client's next request.
    const sealed = () => res;
    Object.assign(res, {
      setHeader: sealed,
      writeHead: sealed,
      status: sealed,
      send: sealed,
      json: sealed,
      end: sealed,
    });
    return true;
  };

  // Templates, uploads and downloads of imports and jobs (modules/spreadsheet-import/files.http.ts);
  // this router and the certificates' are mounted under /files, so no other request walks their routes.
  app.use(
    '/files',
    filesRouter({
      db,
      auth,
      scopeTables,
      authenticate: (req) => authenticate(req.headers.authorization, db, auth),
      now: config.now,
      settings: config.settings,
      exports: {
        maxRows: config.EXPORT_MAX_ROWS ?? DEFAULT_EXPORT_LIMITS.maxRows,
        directRows: config.EXPORT_DIRECT_ROWS ?? DEFAULT_EXPORT_LIMITS.directRows,
      },
    }),
  );
  // Certificate PDFs (modules/certificate/certificate.http.ts).
  app.use(
    '/files',
    certificateRouter({
      db,
      auth,
      scopeTables,
      authenticate: (req) => authenticate(req.headers.authorization, db, auth),
      now: config.now,
      publicUrl: config.PUBLIC_URL,
    }),
  );
  app.use(
    '/graphql',
    (req, res, next) => {
      const guard = new RequestGuard(db);
      running.set(guard, (reason) => cancelRequest(req, res, guard, reason));
      res.locals.guard = guard;
      // A request that runs too long is cancelled and answered, with its id, rather than left hanging.
      const timer = setTimeout(() => cancelRequest(req, res, guard, 'TIMEOUT'), config.REQUEST_TIMEOUT_MS);
      res.on('close', () => {
        clearTimeout(timer);
        // A client that went away takes its unfinished work with it.
        if (!res.writableFinished) guard.cancel('CLIENT_GONE');
        void guard.idle().then(() => running.delete(guard));
      });
      next();
    },
    cookieParser(),
    express.json({ limit: '100kb' }),
    config.trustedDocuments ? trustedDocuments(config.trustedDocuments) : (_req, _res, next) => next(),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const guard = res.locals.guard as RequestGuard;
        const requestId = requestIdOf(req);
        try {
          const gdb = guard.dataSource();
          const { viewer, authError } = await authenticate(req.headers.authorization, gdb, auth);
          return createContext(gdb, requestId, req.log, auth, scopeTables, viewer, {
            authError,
            ip: req.ip ?? 'unknown',
            req,
            res,
            locale: localeOf(req.headers['accept-language']),
            now: config.now,
            settings: config.settings,
            jobs: jobsOf(db),
          });
        } catch (err) {
          const fault = classifyFault(err);
          req.log.error({ err }, 'context creation failed');
          countError(fault ?? 'INTERNAL_SERVER_ERROR');
          if (fault) throw contextFault(fault, requestId);
          throw new GraphQLError('Internal server error', {
            extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
          });
        }
      },
    }),
  );

  // Anything that failed before GraphQL (a body over the limit, JSON that does not parse) is answered
  // in GraphQL's shape: JSON, a code and the request id, never Express's HTML page with a stack.
  app.use((err: unknown, req: Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(err);
    const e = err as { status?: number; statusCode?: number; type?: string };
    const status = e.status ?? e.statusCode ?? 500;
    const code =
      e.type === 'entity.too.large'
        ? 'PAYLOAD_TOO_LARGE'
        : status >= 400 && status < 500
          ? 'BAD_REQUEST'
          : 'INTERNAL_SERVER_ERROR';
    const message =
      code === 'PAYLOAD_TOO_LARGE'
        ? 'The request body is over the 100 kB limit.'
        : code === 'BAD_REQUEST'
          ? 'The request body is not valid JSON.'
          : 'Internal server error';
    if (code === 'INTERNAL_SERVER_ERROR') req.log.error({ err }, 'request failed outside GraphQL');
    countError(code);
    res.status(status >= 400 && status < 600 ? status : 500).json({
      errors: [{ message, extensions: { code, requestId: requestIdOf(req) } }],
    });
  });

  const drain = async (graceMs: number) => {
    draining = true;
    await closeLive();
    const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
    httpServer.closeIdleConnections();
    const deadline = Date.now() + graceMs;
    while (running.size && Date.now() < deadline) await sleep(25);
    let cancelled = 0;
    for (const cancel of running.values()) if (cancel('SHUTDOWN')) cancelled++;
    // The cancelled work rolls back before the pool is closed; bounded, in case the database is gone.
    await Promise.race([Promise.all([...running.keys()].map((g) => g.idle())), sleep(5_000)]);
    httpServer.closeAllConnections();
    await Promise.race([closed, sleep(1_000)]);
    return { cancelled };
  };
  const index = path.join(config.WEB_DIST, 'index.html');
  if (fs.existsSync(index)) {
    // Vite's hashed files never change under their name: cached for a year, immutable. The build writes a brotli
    // and a gzip copy beside each, sent as they are to a client that accepts them (no compression per request).
    const assets = path.join(config.WEB_DIST, 'assets');
    const hashed = { maxAge: '1y', immutable: true, index: false } as const;
    app.use('/assets', (req, res, next) => {
      const encoding = req.acceptsEncodings('br', 'gzip');
      const suffix = encoding === 'br' ? '.br' : encoding === 'gzip' ? '.gz' : null;
      const file = path.join(assets, path.normalize(req.path));
      if (!suffix || !file.startsWith(assets + path.sep) || !fs.existsSync(file + suffix)) return next();
      res.vary('Accept-Encoding');
      res.type(path.extname(file));
      res.setHeader('Content-Encoding', encoding as string);
      res.sendFile(file + suffix, hashed, (err) => err && next(err));
    });
    app.use('/assets', express.static(assets, hashed));
    app.use(express.static(config.WEB_DIST, { index: false, maxAge: '1h' }));
    // History-mode routes of the SPA fall back to index.html.
    app.get(/^\/(?!graphql|healthz|readyz|metrics|files\/).*/, (_req, res) => {
      res.sendFile(index);
    });
  } else {
    log.warn({ webDist: config.WEB_DIST }, 'no SPA build found; / will answer 404');
  }
  return { httpServer, apollo, drain };
}
