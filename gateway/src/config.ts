// The gateway's settings: gateway.config.json names the subgraphs and the URLs written into the
// checked-in supergraph; the environment says where they run here (<NAME>_URL, GATEWAY_PORT).
import fs from 'node:fs';
import path from 'node:path';

export interface SubgraphEntry {
  /** Lower-case name, e.g. `youth-league`; also the subgraph's name in the supergraph. */
  name: string;
  /** The URL written into the supergraph: the default, stable across machines. */
  url: string;
  /** Whether the client's `authorization` header is forwarded to this subgraph. */
  forwardAuthorization: boolean;
  /** `<NAME>_API_KEY`: the gateway's own key, sent as `x-api-key` (the hub in production requires one). */
  apiKey?: string;
}

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
}

export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error';

export interface GatewayConfig {
  port: number;
  host: string;
  /** LOG_LEVEL; false for `silent`. */
  logLevel: LogLevel | false;
  /** NODE_ENV=production: no introspection, no GraphiQL. */
  production: boolean;
  /** Absolute path of the checked-in supergraph. */
  supergraphFile: string;
  /** Where each subgraph's SDL is published beside it (subgraphs/<name>.graphql). */
  subgraphsDir: string;
  subgraphs: SubgraphEntry[];
  /** Checked before any subgraph is asked; the hub's defaults. */
  limits: QueryLimits;
  /** Where each subgraph is reached now: its `url`, or the `<NAME>_URL` override. */
  locations: Record<string, string>;
  /** The panel's persisted-document manifest (`trustedDocuments` in the file, or TRUSTED_DOCUMENTS_FILE). */
  trustedDocumentsFile: string;
  /** API_KEYS: partner clients that may send their own operations in production. */
  apiKeys: string | undefined;
}

/** The gateway workspace folder (this file runs from src/ in tests and dist/ otherwise). */
export const GATEWAY_DIR = path.resolve(__dirname, '..');
export const CONFIG_FILE = path.join(GATEWAY_DIR, 'gateway.config.json');

/** The variable overriding a subgraph's URL: `youth-league` → `YOUTH_LEAGUE_URL`. */
export const urlVariable = (name: string) => `${name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_URL`;
/** The variable holding the key the gateway sends to a subgraph: `hub` → `HUB_API_KEY`. */
export const apiKeyVariable = (name: string) => `${name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_API_KEY`;

function fail(message: string): never {
  throw new Error(`gateway config: ${message}`);
}

function httpUrl(value: unknown, what: string): string {
  if (typeof value !== 'string') fail(`${what} must be a URL`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    fail(`${what} is not a URL: "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') fail(`${what} must be http(s): "${value}"`);
  return value;
}

function port(value: unknown, what: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65_535) fail(`${what} must be a port number, got "${String(value)}"`);
  return n;
}

function positive(value: unknown, what: string): number {
  if (!Number.isInteger(value) || (value as number) < 1) fail(`${what} must be a positive integer`);
  return value as number;
}

function parseLimits(value: unknown): QueryLimits {
  const raw = (value ?? {}) as Record<string, unknown>;
  return {
    maxDepth: positive(raw.maxDepth ?? 10, 'limits.maxDepth'),
    maxAliases: positive(raw.maxAliases ?? 15, 'limits.maxAliases'),
  };
}

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'silent'];

function logLevel(value: string | undefined): LogLevel | false {
  const level = value || 'info';
  if (!LOG_LEVELS.includes(level)) fail(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${value}"`);
  return level === 'silent' ? false : (level as LogLevel);
}

function parseSubgraphs(value: unknown): SubgraphEntry[] {
  if (!Array.isArray(value) || value.length === 0) fail('"subgraphs" must list at least one { name, url }');
  const seen = new Set<string>();
  return value.map((entry: Record<string, unknown>, i) => {
    const name = entry?.name;
    if (typeof name !== 'string' || !/^[a-z][a-z0-9-]*$/.test(name))
      fail(`subgraphs[${i}].name must be lower-case letters, digits and dashes`);
    if (seen.has(name)) fail(`subgraph "${name}" is listed twice`);
    seen.add(name);
    const forward = entry.forwardAuthorization ?? false;
    if (typeof forward !== 'boolean') fail(`subgraphs[${i}].forwardAuthorization must be true or false`);
    return { name, url: httpUrl(entry.url, `subgraphs[${i}].url`), forwardAuthorization: forward };
  });
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, file = CONFIG_FILE): GatewayConfig {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  const subgraphs = parseSubgraphs(raw.subgraphs).map((s) => {
    const apiKey = env[apiKeyVariable(s.name)];
    return apiKey ? { ...s, apiKey } : s;
  });
  const locations = Object.fromEntries(
    subgraphs.map((s) => {
      const variable = urlVariable(s.name);
      return [s.name, env[variable] ? httpUrl(env[variable], variable) : s.url];
    }),
  );
  return {
    port: port(env.GATEWAY_PORT ?? raw.port ?? 4080, 'GATEWAY_PORT'),
    host: env.GATEWAY_HOST || '0.0.0.0',
    logLevel: logLevel(env.LOG_LEVEL),
    production: env.NODE_ENV === 'production',
    supergraphFile: path.resolve(
      path.dirname(file),
      typeof raw.supergraph === 'string' ? raw.supergraph : 'supergraph.graphql',
    ),
    subgraphsDir: path.resolve(path.dirname(file), 'subgraphs'),
    subgraphs,
    limits: parseLimits(raw.limits),
    locations,
    trustedDocumentsFile: env.TRUSTED_DOCUMENTS_FILE
      ? path.resolve(env.TRUSTED_DOCUMENTS_FILE)
      : path.resolve(
          path.dirname(file),
          typeof raw.trustedDocuments === 'string'
            ? raw.trustedDocuments
            : '../web/src/graphql/generated/persisted-documents.json',
        ),
    apiKeys: env.API_KEYS,
  };
}
