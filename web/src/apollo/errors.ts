// Errors from the API, reduced to what the UI shows: a code, the field it concerns, and the request id.
import { ApolloError } from '@apollo/client/core';
import type { GraphQLFormattedError } from 'graphql';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_ATTEMPTS'
  | 'TIMEOUT'
  | 'NETWORK'
  | 'INTERNAL';

export interface AppError {
  code: ErrorCode;
  /** The server's own message (English), kept as a detail under the localised one. */
  message: string;
  field?: string;
  retryAfterSeconds?: number;
  requestId?: string;
}

const KNOWN: ReadonlySet<string> = new Set([
  'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'TOO_MANY_ATTEMPTS', 'TIMEOUT',
]);

function fromGraphQL(e: GraphQLFormattedError): AppError {
  const ext = (e.extensions ?? {}) as Record<string, unknown>;
  const raw = String(ext.code ?? '');
  return {
    code: (KNOWN.has(raw) ? raw : 'INTERNAL') as ErrorCode,
    message: e.message,
    field: typeof ext.field === 'string' ? ext.field : undefined,
    retryAfterSeconds: typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : undefined,
    requestId: typeof ext.requestId === 'string' ? ext.requestId : undefined,
  };
}

/** Every error an Apollo call can fail with, as AppErrors (never empty for a real error). */
export function toAppErrors(error: unknown): AppError[] {
  if (!error) return [];
  if (error instanceof ApolloError) {
    if (error.graphQLErrors.length) return error.graphQLErrors.map(fromGraphQL);
    const network = error.networkError as (Error & { result?: { errors?: GraphQLFormattedError[] } }) | null;
    const body = network?.result?.errors;
    if (body?.length) return body.map(fromGraphQL);
    return [{ code: 'NETWORK', message: error.message }];
  }
  return [{ code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) }];
}

export const firstError = (error: unknown): AppError | undefined => toAppErrors(error)[0];

/** BAD_USER_INPUT and CONFLICT errors by the input field they name ("roles[0].regionId" → "roles"). */
export function fieldErrors(error: unknown): Record<string, AppError> {
  const out: Record<string, AppError> = {};
  for (const e of toAppErrors(error)) {
    if (!e.field) continue;
    const key = e.field.replace(/^input\./, '').split(/[.[]/)[0];
    out[key] ??= e;
  }
  return out;
}
