// The one enforcement point for declared rules: type-graphql's @Authorized calls this checker, and a
// global middleware refuses any root field that declares no rule at all (deny by default).
import type { GraphQLResolveInfo } from 'graphql';
import { getMetadataStorage, type AuthChecker, type MiddlewareFn } from 'type-graphql';
import type { Context } from '../context/context';
import { userError } from '../common/errors';
import { AUTHENTICATED, type Permission, PUBLIC, type Rule } from './permissions';

export const authChecker: AuthChecker<Context, Rule> = ({ context }, rules) => {
  if (rules.includes(PUBLIC)) return true;
  const viewer = context.viewer;
  if (!viewer) {
    throw userError('UNAUTHENTICATED', context.authError ?? 'Log in to use this.');
  }
  if (rules.length === 0 || rules.includes(AUTHENTICATED)) return true;
  if (rules.some((r) => viewer.has(r as Permission))) return true;
  throw userError('FORBIDDEN', 'Your roles do not allow this.');
};

/** Root field → the rules it declares, read from the @Authorized metadata. */
export function rootFieldRules(): Map<string, Rule[]> {
  const storage = getMetadataStorage();
  const rules = new Map<string, Rule[]>();
  for (const handler of [...storage.queries, ...storage.mutations]) {
    const declared = storage.authorizedFields.find((a) => a.target === handler.target && a.fieldName === handler.methodName);
    if (declared) rules.set(handler.schemaName, declared.roles as Rule[]);
  }
  return rules;
}

export function denyUndeclaredRootFields(): MiddlewareFn<Context> {
  let declared: Map<string, Rule[]> | undefined;
  return async ({ info }: { info: GraphQLResolveInfo }, next) => {
    const parent = info.parentType.name;
    if (parent === 'Query' || parent === 'Mutation') {
      declared ??= rootFieldRules();
      if (!declared.has(info.fieldName)) {
        throw userError('FORBIDDEN', `${parent}.${info.fieldName} declares no permission and cannot be used.`);
      }
    }
    return next();
  };
}
