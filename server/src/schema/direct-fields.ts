// Cheaper resolution for the fields a large read resolves tens of thousands of times, with exactly the
// answers type-graphql's own resolvers give:
//
// - A plain field (a property, no @Authorized, no middleware, no field resolver) reads its property,
//   as type-graphql's basic resolver does, without building a resolver-data object and entering its
//   middleware chain for every row (with no resolver at all when the field is named as its property,
//   so the compiled query reads it inline); a getter of the entity's class (every type's `id`) likewise.
// - A relation the read planner prepares (context/planner.ts, `declarePlanned`) answers the rows
//   prepared with its parent, as its resolver does through `Loaders.list` / `related` / `planned`,
//   without the parameter machinery (a resolver instance, Root/Ctx/Arg/Info decoding) per parent;
//   anything not prepared goes to its resolver as before. Only when that resolver declares no
//   @Authorized and no middleware: a rule or a middleware always runs.
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { Context } from '../context/context';
import { plannedFields } from '../context/planner';

type FieldMetadata = ReturnType<typeof getMetadataStorage>['fields'][number];

export function directFields(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const planned = plannedFields();
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const target = objectType.target;
    const fields = type.getFields();
    // Each field as the schema generator took it: the class's own (its field resolvers among them),
    // else its nearest decorated ancestor's, else its interfaces'.
    const declared = new Map<string, FieldMetadata>();
    const take = (fields: FieldMetadata[] | undefined) => {
      for (const f of fields ?? []) if (!declared.has(f.schemaName)) declared.set(f.schemaName, f);
    };
    for (let cls: unknown = target; cls && cls !== Object; cls = Object.getPrototypeOf(cls))
      take(storage.objectTypes.find((o) => o.target === cls)?.fields);
    for (const i of objectType.interfaceClasses ?? []) take(storage.interfaceTypes.find((t) => t.target === i)?.fields);
    for (const [name, f] of declared) {
      const field = fields[name];
      if (!field?.resolve) continue;
      const resolver = storage.fieldResolvers.find((r) => r.getObjectType?.() === f.target && r.methodName === f.name);
      if (!resolver) {
        if (f.roles !== undefined || f.middlewares?.length) continue;
        const prop = f.name;
        // Named as its property: no resolver at all. graphql-jit then reads the property inline in the
        // compiled query, where any resolver (even this one-liner) costs a resolver call with three
        // closures, a resolve-info and a path per row; graphql-js's default resolver reads the same
        // property. A field renamed in the schema reads its property through a resolver.
        field.resolve = name === prop ? undefined : (root: Record<string, unknown>) => root[prop];
        continue;
      }
      if (resolver.roles !== undefined || resolver.middlewares?.length) continue;
      if (resolver.kind === 'internal') {
        // A getter or method of the entity itself (the Node's `id`): read on an instance, as type-graphql
        // does after converting the root to its class; a method, or a root of another class, goes to it.
        const cls = resolver.getObjectType!() as abstract new () => object;
        const prop = resolver.methodName;
        const original = field.resolve;
        field.resolve = (root: Record<string, unknown>, args, ctx, info) => {
          if (root instanceof cls) {
            const value = root[prop];
            if (typeof value !== 'function') return value;
          }
          return original(root, args, ctx, info);
        };
        continue;
      }
      const kind = planned.get(target.name)?.get(name);
      if (!kind) continue;
      const resolve = field.resolve as GraphQLFieldResolver<object, Context | undefined, { first?: number }>;
      const direct: GraphQLFieldResolver<object, Context | undefined, { first?: number }> = (root, args, ctx, info) => {
        const value = ctx?.loaders?.preparedAnswer(root, info, kind === 'many' ? args.first : null);
        return value === undefined ? resolve(root, args, ctx, info) : value;
      };
      field.resolve = direct as typeof field.resolve;
    }
  }
  return schema;
}
