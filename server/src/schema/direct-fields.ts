// Cheaper resolution for the fields a large read resolves tens of thousands of times, with exactly the
// answers type-graphql's own resolvers give:
//
// - A plain field (a property or getter, no @Authorized, no middleware, no field resolver) reads its
//   property, as type-graphql's basic resolver does, without building a resolver-data object and
//   entering its middleware chain for every row.
// - A relation the read planner prepares (context/planner.ts, `declarePlanned`) answers the rows
//   prepared with its parent, as its resolver does through `Loaders.list` / `related` / `planned`,
//   without the parameter machinery (a resolver instance, Root/Ctx/Arg/Info decoding) per parent;
//   anything not prepared goes to its resolver as before. Only when that resolver declares no
//   @Authorized and no middleware: a rule or a middleware always runs.
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { Context } from '../context/context';
import { plannedFields } from '../context/planner';

type Target = abstract new (...args: never[]) => unknown;

export function directFields(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const planned = plannedFields();
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const target = objectType.target as Target;
    const fields = type.getFields();
    // The most specific declaration of each field: the class's own, else the nearest ancestor's.
    const declared = new Map<string, (typeof storage.fields)[number]>();
    for (const f of storage.fields) {
      const own = f.target === target;
      if (!own && !((target.prototype as object) instanceof (f.target as Target))) continue;
      const seen = declared.get(f.schemaName);
      if (!seen || own || (f.target as Target).prototype instanceof (seen.target as Target))
        declared.set(f.schemaName, f);
    }
    for (const [name, f] of declared) {
      const field = fields[name];
      if (!field?.resolve) continue;
      const resolver = storage.fieldResolvers.find((r) => r.getObjectType?.() === f.target && r.methodName === f.name);
      if (!resolver) {
        if (f.roles !== undefined || f.middlewares?.length) continue;
        const prop = f.name;
        field.resolve = (root: Record<string, unknown>) => root[prop];
        continue;
      }
      const kind = planned.get(target.name)?.get(name);
      if (!kind || resolver.roles !== undefined || resolver.middlewares?.length) continue;
      const resolve = field.resolve as GraphQLFieldResolver<object, Context, { first?: number }>;
      field.resolve = (root, args, ctx, info) => {
        const value = ctx?.loaders?.preparedAnswer(root, info, kind === 'many' ? args.first : null);
        return value === undefined ? resolve(root, args, ctx, info) : value;
      };
    }
  }
  return schema;
}
