// Prometheus metrics (prom-client): what an operator watches — request rates and latencies by
// operation, errors by code, the database pool, cache hit rates. One registry per process.
import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';

export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'tongxin_' });

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

const httpRequests = new Counter({
  name: 'tongxin_http_requests_total',
  help: 'HTTP requests answered, by method, route and status.',
  labelNames: ['method', 'route', 'status'] as const,
  registers: [registry],
});
const httpDuration = new Histogram({
  name: 'tongxin_http_request_duration_seconds',
  help: 'HTTP request latency, by method and route.',
  labelNames: ['method', 'route'] as const,
  buckets: SECONDS,
  registers: [registry],
});
const operations = new Counter({
  name: 'tongxin_graphql_operations_total',
  help: 'GraphQL operations, by operation name and type.',
  labelNames: ['operation', 'type'] as const,
  registers: [registry],
});
const operationDuration = new Histogram({
  name: 'tongxin_graphql_operation_duration_seconds',
  help: 'GraphQL operation latency, by operation name and type.',
  labelNames: ['operation', 'type'] as const,
  buckets: SECONDS,
  registers: [registry],
});
const errors = new Counter({
  name: 'tongxin_graphql_errors_total',
  help: 'Errors answered to clients, by extensions.code.',
  labelNames: ['code'] as const,
  registers: [registry],
});
/** Dashboard (and other) caches: `cacheLookups.inc({ cache: 'dashboard', result: 'hit' })`. */
export const cacheLookups = new Counter({
  name: 'tongxin_cache_lookups_total',
  help: 'Cache lookups, by cache and result (hit or miss).',
  labelNames: ['cache', 'result'] as const,
  registers: [registry],
});

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}
const pools = new Set<DataSource>();
new Gauge({
  name: 'tongxin_db_pool_connections',
  help: 'Database pool connections: total open, idle, and requests waiting for one.',
  labelNames: ['state'] as const,
  registers: [registry],
  collect() {
    const sum = { total: 0, idle: 0, waiting: 0 };
    for (const db of pools) {
      const pool = db.isInitialized ? (db.driver as unknown as { master?: PgPool }).master : undefined;
      if (!pool) continue;
      sum.total += pool.totalCount;
      sum.idle += pool.idleCount;
      sum.waiting += pool.waitingCount;
    }
    for (const [state, n] of Object.entries(sum)) this.set({ state }, n);
  },
});

export function watchPool(db: DataSource): void {
  pools.add(db);
}

export function countError(code: string): void {
  errors.inc({ code });
}

// Operation names come from clients: past this many distinct names, new ones are counted as "other".
const MAX_OPERATION_NAMES = 200;
const seenNames = new Set<string>();
function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (!/^\w{1,64}$/.test(name)) return 'other';
  if (seenNames.has(name)) return name;
  if (seenNames.size >= MAX_OPERATION_NAMES) return 'other';
  seenNames.add(name);
  return name;
}

const ROUTES = ['/graphql', '/healthz', '/readyz', '/metrics'];

export const httpMetrics: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
  const end = httpDuration.startTimer();
  res.on('finish', () => {
    const route = ROUTES.find((r) => req.originalUrl === r || req.originalUrl.startsWith(`${r}?`)) ?? 'other';
    httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
    end({ method: req.method, route });
  });
  next();
};

export function operationMetricsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const end = operationDuration.startTimer();
      return {
        async willSendResponse({ operationName, operation, response }) {
          const labels = { operation: operationLabel(operationName), type: operation?.operation ?? 'unresolved' };
          operations.inc(labels);
          end(labels);
          if (response.body.kind !== 'single') return;
          for (const e of response.body.singleResult.errors ?? []) {
            const code = e.extensions?.code;
            countError(typeof code === 'string' ? code : 'UNKNOWN');
          }
        },
      };
    },
  };
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer /, '') ?? '');
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}

/** GET /metrics; with a token, only for `Authorization: Bearer <token>`. */
export function metricsHandler(token?: string): RequestHandler {
  return async (req, res) => {
    if (token && !tokenMatches(req.headers.authorization, token)) {
      res.status(401).json({ error: 'metrics need the METRICS_TOKEN bearer token' });
      return;
    }
    res.setHeader('content-type', registry.contentType);
    res.send(await registry.metrics());
  };
}

/** A listener of its own for /metrics (METRICS_PORT), kept off the public port. */
export function startMetricsServer(port: number, host: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' || req.url !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    void registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text),
      () => res.writeHead(500).end(),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
