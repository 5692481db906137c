// Serves a supergraph with the Hive Gateway runtime: routes each subgraph to where it runs,
// forwards the client's `authorization` header (no other client header) to the subgraphs that take it,
// and masks unexpected errors so nothing internal (such as `_entities` representations) leaks.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { createGatewayRuntime, type GatewayPlugin, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { GatewayConfig, LogLevel, QueryLimits } from './config';
import { apiClientOf, type TrustedDocuments } from './trusted-documents';

export interface GatewayOptions {
  supergraph: string;
  subgraphs: GatewayConfig['subgraphs'];
  locations: GatewayConfig['locations'];
  limits?: QueryLimits;
  /** Log level, or false for none. */
  logging?: LogLevel | false;
  /** Introspection and the GraphiQL page: on unless NODE_ENV is production; in production only trusted documents. */
  production?: boolean;
  /** The panel's manifest and the API clients; without it any operation runs (development and tests). */
  trustedDocuments?: TrustedDocuments;
}

const ONLY_TRUSTED =
  "Only the panel's published operations run here; a partner's service sends its API key in x-api-key to run its own.";

/**
 * Documents named by hash come from the manifest; operation texts run freely outside production and,
 * in production, only for an API client.
 */
function persistedDocuments(trusted: TrustedDocuments, production: boolean) {
  return {
    getPersistedOperation: (key: string) => trusted.manifest.get(key.replace(/^sha256:/, '')) ?? null,
    allowArbitraryDocuments: production
      ? (request: Request) => !!apiClientOf(request.headers.get('x-api-key'), trusted.apiKeys)
      : true,
    customErrors: {
      // The code Apollo's persisted-query link answers by sending the text once.
      notFound: { message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
      persistedQueryOnly: { message: ONLY_TRUSTED, extensions: { code: 'PERSISTED_QUERY_ONLY' } },
    },
  };
}

/** An error a resolver or a subgraph raised on purpose (a typed hub error): shown as it is. */
function isIntended(error: unknown): boolean {
  return error instanceof GraphQLError && (error.originalError == null || isIntended(error.originalError));
}

/**
 * Anything else is masked, whatever NODE_ENV says: the runtime's own errors carry the subgraph
 * request (with its `_entities` representations) in their extensions. A subgraph that cannot be
 * reached is named, so a client knows which fields are missing and why.
 */
export function maskError(error: unknown, message: string): GraphQLError {
  if (isIntended(error)) return error as GraphQLError;
  const located = error instanceof GraphQLError ? error : undefined;
  const service = located?.extensions?.serviceName;
  const at = { nodes: located?.nodes, path: located?.path };
  if (located?.extensions?.code === 'SUBREQUEST_HTTP_ERROR' && typeof service === 'string') {
    return new GraphQLError(`The ${service} subgraph is unavailable.`, {
      ...at,
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: service },
    });
  }
  return new GraphQLError(message, { ...at, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

/**
 * The hub's depth and alias limits, checked at the gateway too: the hub enforces them on what it
 * is asked, but a partner may have none, and the gateway would fan a hostile query out to it.
 */
function queryLimits(limits: QueryLimits): GatewayPlugin {
  // Reported as validation errors (GRAPHQL_VALIDATION_FAILED), as the hub reports them.
  const report = {
    propagateOnRejection: false,
    onReject: [(ctx: ValidationContext | null, err: GraphQLError) => ctx?.reportError(err)],
  };
  const rules = [
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, exposeLimits: true, ...report }),
    maxAliasesRule({ n: limits.maxAliases, exposeLimits: true, ...report }),
  ] as unknown as ValidationRule[];
  return {
    onValidate({ addValidationRule }) {
      for (const rule of rules) addValidationRule(rule);
    },
  };
}

export function createGateway(opts: GatewayOptions): GatewayRuntime {
  const forwardsAuthorization = new Set(opts.subgraphs.filter((s) => s.forwardAuthorization).map((s) => s.name));
  const apiKeys = new Map(opts.subgraphs.filter((s) => s.apiKey).map((s) => [s.name, s.apiKey!]));
  return createGatewayRuntime({
    supergraph: opts.supergraph,
    transports: { http: httpTransport },
    transportEntries: Object.fromEntries(opts.subgraphs.map((s) => [s.name, { location: opts.locations[s.name] }])),
    propagateHeaders: {
      // The hub scopes every row, entity references included, by the viewer behind this token.
      // Cookies are never forwarded: the gateway is a bearer-token API.
      // The gateway's own API key goes to the subgraphs it is configured for: its operations are not the panel's.
      fromClientToSubgraphs: ({ request, subgraphName }) => {
        const authorization = request.headers.get('authorization');
        const apiKey = apiKeys.get(subgraphName);
        return {
          ...(authorization && forwardsAuthorization.has(subgraphName) ? { authorization } : {}),
          ...(apiKey ? { 'x-api-key': apiKey } : {}),
        };
      },
    },
    maskedErrors: { maskError },
    ...(opts.trustedDocuments
      ? { persistedDocuments: persistedDocuments(opts.trustedDocuments, opts.production ?? false) }
      : {}),
    plugins: () => [queryLimits(opts.limits ?? { maxDepth: 10, maxAliases: 15 })],
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    readinessCheckEndpoint: '/readyz',
    landingPage: false,
    graphiql: !opts.production,
    disableIntrospection: opts.production ? {} : undefined,
    logging: opts.logging ?? 'info',
  });
}

export interface RunningGateway {
  url: string;
  runtime: GatewayRuntime;
  close(): Promise<void>;
}

export async function listenGateway(runtime: GatewayRuntime, port: number, host: string): Promise<RunningGateway> {
  const server = http.createServer(runtime.requestListener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return {
    url: `http://${shownHost}:${address.port}/graphql`,
    runtime,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.dispose();
    },
  };
}
