// Starts the real HTTP app (Express + Apollo) on an ephemeral port against a test database.
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createApp } from '../../src/app';
import { buildHubSchemas } from '../../src/schema/build';

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

export interface TestServer {
  url: string;
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  close(): Promise<void>;
}

export async function startTestServer(db: DataSource, webDist = '/nonexistent'): Promise<TestServer> {
  const { subgraphSchema } = await buildHubSchemas();
  const { httpServer, apollo } = await createApp({ NODE_ENV: 'test', WEB_DIST: webDist }, db, subgraphSchema, pino({ level: 'silent' }));
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  return {
    url,
    async gql(query, variables) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GraphQLResult;
    },
    async close() {
      await apollo.stop();
    },
  };
}
