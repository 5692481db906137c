// `npm run bench:nested -w server -- <scale> <runs>`: the nested campaign graph one request at a time,
// for profiling (`node --cpu-prof ...`) without the noise of concurrent load.
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
import { BENCH_PASSWORD, benchDatabase } from './database';
import { NESTED } from './operations';

async function main() {
  const scale = Number(process.argv[2] ?? '1');
  const runs = Number(process.argv[3] ?? '20');
  const parallel = Number(process.argv[4] ?? '1');
  const db = await benchDatabase(scale);
  const counter = new StatementCounter();
  const ds = createDataSource({ url: db.url, poolSize: 20, logger: counter });
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
  const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}/graphql`;
  const login = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation { login(input: { username: "hub.admin", password: "${BENCH_PASSWORD}" }) { accessToken } }`,
    }),
  }).then((r) => r.json() as Promise<{ data: { login: { accessToken: string } } }>);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${login.data.login.accessToken}` };
  const times: number[] = [];
  let bytes = 0;
  let statements = 0;
  for (let i = 0; i < runs; i++) {
    counter.reset();
    const t0 = performance.now();
    const bodies = await Promise.all(
      Array.from({ length: parallel }, () =>
        fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: NESTED }) }).then((r) => r.text()),
      ),
    );
    times.push(performance.now() - t0);
    bytes = bodies[0].length;
    statements = counter.count / parallel;
  }
  times.sort((a, b) => a - b);
  console.log(
    `scale ${scale}: median ${times[Math.floor(times.length / 2)].toFixed(0)} ms, min ${times[0].toFixed(0)} ms, ${bytes} bytes, ${statements} statements per request, ${parallel} at a time`,
  );
  await app.apollo.stop();
  app.httpServer.close();
  await ds.destroy();
  await db.stop();
}
main().catch((err) => {
  console.error(err);
  process.exit(1);
});
