// Starts the real HTTP app (Express + Apollo) on an ephemeral port against a test database,
// and speaks GraphQL to it as anonymous or as any account.
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createApp, type AppConfig } from '../../src/app';
import { createAuthRuntime, type AuthConfig } from '../../src/auth/runtime';
import { generateSigningKey } from '../../src/auth/tokens';
import { buildHubSchemas } from '../../src/schema/build';

export const TEST_PASSWORD = 'Tongxin#2026';

export interface GraphQLResult<T> {
  data: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

// Test responses are read loosely; the assertions say what shape they expect.
export type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Client {
  token?: string;
  gql<T = Loose>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResult<T> & { status: number; headers: Headers }>;
}

export interface TestServer extends Client {
  url: string;
  /** A client logged in as `username` (demo password unless given). */
  as(username: string, password?: string): Promise<Client>;
  close(): Promise<void>;
}

/** The test run's signing key (private JWK), made fresh per run like a production key would be. */
export const TEST_SIGNING_KEY = generateSigningKey('test-key');

export const TEST_AUTH: AuthConfig = {
  JWT_KEYS: JSON.stringify({ keys: [TEST_SIGNING_KEY] }),
  DATA_DIR: '/nonexistent',
  ACCESS_TOKEN_TTL_S: 900,
  REFRESH_TOKEN_TTL_S: 3600,
  LOGIN_MAX_FAILURES: 3,
  LOGIN_BACKOFF_BASE_MS: 400,
  LOGIN_BACKOFF_MAX_MS: 2000,
  NODE_ENV: 'test',
};

const APP: AppConfig = {
  NODE_ENV: 'test',
  WEB_DIST: '/nonexistent',
  REQUEST_TIMEOUT_MS: 15_000,
  MAX_QUERY_DEPTH: 10,
  MAX_QUERY_ALIASES: 15,
  MAX_QUERY_COST: 500_000,
};

export async function startTestServer(
  db: DataSource,
  overrides: Partial<AppConfig & AuthConfig> = {},
): Promise<TestServer> {
  const { subgraphSchema } = await buildHubSchemas();
  const auth = createAuthRuntime({ ...TEST_AUTH, ...overrides });
  const { httpServer, apollo } = await createApp(
    { ...APP, ...overrides },
    db,
    subgraphSchema,
    pino({ level: 'silent' }),
    auth,
  );
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;

  const client = (token?: string): Client => ({
    token,
    async gql(query, variables, headers = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as GraphQLResult<never>;
      return { ...body, status: res.status, headers: res.headers };
    },
  });
  const anonymous = client();
  return {
    url,
    gql: anonymous.gql,
    async as(username, password = TEST_PASSWORD) {
      const res = await anonymous.gql<Loose>(
        `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { accessToken } }`,
        { u: username, p: password },
      );
      if (!res.data?.login) throw new Error(`login as ${username} failed: ${JSON.stringify(res.errors)}`);
      return client(res.data.login.accessToken);
    },
    async close() {
      await apollo.stop();
    },
  };
}
