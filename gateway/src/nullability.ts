// The nullability rules of README "Registering a subgraph", checked on every composition. The hub
// decides per viewer which of its records exist, and a partner's service may be down; both must null
// only the partner's own fields, never a response that also asks the hub:
//   1. every field a partner adds to a hub type, and every partner root field, is nullable;
//   2. a partner field returning a hub entity is nullable at the entity itself (`Volunteer`,
//      `[Volunteer]`, `[Volunteer]!`), so a record the viewer may not see is null there, with the
//      hub's NOT_FOUND, instead of breaking a non-null position above it.
import {
  Kind,
  parse,
  print,
  type ConstDirectiveNode,
  type DocumentNode,
  type ObjectTypeDefinitionNode,
  type TypeNode,
} from 'graphql';

/** The subgraph that owns the shared records and scopes them per viewer. */
export const HUB_SUBGRAPH = 'hub';

const argument = (d: ConstDirectiveNode, name: string) => {
  const arg = d.arguments?.find((a) => a.name.value === name);
  return arg && (arg.value.kind === Kind.ENUM || arg.value.kind === Kind.STRING) ? arg.value.value : undefined;
};
const directives = (node: { directives?: readonly ConstDirectiveNode[] }, name: string) =>
  (node.directives ?? []).filter((d) => d.name.value === name);

/** The innermost named type of a field and whether it (not the list around it) is non-null. */
function innermost(type: TypeNode): { name: string; nonNull: boolean } {
  if (type.kind === Kind.NON_NULL_TYPE) {
    const inner = type.type;
    if (inner.kind === Kind.NAMED_TYPE) return { name: inner.name.value, nonNull: true };
    return innermost(inner);
  }
  if (type.kind === Kind.LIST_TYPE) return innermost(type.type);
  return { name: type.name.value, nonNull: false };
}

/** Violations of the rules above in a composed supergraph, one readable line each; empty when it complies. */
export function checkNullability(supergraphSdl: string | DocumentNode, hub = HUB_SUBGRAPH): string[] {
  const doc = typeof supergraphSdl === 'string' ? parse(supergraphSdl) : supergraphSdl;
  // join__Graph enum value (HUB) → subgraph name (hub).
  const graphNames = new Map<string, string>();
  for (const def of doc.definitions) {
    if (def.kind !== Kind.ENUM_TYPE_DEFINITION || def.name.value !== 'join__Graph') continue;
    for (const value of def.values ?? []) {
      const [graph] = directives(value, 'join__graph');
      if (graph) graphNames.set(value.name.value, argument(graph, 'name') ?? value.name.value);
    }
  }
  const objects = doc.definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION);
  const graphsOfType = new Map(
    objects.map((t) => [t.name.value, directives(t, 'join__type').map((d) => graphNames.get(argument(d, 'graph')!)!)]),
  );
  // Hub entities: types the hub resolves by a key.
  const hubEntities = new Set(
    objects
      .filter((t) =>
        directives(t, 'join__type').some((d) => graphNames.get(argument(d, 'graph')!) === hub && argument(d, 'key')),
      )
      .map((t) => t.name.value),
  );

  const violations: string[] = [];
  for (const type of objects) {
    const typeGraphs = graphsOfType.get(type.name.value) ?? [];
    const hubType = typeGraphs.includes(hub);
    for (const field of type.fields ?? []) {
      const fieldGraphs = directives(field, 'join__field')
        .map((d) => argument(d, 'graph'))
        .filter((g): g is string => !!g)
        .map((g) => graphNames.get(g)!);
      const resolvedBy = fieldGraphs.length ? fieldGraphs : typeGraphs;
      if (resolvedBy.includes(hub)) continue;
      const partner = resolvedBy.join(', ');
      const coordinate = `${type.name.value}.${field.name.value}: ${print(field.type)}`;
      if (hubType && field.type.kind === Kind.NON_NULL_TYPE) {
        violations.push(
          `${partner}: ${coordinate} is added to the hub's ${type.name.value} as non-null; make it nullable, so an outage or a refusal nulls only this field`,
        );
        continue;
      }
      const target = innermost(field.type);
      if (hubEntities.has(target.name) && target.nonNull) {
        violations.push(
          `${partner}: ${coordinate} returns the hub's ${target.name} as non-null; make ${target.name} nullable there, so a record the viewer may not see is null (NOT_FOUND) instead of an error above it`,
        );
      }
    }
  }
  return violations;
}
