// Request logging (app.ts, pino-http): every line a request writes carries its id; the completion line
// also names the request (method, url, headers) with its credentials redacted.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger';
import type { TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startTestServer, type TestServer } from './helpers/server';

let t: TestDatabase;
let server: TestServer;
const lines: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  t = await createSeededDatabase('requestlog');
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n'))
        if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  server = await startTestServer(t.db, {}, createLogger('info', sink));
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

const completionOf = async (requestId: string) => {
  for (let i = 0; i < 50; i++) {
    const line = lines.find((l) => l.reqId === requestId && l.msg === 'request completed');
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no completion line for ${requestId}: ${JSON.stringify(lines.slice(-3))}`);
};

describe('request log', () => {
  it('writes the completion line with the request id, method, url and status, credentials redacted', async () => {
    const hub = await server.as('hub.admin');
    const res = await hub.raw('{ volunteers(first: 1) { totalCount } }', undefined, {
      'x-request-id': 'log-test-1',
      cookie: 'tongxin_refresh=secret-cookie',
    });
    expect((res as { errors?: unknown }).errors).toBeUndefined();
    const line = await completionOf('log-test-1');
    const req = line.req as { id: string; method: string; url: string; headers: Record<string, string> };
    expect(req).toMatchObject({ id: 'log-test-1', method: 'POST', url: '/graphql' });
    expect(req.headers.authorization).toBe('[Redacted]');
    expect(req.headers.cookie).toBe('[Redacted]');
    expect((line.res as { statusCode: number }).statusCode).toBe(200);
    expect(typeof line.responseTime).toBe('number');
    expect(JSON.stringify(lines)).not.toContain('secret-cookie');
    expect(JSON.stringify(lines)).not.toContain(hub.token);
  });

  it('names the request on a refused body too, and keeps requests apart', async () => {
    const bad = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'log-test-2' },
      body: '{ not json',
    });
    expect(bad.status).toBe(400);
    const line = await completionOf('log-test-2');
    expect((line.req as { url: string }).url).toBe('/graphql');
    expect((line.res as { statusCode: number }).statusCode).toBe(400);
    expect(lines.filter((l) => l.reqId === 'log-test-2' && l.msg === 'request completed')).toHaveLength(1);
  });
});
