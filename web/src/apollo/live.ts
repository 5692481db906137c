// The panel's one graphql-ws connection (subscriptions, same origin and path as /graphql), loaded
// only by pages that listen (composables/use-live.ts), so the public pages never carry it. Each
// (re)connection presents the current access token, refreshed first when it has run out; the hub
// closes the socket when the token expires and the client reconnects with a fresh one.
import { createClient, type Client } from 'graphql-ws';
import { print, type DocumentNode } from 'graphql';
import { documentHash } from './client';

export interface LiveSession {
  token(): string | null;
  /** The token's expiry as an ISO time, if known. */
  expiresAt(): string | null;
  refresh(): Promise<boolean>;
}

let client: Client | null = null;

function liveUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

function open(session: LiveSession): Client {
  client ??= createClient({
    url: liveUrl(),
    lazy: true,
    retryAttempts: Number.MAX_SAFE_INTEGER,
    // Token expiry (4401) and network losses alike: reconnect, with the token as it is by then.
    shouldRetry: () => session.token() !== null,
    connectionParams: async () => {
      const expires = session.expiresAt();
      if (expires && Date.parse(expires) - Date.now() < 5_000) await session.refresh();
      const token = session.token();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });
  return client;
}

/**
 * Subscribes with a generated document: by its manifest hash (a trusted document, as over HTTP), or
 * by its text when it has none. Returns the unsubscribe function.
 */
export function subscribe(
  session: LiveSession,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  onData: (data: unknown) => void,
): () => void {
  const hash = documentHash(document);
  return open(session).subscribe(
    hash
      ? { query: '', variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }
      : { query: print(document), variables },
    {
      next: (result) => result.data && onData(result.data),
      error: () => undefined,
      complete: () => undefined,
    },
  );
}
