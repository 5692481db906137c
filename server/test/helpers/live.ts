// A graphql-ws client for the tests: subscriptions as pull queues, and the close codes the server sent.
import { createClient, type Client as WsClient, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';

export interface Feed<T> {
  /** The next message (waits for it; the test's own timeout bounds the wait). */
  next(): Promise<FormattedExecutionResult<T, unknown>>;
  stop(): Promise<void>;
}

export interface LiveClient {
  subscribe<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    extensions?: Record<string, unknown>,
  ): Feed<T>;
  /** Close codes of the connections this client saw end. */
  closes: number[];
  dispose(): Promise<void>;
}

export function liveClient(httpUrl: string, connectionParams: Record<string, unknown> = {}): LiveClient {
  const closes: number[] = [];
  const client: WsClient = createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    on: { closed: (e) => closes.push((e as { code: number }).code) },
  });
  return {
    closes,
    subscribe<T>(query: string, variables?: Record<string, unknown>, extensions?: Record<string, unknown>): Feed<T> {
      const it = client.iterate<T>({ query, variables, extensions });
      return {
        async next() {
          const r = await it.next();
          if (r.done) throw new Error(`the subscription ended (close codes: ${closes.join(', ') || 'none'})`);
          return r.value;
        },
        async stop() {
          await it.return?.();
        },
      };
    },
    dispose: () => client.dispose() as Promise<void>,
  };
}

/** The error a subscription ended with (a refused connect or operation), or null if it gave data. */
export async function refusalOf(feed: Feed<unknown>): Promise<unknown> {
  try {
    const r = await feed.next();
    return r.errors ?? null;
  } catch (err) {
    return err;
  }
}
