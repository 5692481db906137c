// The hub inside this process, for what needs its insides: the statement counter (statements per
// request) and a CPU profile of one request at a time. Never for throughput: a load generator in
// the same process competes with the hub for its one thread (`bench/run.ts` starts the compiled
// hub in a process of its own for that).
import 'reflect-metadata';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createApp } from '../src/app';
import { createAuthRuntime } from '../src/auth/runtime';
import { generateSigningKey } from '../src/auth/tokens';
import { createDataSource } from '../src/db/data-source';
import { StatementCounter } from '../src/db/statement-counter';
import { buildHubSchemas } from '../src/schema/build';
import { BENCH_PASSWORD } from './database';

export interface InProcessHub {
  url: string;
  counter: StatementCounter;
  stop: () => Promise<void>;
}

export async function startInProcessHub(databaseUrl: string): Promise<InProcessHub> {
  const counter = new StatementCounter();
  const ds = createDataSource({ url: databaseUrl, poolSize: 20, logger: counter });
  await ds.initialize();
  const { subgraphSchema } = await buildHubSchemas();
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
  const app = await createApp(
    {
      NODE_ENV: 'production',
      WEB_DIST: '/nonexistent',
      REQUEST_TIMEOUT_MS: 120_000,
      MAX_QUERY_DEPTH: 10,
      MAX_QUERY_ALIASES: 15,
      MAX_QUERY_COST: 500_000,
    },
    ds,
    subgraphSchema,
    pino({ level: 'silent' }),
    auth,
  );
  await new Promise<void>((r) => app.httpServer.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}/graphql`,
    counter,
    stop: async () => {
      await app.apollo.stop();
      app.httpServer.close();
      await ds.destroy();
    },
  };
}

/** A bearer header for a demo account of the bench's database. */
export async function benchLogin(
  graphqlUrl: string,
  username = 'hub.admin',
  headers: Record<string, string> = {},
): Promise<string> {
  const res = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({
      query: `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { accessToken } }`,
      variables: { u: username, p: BENCH_PASSWORD },
    }),
  });
  const body = (await res.json()) as { data?: { login: { accessToken: string } } };
  if (!body.data) throw new Error(`login as ${username} failed: ${JSON.stringify(body)}`);
  return `Bearer ${body.data.login.accessToken}`;
}
