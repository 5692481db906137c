// Errors from the API, reduced to what the UI shows: a code, the field it concerns, and the request id.
import { ApolloError } from '@apollo/client/core';
import type { GraphQLFormattedError } from 'graphql';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_STATE'
  | 'TOO_MANY_ATTEMPTS'
  | 'TIMEOUT'
  | 'NETWORK'
  | 'INTERNAL';

export interface AppError {
  code: ErrorCode;
  /** The server's message: in the request's language when `key` is set, otherwise English. */
  message: string;
  /** The server's message key (keyed errors are written in the language the request asked for). */
  key?: string;
  field?: string;
  /** Every field a BAD_USER_INPUT (or a keyed CONFLICT) names, each with its own localised message. */
  fields?: AppError[];
  retryAfterSeconds?: number;
  /** INVALID_STATE: the record's current state, from which the operation is not allowed. */
  state?: string;
  requestId?: string;
}

const KNOWN: ReadonlySet<string> = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_STATE',
  'TOO_MANY_ATTEMPTS',
  'TIMEOUT',
]);

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

function fromGraphQL(e: GraphQLFormattedError): AppError {
  const ext = (e.extensions ?? {}) as Record<string, unknown>;
  const raw = str(ext.code) ?? '';
  const code = (KNOWN.has(raw) ? raw : 'INTERNAL') as ErrorCode;
  const fields = Array.isArray(ext.fields)
    ? (ext.fields as Array<Record<string, unknown>>)
        .filter((f) => str(f.field))
        .map((f) => ({ code, field: str(f.field), key: str(f.key), message: str(f.message) ?? e.message }))
    : undefined;
  return {
    code,
    message: e.message,
    key: str(ext.messageKey),
    fields,
    field: typeof ext.field === 'string' ? ext.field : undefined,
    retryAfterSeconds: typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : undefined,
    state: str(ext.state),
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
  return [
    {
      code: 'INTERNAL',
      message: error instanceof Error ? error.message : typeof error === 'string' ? error : 'Unknown error',
    },
  ];
}

export const firstError = (error: unknown): AppError | undefined => toAppErrors(error)[0];

/** The input field a server field path names: "input.phone" → "phone", "roles[0].regionId" → "roles". */
export const fieldName = (path: string): string => path.replace(/^input\./, '').split(/[.[]/)[0];

/** Every field problem of an error, one per named field (a keyed error's own `fields` list first). */
export function fieldProblems(error: unknown): AppError[] {
  return toAppErrors(error).flatMap((e) => (e.fields?.length ? e.fields : e.field ? [e] : []));
}

/** BAD_USER_INPUT and CONFLICT errors by the input field they name ("roles[0].regionId" → "roles"). */
export function fieldErrors(error: unknown): Record<string, AppError> {
  const out: Record<string, AppError> = {};
  for (const e of fieldProblems(error)) out[fieldName(e.field!)] ??= e;
  return out;
}

/** Someone changed the record after this page read it (a stale `version`). */
export const isStale = (error: unknown): boolean =>
  toAppErrors(error).some((e) => e.code === 'CONFLICT' && (e.key === 'staleVersion' || e.field === 'version'));
