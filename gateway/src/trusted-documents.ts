// Trusted documents at the gateway, as at the hub (server/src/schema/trusted-documents.ts): the panel's
// manifest (sha256 → text, from web codegen) names what runs for the panel; in production any other
// operation text runs only for an API client presenting its key in `x-api-key`.
import { createHash, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';

export interface TrustedDocuments {
  /** sha256 hex → document text. */
  manifest: ReadonlyMap<string, string>;
  /** API clients by the sha256 of their key: name → digest. */
  apiKeys: ReadonlyMap<string, Buffer>;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/** Reads a codegen manifest (`{ "sha256:<hex>": "<document>" }`). */
export function readManifest(file: string): Map<string, string> {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  return new Map(
    Object.entries(raw).map(([key, text]) => {
      if (typeof text !== 'string') throw new Error(`${file}: "${key}" is not a document`);
      return [key.replace(/^sha256:/, ''), text];
    }),
  );
}

/** `name:key` pairs separated by commas, each key at least 32 characters; kept only as digests. */
export function parseApiKeys(value: string | undefined): Map<string, Buffer> {
  const keys = new Map<string, Buffer>();
  for (const entry of (value ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const m = /^([a-z][a-z0-9-]*):([\w-]{32,})$/.exec(entry);
    if (!m)
      throw new Error(`API_KEYS: "${entry.split(':')[0]}:…" must be name:key, the key at least 32 of [A-Za-z0-9_-]`);
    if (keys.has(m[1])) throw new Error(`API_KEYS: the client "${m[1]}" is listed twice`);
    keys.set(m[1], sha256(m[2]));
  }
  return keys;
}

/** The API client presenting this key, if any. */
export function apiClientOf(key: string | null | undefined, apiKeys: ReadonlyMap<string, Buffer>): string | undefined {
  if (!key) return undefined;
  const digest = sha256(key);
  for (const [name, expected] of apiKeys) if (timingSafeEqual(digest, expected)) return name;
  return undefined;
}
