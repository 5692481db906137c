// Which columns a selection set needs, so loaders fetch and parse only those: a participation list
// that shows status and minutes does not turn every row's timestamps into Dates.
// A field maps to columns by three rules, and anything else takes every column (never too few):
//   - a column the type exposes as a plain field → that column;
//   - a field resolver for a to-one relation `x` over the foreign key column `xId` → that column;
//   - a field resolver whose reads its module declared with `declareReads` → those columns.
// The id is always read; the loader adds the keys it groups by. Scope is a predicate in SQL and
// needs no column here; masking runs in field resolvers, which declare (or default to all) columns.
import {
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { EntityMetadata } from 'typeorm';

const declared = new Map<string, Record<string, readonly string[]>>();

/**
 * The columns (entity property names) a field resolver of `entity` reads from its root object,
 * for fields that are neither a column nor a to-one relation over `<field>Id`.
 */
export function declareReads(entity: { name: string }, reads: Record<string, readonly string[]>) {
  declared.set(entity.name, { ...declared.get(entity.name), ...reads });
}

let resolvedFields: Set<string> | undefined;
/** `Type.field` of every field that a field resolver method answers (type-graphql's metadata, read once). */
function isFieldResolver(type: string, field: string): boolean {
  if (!resolvedFields) {
    resolvedFields = new Set();
    for (const r of getMetadataStorage().fieldResolvers) {
      const objectType = (r.getObjectType?.() ?? r.resolverClassMetadata?.getObjectType?.()) as
        { name: string } | undefined;
      if (objectType) resolvedFields.add(`${objectType.name}.${r.schemaName}`);
    }
  }
  return resolvedFields.has(`${type}.${field}`);
}

/** Every field name selected under `fieldNodes`, through fragments; @skip/@include are ignored (a superset). */
function selectedNames(
  fieldNodes: readonly FieldNode[],
  fragments: Record<string, FragmentDefinitionNode>,
): Set<string> {
  const names = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) names.add(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else walk(fragments[s.name.value]?.selectionSet);
    }
  };
  for (const node of fieldNodes) walk(node.selectionSet);
  return names;
}

// graphql-js hands every item of a list the same fieldNodes array: computed once per position per request.
const memo = new WeakMap<readonly FieldNode[], Map<EntityMetadata, readonly string[] | null>>();

/**
 * The entity properties the field at `info` selects on `metadata`'s type, sorted, always with the
 * id, or null when every column is needed (a field this module cannot account for).
 */
export function selectedColumns(metadata: EntityMetadata, info: GraphQLResolveInfo): readonly string[] | null {
  let byEntity = memo.get(info.fieldNodes);
  if (!byEntity) memo.set(info.fieldNodes, (byEntity = new Map<EntityMetadata, readonly string[] | null>()));
  if (byEntity.has(metadata)) return byEntity.get(metadata)!;
  const result = columnsOf(metadata, info.fieldNodes, info.fragments);
  byEntity.set(metadata, result);
  return result;
}

export function columnsOf(
  metadata: EntityMetadata,
  fieldNodes: readonly FieldNode[],
  fragments: Record<string, FragmentDefinitionNode>,
  /** Fields answered without reading the entity (relations the read planner builds in SQL). */
  answered?: ReadonlySet<string>,
): readonly string[] | null {
  const type = metadata.name;
  const columns = new Set(metadata.columns.map((c) => c.propertyName));
  const reads = declared.get(type) ?? {};
  const props = new Set<string>(['id']);
  for (const name of selectedNames(fieldNodes, fragments)) {
    if (name === '__typename' || name === 'id' || answered?.has(name)) continue;
    const resolved = isFieldResolver(type, name);
    if (!resolved && columns.has(name)) props.add(name);
    else if (resolved && reads[name]) for (const p of reads[name]) props.add(p);
    else if (resolved && columns.has(`${name}Id`)) props.add(`${name}Id`);
    else return null;
  }
  return [...props].sort();
}

const joinable = new Set<string>();

/**
 * Marks to-one relations whose field resolver answers from `Loaders.related`: the loader of the
 * parent rows joins the child into its own statement, under the child's row scope, when the
 * selection set under the field needs only columns.
 */
export function declareJoined(entity: { name: string }, fields: readonly string[]) {
  for (const f of fields) joinable.add(`${entity.name}.${f}`);
}

export interface JoinedRelation {
  field: string;
  child: EntityMetadata;
  /** The parent's foreign key column (database name). */
  foreignKey: string;
  props: readonly string[];
}

/** The declared to-one relations selected under `info` that can be joined, with the child's columns. */
export function joinedRelations(metadata: EntityMetadata, info: GraphQLResolveInfo): JoinedRelation[] {
  const joins: JoinedRelation[] = [];
  for (const rel of metadata.manyToOneRelations) {
    if (!joinable.has(`${metadata.name}.${rel.propertyName}`) || rel.joinColumns.length !== 1) continue;
    const nodes: FieldNode[] = [];
    const walk = (set: SelectionSetNode | undefined) => {
      for (const s of set?.selections ?? []) {
        if (s.kind === Kind.FIELD) {
          if (s.name.value === rel.propertyName && !s.alias) nodes.push(s);
        } else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
        else walk(info.fragments[s.name.value]?.selectionSet);
      }
    };
    for (const node of info.fieldNodes) walk(node.selectionSet);
    if (!nodes.length) continue;
    const props = columnsOf(rel.inverseEntityMetadata, nodes, info.fragments);
    if (props)
      joins.push({
        field: rel.propertyName,
        child: rel.inverseEntityMetadata,
        foreignKey: rel.joinColumns[0].databaseName,
        props,
      });
  }
  return joins;
}
