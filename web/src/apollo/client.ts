// The one Apollo client: bearer token from memory, one refresh-and-retry on UNAUTHENTICATED, the cookie sent along,
// and the UI language as Accept-Language so the server writes its messages in it.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, Observable, type FetchResult } from '@apollo/client/core';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries';
import type { DocumentNode } from 'graphql';
import { possibleTypes } from '../graphql/generated/possible-types';

export interface AuthHooks {
  /** The access token held in memory, or null. */
  token(): string | null;
  /** Trade the refresh cookie for a new access token; false when the session has ended. */
  refresh(): Promise<boolean>;
  /** The UI language (zh-CN or en); the server localises error messages by it. */
  locale?(): string;
}

// These talk to the session themselves; retrying them through a refresh would loop.
const SESSION_OPERATIONS = new Set(['Login', 'RefreshSession', 'Logout']);

export const isUnauthenticated = (result: FetchResult): boolean =>
  !!result.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED');

function authLink(hooks: AuthHooks): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const token = hooks.token();
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      hadToken: !!token,
      headers: token ? { ...headers, authorization: `Bearer ${token}` } : headers,
    }));
    return forward(operation);
  });
}

/** Accept-Language follows the UI language at the moment each operation is sent. */
export function languageLink(locale: () => string): ApolloLink {
  return new ApolloLink((operation, forward) => {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'accept-language': locale() },
    }));
    return forward(operation);
  });
}

/**
 * An expired access token answers UNAUTHENTICATED: refresh once through the cookie and send the same
 * operation again, so the page (and any form the user was filling in) carries on undisturbed.
 */
export function refreshLink(hooks: AuthHooks): ApolloLink {
  return new ApolloLink((operation, forward) => {
    if (SESSION_OPERATIONS.has(operation.operationName)) return forward(operation);
    return new Observable<FetchResult>((observer) => {
      let closed = false;
      let sub: { unsubscribe(): void } | undefined;
      const attempt = (mayRetry: boolean) => {
        let held: FetchResult | undefined;
        sub = forward(operation).subscribe({
          next: (result) => {
            const retry = mayRetry && operation.getContext().hadToken === true && isUnauthenticated(result);
            if (retry) held = result;
            else observer.next(result);
          },
          error: (err) => observer.error(err),
          complete: () => {
            if (!held) return observer.complete();
            const first = held;
            const giveUp = () => {
              if (closed) return;
              observer.next(first);
              observer.complete();
            };
            hooks.refresh().then((ok) => (ok && !closed ? attempt(false) : giveUp()), giveUp);
          },
        });
      };
      attempt(true);
      return () => {
        closed = true;
        sub?.unsubscribe();
      };
    });
  });
}

/** The manifest hash codegen puts on each generated document (web/codegen.ts), without its `sha256:` prefix. */
export const documentHash = (doc: DocumentNode): string | undefined =>
  (doc as { __meta__?: { hash?: string } }).__meta__?.hash?.replace(/^sha256:/, '');

/**
 * Sends a generated document as its manifest hash only (a trusted document: in production the hub and
 * the gateway run nothing else from the panel); a server that does not know the hash answers
 * PERSISTED_QUERY_NOT_FOUND and the link sends the text once (development with a stale manifest).
 */
export function persistedDocumentLink(): ApolloLink {
  const persisted = createPersistedQueryLink({ generateHash: (doc) => documentHash(doc)! });
  return ApolloLink.split((operation) => !!documentHash(operation.query), persisted);
}

export function createApolloClient(hooks: AuthHooks, uri = '/graphql'): ApolloClient<unknown> {
  // credentials: 'include' sends the httpOnly refresh cookie (path /graphql) with every call.
  const http = new HttpLink({ uri, credentials: 'include' });
  return new ApolloClient({
    link: ApolloLink.from([
      refreshLink(hooks),
      languageLink(() => hooks.locale?.() ?? 'zh-CN'),
      authLink(hooks),
      persistedDocumentLink(),
      http,
    ]),
    cache: new InMemoryCache({ possibleTypes }),
    defaultOptions: {
      // Lists show what the cache has at once and then what the server says now.
      watchQuery: { fetchPolicy: 'cache-and-network', errorPolicy: 'none' },
    },
  });
}
