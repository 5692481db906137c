// The one enforcement point for declared rules: type-graphql's @Authorized calls this checker, and
// root fields that declare no rule at all are rewired to refuse (deny by default).
import type { GraphQLSchema } from 'graphql';
import { getMetadataStorage, type AuthChecker } from 'type-graphql';
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

/** Root field (query, mutation, subscription) → the rules it declares, read from the @Authorized metadata. */
export function rootFieldRules(): Map<string, Rule[]> {
  const storage = getMetadataStorage();
  const rules = new Map<string, Rule[]>();
  for (const handler of [...storage.queries, ...storage.mutations, ...storage.subscriptions]) {
    const declared = storage.authorizedFields.find(
      (a) => a.target === handler.target && a.fieldName === handler.methodName,
    );
    if (declared) rules.set(handler.schemaName, declared.roles as Rule[]);
  }
  return rules;
}

/**
 * Deny by default: any Query or Mutation field without a declared rule is rewired to refuse.
 * Done once on the built schema, so ordinary fields pay nothing per resolution.
 */
export function denyUndeclaredRootFields(schema: GraphQLSchema): GraphQLSchema {
  const declared = rootFieldRules();
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      if (declared.has(field.name)) continue;
      const refuse = () => {
        throw userError('FORBIDDEN', `${type.name}.${field.name} declares no permission and cannot be used.`);
      };
      field.resolve = refuse;
      if (field.subscribe) field.subscribe = refuse;
    }
  }
  return schema;
}
