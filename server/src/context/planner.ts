// The nested read planner: a selection over relations (campaign → partners → organisation → events →
// participations → volunteer) becomes one SQL statement that builds the nested rows in PostgreSQL,
// json_agg per level, the first N per parent cut by a LATERAL-style subquery with LIMIT, each
// level's row scope (the same predicate the loaders apply, auth/scope.ts) at that level, only the
// columns its selection needs (context/selection.ts).
//
// The planner prepares rows, not answers: each level is turned into instances of its entity with
// exactly the columns the loader would have selected, and the children are handed to the same
// field resolvers (`Loaders.list`, `Loaders.related`), which return them instead of asking a
// loader. Masking, @Authorized fields and every computed field therefore run exactly as on the
// loader path. A relation the planner does not know, an aliased field, a field under a directive
// or with arguments other than `first` is left to its resolver, which loads it as before.
//
// READ_PLANNER=off turns the planner off (every relation through the loaders), for the tests that
// run the access and tenancy suites through both paths.
import {
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { DataSource, EntityMetadata } from 'typeorm';
import type { Scope } from '../auth/scope';
import { nestedFirst } from '../common/pagination';
import { columnsOf } from './selection';

type EntityClass = (new (...args: never[]) => object) & { name: string };

interface ManySpec {
  kind: 'many';
  child: () => EntityClass;
  /** [parent property, child property] pairs: the child rows whose columns equal the parent's. */
  keys: ReadonlyArray<readonly [string, string]>;
}
interface OneSpec {
  kind: 'one';
  child: () => EntityClass;
  /** The parent's foreign key property (the child's id). */
  foreignKey: string;
}
interface IdsSpec {
  kind: 'ids';
  child: () => EntityClass;
  /** The parent's array of child ids: the children in its order, those outside the scope left out. */
  ids: string;
}
type RelationSpec = ManySpec | OneSpec | IdsSpec;

const relations = new Map<string, Map<string, RelationSpec>>();

/**
 * Relations the planner may fetch with their parent. The field resolver of a `many` relation must
 * answer through `Loaders.list` and that of a `one` relation through `Loaders.related`, so that
 * prepared rows are used and anything else is loaded as before.
 */
export function declarePlanned(entity: { name: string }, fields: Record<string, RelationSpec>) {
  const byField = relations.get(entity.name) ?? new Map<string, RelationSpec>();
  for (const [field, spec] of Object.entries(fields)) byField.set(field, spec);
  relations.set(entity.name, byField);
}

/** Entity name → field → kind of every relation declared for the planner (schema/direct-fields.ts). */
export function plannedFields(): ReadonlyMap<string, ReadonlyMap<string, RelationSpec['kind']>> {
  return new Map(
    [...relations].map(([entity, byField]) => [entity, new Map([...byField].map(([f, s]) => [f, s.kind]))]),
  );
}

export const plannerEnabled = () => process.env.READ_PLANNER !== 'off';

interface PlannedChild {
  field: string;
  spec: RelationSpec;
  /** The per-parent limit of a `many` relation. */
  first: number;
  level: Level;
}

interface Level {
  meta: EntityMetadata;
  /** Columns read, in the order of the row arrays. */
  columns: ReadonlyArray<{ prop: string; sql: (alias: string) => string; convert?: (v: unknown) => unknown }>;
  children: PlannedChild[];
}

const isTimestamp = (type: unknown) =>
  type === 'timestamptz' || type === 'timestamp with time zone' || type === 'timestamp' || type === Date;

function columnSql(meta: EntityMetadata, prop: string) {
  const c = meta.findColumnWithPropertyName(prop)!;
  const name = `"${c.databaseName}"`;
  // json numbers would lose bigint precision and change its type: bigint columns stay strings, as pg gives them.
  const text = c.type === 'bigint' || c.type === 'numeric' || c.type === 'decimal';
  const sql = text ? (a: string) => `${a}.${name}::text${c.isArray ? '[]' : ''}` : (a: string) => `${a}.${name}`;
  const convert = isTimestamp(c.type) ? (v: unknown) => (v == null ? null : new Date(v as string)) : undefined;
  return { prop, sql, convert };
}

interface Walk {
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/** Field nodes selected directly under `nodes` (through fragments), by field name. */
function fieldsUnder(nodes: readonly FieldNode[], w: Walk): Map<string, FieldNode[]> {
  const byName = new Map<string, FieldNode[]>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        const list = byName.get(s.name.value) ?? [];
        list.push(s);
        byName.set(s.name.value, list);
      } else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else walk(w.fragments[s.name.value]?.selectionSet);
    }
  };
  for (const n of nodes) walk(n.selectionSet);
  return byName;
}

/** The `first` of a relation field, or undefined when it takes anything else (left to its resolver). */
function firstArg(nodes: readonly FieldNode[], w: Walk): number | undefined {
  let first: number | undefined;
  for (const n of nodes) {
    if (n.alias || n.directives?.length) return undefined;
    let value = 20;
    for (const arg of n.arguments ?? []) {
      if (arg.name.value !== 'first') return undefined;
      const v = arg.value;
      const raw = v.kind === Kind.INT ? Number(v.value) : v.kind === Kind.VARIABLE ? w.variables[v.name.value] : NaN;
      if (raw == null) continue;
      if (typeof raw !== 'number' || !Number.isInteger(raw)) return undefined;
      value = raw;
    }
    if (first !== undefined && first !== value) return undefined;
    first = value;
  }
  return first === undefined ? undefined : nestedFirst(first);
}

function planLevel(db: DataSource, meta: EntityMetadata, nodes: readonly FieldNode[], w: Walk, depth: number): Level {
  const keys = new Set<string>();
  const children: PlannedChild[] = [];
  const specs = relations.get(meta.name);
  if (specs && depth < 8) {
    for (const [field, childNodes] of fieldsUnder(nodes, w)) {
      const spec = specs.get(field);
      if (!spec) continue;
      const first = firstArg(childNodes, w);
      if (first === undefined) continue;
      if (spec.kind !== 'many' && childNodes.some((n) => n.arguments?.length)) continue;
      const childMeta = db.getMetadata(spec.child());
      if (spec.kind === 'many') for (const [parentProp] of spec.keys) keys.add(parentProp);
      children.push({ field, spec, first, level: planLevel(db, childMeta, childNodes, w, depth + 1) });
    }
  }
  // A to-one or id-list relation built in the statement reads its key in SQL, from the table's row: the
  // entity needs no copy of it. Planned fields are unaliased and carry no directive, so their answers are
  // always the prepared rows and no loader falls back on the key; a list keeps its parent's keys, which
  // a nested list with another `first` loads by. Whatever else reads the key declares it (declareReads).
  const answered = new Set(children.filter((c) => c.spec.kind !== 'many').map((c) => c.field));
  const selected = columnsOf(meta, nodes, w.fragments, answered);
  const props = new Set([...(selected ?? meta.columns.map((c) => c.propertyName)), ...keys]);
  return { meta, columns: [...props].sort().map((p) => columnSql(meta, p)), children };
}

/**
 * A json array per row of `level` at `alias`: its columns in order, then each child (an array of
 * such arrays for a list, one or null for a to-one relation).
 */
function rowJson(level: Level, alias: string, scope: Scope, depth: number): string {
  const parts = level.columns.map((c) => c.sql(alias));
  for (const child of level.children) parts.push(childJson(level.meta, child, alias, scope, depth));
  return `json_build_array(${parts.join(', ')})`;
}

/** The alias of a child level's rows in the tree's SQL. */
const childAlias = (child: PlannedChild, depth: number) => `pl${depth}_${child.field.toLowerCase()}`;

function childJson(parent: EntityMetadata, child: PlannedChild, alias: string, scope: Scope, depth: number): string {
  const meta = child.level.meta;
  const a = childAlias(child, depth);
  const where: string[] = [];
  const predicate = scope.predicate(meta.name, a);
  if (predicate) where.push(`(${predicate})`);
  if (meta.deleteDateColumn) where.push(`${a}."${meta.deleteDateColumn.databaseName}" IS NULL`);
  const col = (m: EntityMetadata, prop: string) => `"${m.findColumnWithPropertyName(prop)!.databaseName}"`;
  const row = rowJson(child.level, a, scope, depth + 1);
  if (child.spec.kind === 'one') {
    where.unshift(`${a}.id = ${alias}.${col(parent, child.spec.foreignKey)}`);
    return `(SELECT ${row} FROM "${meta.tableName}" ${a} WHERE ${where.join(' AND ')})`;
  }
  if (child.spec.kind === 'ids') {
    // As a loader's loadMany over the array: in its order, duplicates kept, rows outside the scope left out.
    const ids = `${alias}.${col(parent, child.spec.ids)}`;
    return `COALESCE((SELECT json_agg(${row} ORDER BY ${a}_u.ord) FROM unnest(${ids}) WITH ORDINALITY ${a}_u(id, ord)
      JOIN "${meta.tableName}" ${a} ON ${a}.id = ${a}_u.id${where.length ? ` WHERE ${where.join(' AND ')}` : ''}), '[]'::json)`;
  }
  for (const [parentProp, childProp] of child.spec.keys)
    where.unshift(`${a}.${col(meta, childProp)} = ${alias}.${col(parent, parentProp)}`);
  // The cut rows carry only the columns this level reads, and the keys its relations below read in SQL.
  const carried = new Set(child.level.columns.map((c) => c.prop));
  for (const below of child.level.children)
    if (below.spec.kind === 'one') carried.add(below.spec.foreignKey);
    else if (below.spec.kind === 'ids') carried.add(below.spec.ids);
  const columns = [...carried]
    .sort()
    .map((p) => `${a}.${col(meta, p)}`)
    .join(', ');
  return `COALESCE((SELECT json_agg(${row} ORDER BY ${a}.id) FROM (SELECT ${columns} FROM "${meta.tableName}" ${a}
    WHERE ${where.join(' AND ')} ORDER BY ${a}.id LIMIT ${child.first}) ${a}), '[]'::json)`;
}

/** The prepared children of one row (field → rows, or → row or null), as `Loaders` stores them. */
export type Prepare = (parent: object, field: string, first: number | null, value: unknown) => void;

function attach(level: Level, entity: object, values: unknown[], offset: number, prepare: Prepare) {
  level.children.forEach((child, i) => {
    const v = values[offset + i];
    if (child.spec.kind === 'ids')
      prepare(
        entity,
        child.field,
        null,
        (v as unknown[][]).map((r) => build(child.level, r, prepare)),
      );
    else if (child.spec.kind === 'one')
      prepare(entity, child.field, null, v == null ? null : build(child.level, v as unknown[], prepare));
    else
      prepare(
        entity,
        child.field,
        child.first,
        (v as unknown[][]).map((r) => build(child.level, r, prepare)),
      );
  });
}

function build(level: Level, values: unknown[], prepare: Prepare): object {
  const entity = Object.create((level.meta.target as { prototype: object }).prototype) as Record<string, unknown>;
  const cols = level.columns;
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    entity[c.prop] = c.convert ? c.convert(values[i]) : values[i];
  }
  attach(level, entity, values, cols.length, prepare);
  return entity;
}

/** A plan for rows of `entity` selected under `nodes` and their planned relations. */
export interface TreePlan {
  /** The columns (entity properties) the rows themselves need, or null for all. */
  props: readonly string[] | null;
  /** Whether the connection's totalCount is asked for (counted with the page where it can be). */
  count: boolean;
  /** A SQL expression over `alias` (a row of the parent table): a json array of its children; null when none is planned. */
  sql(alias: string): string | null;
  /** Hands one parent's children, from the expression's value, to `prepare`. */
  attach(parent: object, value: unknown): void;
}

/** What a tree's plan is made of, whoever reads it: its levels, its rows' columns, whether it counts. */
interface Shape {
  level: Level;
  props: readonly string[] | null;
  count: boolean;
  /**
   * The tree's SQL already written, by the parent's alias and the row scope of every level (the one
   * part that differs between viewers): the same text, the same string, for every request of a shape.
   */
  texts: Map<string, string | null>;
}
/** Texts kept per shape: a shape is read by viewers of a few scopes at a time. */
const MAX_TEXTS_PER_SHAPE = 64;

/** What the tree's text depends on besides its shape: the alias and each level's scope predicate. */
function textKey(level: Level, alias: string, scope: Scope, depth: number): string {
  let key = alias;
  for (const child of level.children) {
    const a = childAlias(child, depth);
    key +=
      '\u0000' +
      (scope.predicate(child.level.meta.name, a) ?? '') +
      '\u0001' +
      textKey(child.level, a, scope, depth + 1);
  }
  return key;
}

function planShape(
  db: DataSource,
  entity: { name: string },
  nodes: readonly FieldNode[],
  info: Pick<GraphQLResolveInfo, 'fragments' | 'variableValues'>,
  count: boolean,
): Shape {
  const meta = db.getMetadata(entity.name);
  const level = planLevel(db, meta, nodes, { fragments: info.fragments, variables: info.variableValues }, 0);
  return {
    level,
    props: columnsOf(meta, nodes, info.fragments) && level.columns.map((c) => c.prop),
    count,
    texts: new Map(),
  };
}

function treePlan(shape: Shape, scope: Scope, prepare: Prepare): TreePlan {
  const { level } = shape;
  const childrenOnly: Level = { meta: level.meta, columns: [], children: level.children };
  return {
    props: shape.props,
    count: shape.count,
    sql: (alias) => {
      if (!level.children.length) return null;
      const key = textKey(childrenOnly, alias, scope, 0);
      let text = shape.texts.get(key);
      if (text === undefined) {
        text = rowJson(childrenOnly, alias, scope, 0);
        if (shape.texts.size >= MAX_TEXTS_PER_SHAPE) shape.texts.clear();
        shape.texts.set(key, text);
      }
      return text;
    },
    attach: (parent, value) => attach(childrenOnly, parent, value as unknown[], 0, prepare),
  };
}

/**
 * Shapes by the connection's first field node (Apollo hands every request with the same text the
 * same parsed document), then by entity, the positions of all its field nodes and the variables:
 * everything a shape is worked out from. The row scope is not in it: the SQL is written per request.
 */
const shapes = new WeakMap<FieldNode, Map<string, Shape | null>>();
const MAX_SHAPES_PER_NODE = 64;

/** The plan for a connection at `info` over rows of `entity`, or null when it plans nothing there. */
export function planConnection(
  db: DataSource,
  scope: Scope,
  prepare: Prepare,
  entity: { name: string },
  info: GraphQLResolveInfo,
): TreePlan | null {
  if (!plannerEnabled()) return null;
  const located = info.fieldNodes.every((n) => n.loc);
  const key = located
    ? `${entity.name}|${info.fieldNodes.map((n) => n.loc!.start).join(',')}|${JSON.stringify(info.variableValues)}`
    : '';
  let byKey = located ? shapes.get(info.fieldNodes[0]) : undefined;
  let shape = byKey?.get(key);
  if (shape === undefined) {
    const nodes = connectionNodes(info);
    shape = nodes.length ? planShape(db, entity, nodes, info, selectsTotalCount(info)) : null;
    if (located) {
      if (!byKey) shapes.set(info.fieldNodes[0], (byKey = new Map<string, Shape | null>()));
      if (byKey.size >= MAX_SHAPES_PER_NODE) byKey.clear();
      byKey.set(key, shape);
    }
  }
  return shape && treePlan(shape, scope, prepare);
}

/** The field nodes of a connection's node type under a list field: `nodes { … }` and `edges { node { … } }`. */
/** Whether a connection at `info` selects its totalCount. */
export function selectsTotalCount(info: GraphQLResolveInfo): boolean {
  return fieldsUnder(info.fieldNodes, { fragments: info.fragments, variables: info.variableValues }).has('totalCount');
}

export function connectionNodes(info: GraphQLResolveInfo): FieldNode[] {
  const w = { fragments: info.fragments, variables: info.variableValues };
  const under = fieldsUnder(info.fieldNodes, w);
  const out: FieldNode[] = [...(under.get('nodes') ?? [])];
  for (const e of under.get('edges') ?? []) {
    out.push(e);
    out.push(...(fieldsUnder([e], w).get('node') ?? []));
  }
  // Under a directive, a position might select what the plan did not: leave it all to the loaders.
  return out.some((n) => n.directives?.length) ? [] : out.filter((n) => n.name.value !== 'edges');
}
