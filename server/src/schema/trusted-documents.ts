// Trusted documents: the panel's operations, published by codegen as a manifest (sha256 → text), are
// what the hub runs for the panel. A request may name a document by its hash alone; in production a
// full operation text runs only if it is in the manifest or the caller is an API client (a partner's
// service, the gateway) presenting its key in `x-api-key`.
import { createHash, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import type { RequestHandler } from 'express';

export interface TrustedDocuments {
  /** sha256 hex → document text. */
  manifest: ReadonlyMap<string, string>;
  /** Refuse operation texts outside the manifest unless an API client sent them (production). */
  enforce: boolean;
  /** API clients by the sha256 of their key: name → digest. */
  apiKeys: ReadonlyMap<string, Buffer>;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/** Reads a codegen manifest (`{ "sha256:<hex>": "<document>" }`); keys without the prefix are taken as they are. */
export function readManifest(file: string): Map<string, string> {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  const manifest = new Map<string, string>();
  for (const [key, text] of Object.entries(raw)) {
    if (typeof text !== 'string') throw new Error(`${file}: "${key}" is not a document`);
    manifest.set(key.replace(/^sha256:/, ''), text);
  }
  return manifest;
}

/**
 * API_KEYS: `name:key` pairs separated by commas, each key at least 32 characters. Keys are kept only
 * as digests. Throws with a message naming the bad entry.
 */
export function parseApiKeys(value: string | undefined): Map<string, Buffer> {
  const keys = new Map<string, Buffer>();
  for (const entry of (value ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const m = /^([a-z][a-z0-9-]*):([\w-]{32,})$/.exec(entry);
    if (!m)
      throw new Error(
        `"${entry.split(':')[0]}:…" must be name:key, the name in lower case, the key at least 32 of [A-Za-z0-9_-]`,
      );
    if (keys.has(m[1])) throw new Error(`the client "${m[1]}" is listed twice`);
    keys.set(m[1], sha256(m[2]));
  }
  return keys;
}

/** The API client presenting this key, if any. */
export function apiClientOf(key: string | undefined, apiKeys: ReadonlyMap<string, Buffer>): string | undefined {
  if (!key) return undefined;
  const digest = sha256(key);
  for (const [name, expected] of apiKeys) if (timingSafeEqual(digest, expected)) return name;
  return undefined;
}

interface GraphQLParams {
  query?: unknown;
  documentId?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } } | string;
}

const refusal = {
  errors: [
    {
      message:
        "Only the panel's published operations run here; a partner's service sends its API key in x-api-key to run its own.",
      extensions: { code: 'PERSISTED_QUERY_ONLY' },
    },
  ],
};

/** The hub's trusted documents from its configuration: the manifest is required in production. */
export function loadTrustedDocuments(config: {
  NODE_ENV: string;
  TRUSTED_DOCUMENTS_FILE: string;
  API_KEYS?: string;
}): TrustedDocuments {
  const enforce = config.NODE_ENV === 'production';
  if (!fs.existsSync(config.TRUSTED_DOCUMENTS_FILE) && enforce)
    throw new Error(
      `Invalid configuration:\n  TRUSTED_DOCUMENTS_FILE: ${config.TRUSTED_DOCUMENTS_FILE} does not exist`,
    );
  const manifest = fs.existsSync(config.TRUSTED_DOCUMENTS_FILE)
    ? readManifest(config.TRUSTED_DOCUMENTS_FILE)
    : new Map();
  return { manifest, enforce, apiKeys: parseApiKeys(config.API_KEYS) };
}

/**
 * Whether a text is the manifest's, remembered per text: a client sends the same few texts again and
 * again, and hashing each (a SHA-256 of the whole document) cost more than its lookup. The texts are
 * the documents clients send, not secrets; the memo is cleared when full.
 */
const manifestTexts = new WeakMap<ReadonlyMap<string, string>, Map<string, boolean>>();
const MAX_REMEMBERED_TEXTS = 512;
function inManifest(manifest: ReadonlyMap<string, string>, text: string): boolean {
  let known = manifestTexts.get(manifest);
  if (!known) manifestTexts.set(manifest, (known = new Map<string, boolean>()));
  let found = known.get(text);
  if (found === undefined) {
    found = manifest.has(sha256(text).toString('hex'));
    if (known.size >= MAX_REMEMBERED_TEXTS) known.clear();
    known.set(text, found);
  }
  return found;
}

/** Express middleware in front of Apollo: resolves hashes to manifest texts, refuses untrusted texts in production. */
export function trustedDocuments(opts: TrustedDocuments): RequestHandler {
  return (req, res, next) => {
    // GET carries the parameters in the query string (extensions as JSON text), POST in the parsed body.
    const params = (req.method === 'GET' ? req.query : req.body) as GraphQLParams | undefined;
    if (!params || typeof params !== 'object' || Array.isArray(params)) return next();
    let extensions = params.extensions;
    try {
      if (typeof extensions === 'string') extensions = JSON.parse(extensions || '{}') as GraphQLParams['extensions'];
    } catch {
      return next(); // Apollo answers the malformed request itself.
    }
    const persisted = typeof extensions === 'object' ? extensions?.persistedQuery?.sha256Hash : undefined;
    const id = typeof params.documentId === 'string' ? params.documentId.replace(/^sha256:/, '') : persisted;
    if (params.query == null && typeof id === 'string') {
      const text = opts.manifest.get(id);
      // An unknown hash goes on to Apollo, which answers PERSISTED_QUERY_NOT_FOUND (the client then sends the text).
      if (text && req.method !== 'GET') {
        const { documentId: _documentId, ...rest } = params;
        req.body = { ...rest, query: text, extensions: { ...(extensions as object), persistedQuery: undefined } };
      }
      return next();
    }
    // A text sent with a hash (the panel's retry after PERSISTED_QUERY_NOT_FOUND) runs as a text: the hash
    // names the manifest's printing, not this one, and Apollo's own APQ cache is not a trust store.
    if (typeof params.query === 'string' && persisted !== undefined && req.method !== 'GET') {
      req.body = { ...params, extensions: { ...(extensions as object), persistedQuery: undefined } };
    }
    if (!opts.enforce || typeof params.query !== 'string') return next();
    if (inManifest(opts.manifest, params.query)) return next();
    const header = req.headers['x-api-key'];
    if (apiClientOf(typeof header === 'string' ? header : undefined, opts.apiKeys)) return next();
    res.status(400).json(refusal);
  };
}

/**
 * The same rule for an operation that arrives over the WebSocket (live/ws.ts): the text to run, or
 * the error code refusing it. A document may be named by its hash (`documentId` or
 * `extensions.persistedQuery.sha256Hash`, with an empty query); a text runs in production only if it
 * is in the manifest or the connection presented an API client's key.
 */
export function trustedOperation(
  opts: TrustedDocuments,
  params: { query?: unknown; documentId?: unknown; extensions?: GraphQLParams['extensions'] | Record<string, unknown> },
  apiKey: string | undefined,
): { query: string } | { refused: 'PERSISTED_QUERY_ONLY' | 'PERSISTED_QUERY_NOT_FOUND' } {
  const extensions = (
    typeof params.extensions === 'object' ? params.extensions : undefined
  ) as GraphQLParams['extensions'];
  const persisted = typeof extensions === 'object' ? extensions?.persistedQuery?.sha256Hash : undefined;
  const id = typeof params.documentId === 'string' ? params.documentId.replace(/^sha256:/, '') : persisted;
  if ((typeof params.query !== 'string' || params.query === '') && typeof id === 'string') {
    const text = opts.manifest.get(id);
    return text ? { query: text } : { refused: 'PERSISTED_QUERY_NOT_FOUND' };
  }
  const query = typeof params.query === 'string' ? params.query : '';
  if (!opts.enforce || inManifest(opts.manifest, query) || apiClientOf(apiKey, opts.apiKeys)) return { query };
  return { refused: 'PERSISTED_QUERY_ONLY' };
}

export const PERSISTED_ONLY_MESSAGE = refusal.errors[0].message;
