// Faults told apart: the database being unreachable (retry later) is not a bug in the hub (report it),
// and a statement cancelled for time is not either. Clients read `extensions.code` and `retryable`.
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** Seconds a client should wait before retrying after SERVICE_UNAVAILABLE or TIMEOUT. */
export const RETRY_AFTER_S = 2;

// Node socket errors and pg/pg-pool messages raised when no usable connection exists.
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
const CONNECTION_MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /Connection terminated/i,
  /connection error and is not queryable/i,
  /Client was closed and is not queryable/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  // TypeORM, when a transaction's connection died under it (seen in the fault suite's restart drills):
  // the transaction is gone, nothing of it was committed.
  /Query runner already released/i,
];
// SQLSTATE class 08 (connection exception), the server shutting down or not yet accepting, too many clients.
const CONNECTION_SQLSTATE = /^(08...|57P01|57P02|57P03|53300)$/;
const QUERY_CANCELED = '57014';

/** The error and the causes it wraps (GraphQLError.originalError, TypeORM's driverError, Error.cause). */
function chain(err: unknown): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  let e = err as Record<string, unknown> | undefined;
  for (let i = 0; e && typeof e === 'object' && i < 6; i++) {
    out.push(e);
    e = (e.originalError ?? e.driverError ?? e.cause) as Record<string, unknown> | undefined;
  }
  return out;
}

export type FaultCode = 'SERVICE_UNAVAILABLE' | 'TIMEOUT';

/** SERVICE_UNAVAILABLE for a connection-level database failure, TIMEOUT for a cancelled statement. */
export function classifyFault(err: unknown): FaultCode | null {
  for (const e of chain(err)) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (SOCKET_CODES.has(code) || CONNECTION_SQLSTATE.test(code)) return 'SERVICE_UNAVAILABLE';
    // Cancelled by the hub itself (timeout, shutdown): the client was already answered.
    if (code === QUERY_CANCELED || e.name === 'RequestCancelled') return 'TIMEOUT';
    const message = typeof e.message === 'string' ? e.message : '';
    if (CONNECTION_MESSAGES.some((re) => re.test(message))) return 'SERVICE_UNAVAILABLE';
  }
  return null;
}

export const FAULT_MESSAGES: Record<FaultCode, string> = {
  SERVICE_UNAVAILABLE: 'The service is briefly unavailable; nothing was changed. Retry shortly.',
  TIMEOUT: 'The request took too long and was cancelled; nothing was changed. Retry shortly.',
};

/** The body of a fault answered outside GraphQL execution (timeouts, shutdown, context creation). */
export function faultBody(code: FaultCode, requestId: string) {
  return {
    errors: [{ message: FAULT_MESSAGES[code], extensions: { code, retryable: true, requestId } }],
  };
}

/** Thrown from the context function: Apollo answers it with this status and header. */
export function contextFault(code: FaultCode, requestId: string): GraphQLError {
  // Typed loosely on purpose: the gateway's packages declare `extensions.http` differently from
  // Apollo's, and the gateway's tests compile this file too; Apollo reads the HeaderMap at run time.
  const extensions: Record<string, unknown> = {
    code,
    retryable: true,
    requestId,
    http: { status: 503, headers: new HeaderMap([['retry-after', String(RETRY_AFTER_S)]]) },
  };
  return new GraphQLError(FAULT_MESSAGES[code], { extensions });
}

/** An answer carrying a fault is HTTP 503 with Retry-After, whenever in the request it struck. */
export function faultStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const faulted = response.body.singleResult.errors?.some(
            (e) => e.extensions?.code === 'SERVICE_UNAVAILABLE' || e.extensions?.code === 'TIMEOUT',
          );
          if (!faulted) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_S));
        },
      };
    },
  };
}
