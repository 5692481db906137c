// HTTP: Express 5 with Apollo at /graphql, health probes and the built SPA at /.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cookieParser from 'cookie-parser';
import express, { type Request } from 'express';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { ValidationError } from 'class-validator';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { createContext, type Context, type WorkSettings } from './context/context';
import { localeOf, translate, type MessageParams } from './common/messages';
import type { AuthRuntime } from './auth/runtime';
import { loadViewer, type Viewer } from './auth/viewer';
import { costLimitPlugin, limitRules } from './schema/limits';
import { scopeTables } from './modules';

export type AppConfig = Pick<
  Config,
  'NODE_ENV' | 'WEB_DIST' | 'REQUEST_TIMEOUT_MS' | 'MAX_QUERY_DEPTH' | 'MAX_QUERY_ALIASES' | 'MAX_QUERY_COST'
> & {
  /** The business clock (tests move it); the wall clock when absent. */
  now?: () => Date;
  settings?: WorkSettings;
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
}

const TYPED_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'TOO_MANY_ATTEMPTS',
  'QUERY_TOO_COMPLEX',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

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

/** The viewer behind a bearer token, or the reason the token was refused. */
async function authenticate(
  req: Request,
  db: DataSource,
  auth: AuthRuntime,
): Promise<{ viewer: Viewer | null; authError?: string }> {
  const header = req.headers.authorization;
  if (!header) return { viewer: null };
  const m = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(header);
  if (!m) return { viewer: null, authError: 'The Authorization header must be "Bearer <access token>".' };
  const verified = await auth.tokens.verifyAccess(m[1]);
  if ('error' in verified) return { viewer: null, authError: verified.error };
  const viewer = await loadViewer(db, verified.accountId);
  return viewer ? { viewer } : { viewer: null, authError: 'This account is disabled.' };
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

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    validationRules: limitRules({
      maxDepth: config.MAX_QUERY_DEPTH,
      maxAliases: config.MAX_QUERY_ALIASES,
      maxCost: config.MAX_QUERY_COST,
    }),
    // Inline traces (ftv1) are for Apollo's hosted router, and cache hints for a CDN we do not
    // have; both would wrap every field resolver of every response.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      costLimitPlugin(schema, config.MAX_QUERY_COST),
      errorEnvelope(),
    ],
    formatError: (formatted, error) => {
      const validation = formatted.extensions?.validationErrors as ValidationError[] | undefined;
      if (validation) return validationToFields(formatted, validation);
      const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'INTERNAL_SERVER_ERROR';
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
  app.set('trust proxy', 'loopback');
  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
    }),
  );

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await db.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch (err) {
      res.status(503).json({ status: 'unavailable', error: (err as Error).message });
    }
  });

  app.use(
    '/graphql',
    (req, res, next) => {
      // A request that runs too long is answered, with its id, rather than left hanging.
      const timer = setTimeout(() => {
        if (!res.headersSent) {
          res.status(503).json({
            errors: [
              { message: 'The request took too long.', extensions: { code: 'TIMEOUT', requestId: requestIdOf(req) } },
            ],
          });
        }
      }, config.REQUEST_TIMEOUT_MS);
      res.on('close', () => clearTimeout(timer));
      next();
    },
    cookieParser(),
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const { viewer, authError } = await authenticate(req, db, auth);
        return createContext(db, requestIdOf(req), req.log, auth, scopeTables, viewer, {
          authError,
          ip: req.ip ?? 'unknown',
          req,
          res,
          locale: localeOf(req.headers['accept-language']),
          now: config.now,
          settings: config.settings,
        });
      },
    }),
  );

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
    app.get(/^\/(?!graphql|healthz|readyz).*/, (_req, res) => {
      res.sendFile(index);
    });
  } else {
    log.warn({ webDist: config.WEB_DIST }, 'no SPA build found; / will answer 404');
  }
  return { httpServer, apollo };
}
