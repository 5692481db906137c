// HTTP: Express 5 with Apollo at /graphql, health probes and the built SPA at /.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { createContext, type Context } from './context/context';

export interface HubApp {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
}

export async function createApp(
  config: Pick<Config, 'NODE_ENV' | 'WEB_DIST'>,
  db: DataSource,
  schema: GraphQLSchema,
  log: Logger,
): Promise<HubApp> {
  const app = express();
  const httpServer = http.createServer(app);
  const production = config.NODE_ENV === 'production';

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
    formatError: (formatted, error) => {
      if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') log.error({ err: error }, 'unexpected error');
      return formatted;
    },
  });
  await apollo.start();

  app.disable('x-powered-by');
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
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(db, String(req.id), req.log),
    }),
  );

  const index = path.join(config.WEB_DIST, 'index.html');
  if (fs.existsSync(index)) {
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
