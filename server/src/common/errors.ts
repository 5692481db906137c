// Typed GraphQL errors: every error a client sees carries an extensions.code.
import { GraphQLError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT' | 'TOO_MANY_ATTEMPTS';

export function userError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badInput = (field: string, message: string) => userError('BAD_USER_INPUT', message, { field });
export const notFound = (what: string) => userError('NOT_FOUND', `${what} not found`);
