// Starts the real HTTP app (Express + Apollo) on an ephemeral port against a test database,
// and speaks GraphQL to it as anonymous or as any account.
import type { AddressInfo } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import pino, { type Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { createApp, type AppConfig } from '../../src/app';
import { createAuthRuntime, type AuthConfig } from '../../src/auth/runtime';
import { generateSigningKey } from '../../src/auth/tokens';
import { buildHubSchemas } from '../../src/schema/build';
import { graphql } from '../generated';

const LOGIN = graphql(`
  mutation TestLogin($u: String!, $p: String!) {
    login(input: { username: $u, password: $p }) {
      accessToken
    }
  }
`);

export const TEST_PASSWORD = 'Tongxin#2026';

/** One entry of `BAD_USER_INPUT`'s `extensions.fields`. */
export interface FieldError {
  field: string;
  key: string;
  message: string;
  params?: Record<string, unknown>;
}

/** What the hub puts in an error's `extensions` (see src/common/errors.ts). */
export interface ErrorExtensions {
  code?: string;
  messageKey?: string;
  field?: string;
  fields?: FieldError[];
  params?: Record<string, unknown>;
  retryAfterSeconds?: number;
  [other: string]: unknown;
}

export interface GraphQLResult<T> {
  data: T;
  errors?: Array<{ message: string; path?: (string | number)[]; extensions?: ErrorExtensions }>;
}

export type GqlResponse<T> = GraphQLResult<T> & { status: number; headers: Headers };

// Variables are optional only for operations that declare none, or only optional ones.
type VariablesArg<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

export interface Client {
  token?: string;
  /** A typed operation (`graphql(...)` from `test/generated`): typed variables, typed data. */
  gql: <T, V extends Record<string, unknown>>(
    document: TypedDocumentNode<T, V>,
    ...args: [...VariablesArg<V>, headers?: Record<string, string>]
  ) => Promise<GqlResponse<T>>;
  /**
   * An operation the schema does not type: deliberately invalid ones (bad input, limits, forbidden
   * fields), ones built at run time, and the federation fields outside the client schema. The data
   * is `unknown`: the test narrows it to what it expects.
   */
  raw: (
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ) => Promise<GqlResponse<unknown>>;
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
  // The test client stands in for a proxy on loopback, so X-Forwarded-For names distinct callers.
  TRUST_PROXY: 'loopback',
};

export async function startTestServer(
  db: DataSource,
  overrides: Partial<AppConfig & AuthConfig> = {},
  /** The logger the app writes to (silent unless given). */
  log: Logger = pino({ level: 'silent' }),
): Promise<TestServer> {
  const { subgraphSchema } = await buildHubSchemas();
  const auth = createAuthRuntime({ ...TEST_AUTH, ...overrides });
  const { httpServer, apollo } = await createApp({ ...APP, ...overrides }, db, subgraphSchema, log, auth);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;

  const client = (token?: string): Client => {
    const post = async (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => {
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
    };
    return {
      token,
      gql: (document, ...args) => post(print(document), args[0], args[1] as Record<string, string> | undefined),
      raw: post,
    };
  };
  const anonymous = client();
  return {
    url,
    gql: anonymous.gql,
    raw: anonymous.raw,
    async as(username, password = TEST_PASSWORD) {
      const res = await anonymous.gql(LOGIN, { u: username, p: password });
      if (!res.data?.login) throw new Error(`login as ${username} failed: ${JSON.stringify(res.errors)}`);
      return client(res.data.login.accessToken);
    },
    async close() {
      await apollo.stop();
    },
  };
}

/**
 * Narrows what `node(id:)` answered to the type the test expects (the query selects `__typename`),
 * failing the test when it is anything else or null.
 */
export function nodeAs<N extends string, T extends { __typename?: string }>(
  node: T | null | undefined,
  typename: N,
): Extract<T, { __typename: N }> {
  if (node?.__typename !== typename) throw new Error(`expected a ${typename}, got ${JSON.stringify(node)}`);
  return node as Extract<T, { __typename: N }>;
}
