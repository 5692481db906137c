// Typed GraphQL errors: every error a client sees carries an extensions.code. Errors about the
// input name each field with a message key; the response is localised by the request's language.
import { GraphQLError } from 'graphql';
import { translate, type MessageKey, type MessageParams } from './messages';

export type ErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT' | 'INVALID_STATE' | 'TOO_MANY_ATTEMPTS';

export interface FieldProblem {
  field: string;
  key: MessageKey;
  params?: MessageParams;
}

export function userError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

/** A typed error whose message comes from the catalogue (and is re-localised per request). */
export function keyedError(
  code: ErrorCode,
  key: MessageKey,
  params: MessageParams = {},
  extra: Record<string, unknown> = {},
) {
  return new GraphQLError(translate(key, 'zh-CN', params), { extensions: { code, messageKey: key, params, ...extra } });
}

/** BAD_USER_INPUT listing every invalid field: `extensions.fields = [{ field, key, message }]`. */
export function invalidInput(problems: FieldProblem[]) {
  const fields = problems.map((p) => ({
    field: p.field,
    key: p.key,
    params: p.params ?? {},
    message: translate(p.key, 'zh-CN', p.params),
  }));
  return keyedError('BAD_USER_INPUT', problems[0].key, problems[0].params, { field: problems[0].field, fields });
}

/** Collects every problem of an input, then throws them together. */
export class Problems {
  readonly list: FieldProblem[] = [];

  add(field: string, key: MessageKey, params?: MessageParams): this {
    this.list.push({ field, key, params });
    return this;
  }

  /** Adds the problem when `failed` is true; returns whether it did. */
  check(failed: boolean, field: string, key: MessageKey, params?: MessageParams): boolean {
    if (failed) this.add(field, key, params);
    return failed;
  }

  has(field: string): boolean {
    return this.list.some((p) => p.field === field);
  }

  throwIfAny(): void {
    if (this.list.length) throw invalidInput(this.list);
  }
}

export const badInput = (field: string, message: string) =>
  userError('BAD_USER_INPUT', message, { field, fields: [{ field, key: 'invalid', params: {}, message }] });
export const fieldError = (field: string, key: MessageKey, params?: MessageParams) =>
  invalidInput([{ field, key, params }]);
export const notFound = (what: string) => userError('NOT_FOUND', `${what} not found`);
export const conflict = (key: MessageKey, params?: MessageParams, extra?: Record<string, unknown>) =>
  keyedError('CONFLICT', key, params, extra);
/** CONFLICT about one field's value (a number already registered): named in `fields` like input errors. */
export const fieldConflict = (field: string, key: MessageKey, params: MessageParams = {}) =>
  keyedError('CONFLICT', key, params, {
    field,
    fields: [{ field, key, params, message: translate(key, 'zh-CN', params) }],
  });
export const forbidden = (key: MessageKey = 'forbidden', params?: MessageParams) =>
  keyedError('FORBIDDEN', key, params);
