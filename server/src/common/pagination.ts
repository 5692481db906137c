// Relay connections with keyset pagination: on the primary key, or on a list's sort key with the primary key
// as tie-breaker. A page-number pager may jump with `offset` instead of a cursor.
import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors';
import { hydrate, selectProps } from '../db/hydrate';
import { cachedSql, getRawManyAs, shapeOf, textFor } from '../db/sql-cache';
import {
  countCacheStats,
  rememberedCountSql,
  rememberedTotal,
  rememberTotal,
  versionedTables,
  versionSql,
} from '../db/count-cache';
import type { TreePlan } from '../context/planner';

export const MAX_PAGE_SIZE = 100;
export const MAX_OFFSET = 100_000;

/** Nested list fields take `first` too, clamped to the same cap. */
export const nestedFirst = (first: number) => Math.max(1, Math.min(MAX_PAGE_SIZE, Math.trunc(first)));

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Rows to skip, for a page-number pager (page × first, up to ${MAX_OFFSET}); not together with after.`,
  })
  @Min(0)
  @Max(MAX_OFFSET)
  offset?: number | null;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, { name: 'OrderDirection', description: 'ASC: oldest/smallest first.' });

/**
 * A sort key of a list: its SQL expression (on the query's alias), the entity property and the SQL type. A
 * `nullable` timestamp (a check-in not yet made) sorts as the earliest moment: last when newest come first.
 */
export interface SortKey {
  sql: string;
  property: string;
  type: 'timestamptz' | 'date' | 'text' | 'integer';
  nullable?: boolean;
}

export interface Sort {
  key: SortKey;
  direction: OrderDirection;
}

const orderTypeCache = new Map<string, ClassType>();

/**
 * `<Name>Order` input for a list sortable by these keys: `field` (an enum `<Name>Field` of the keys) and a
 * direction. Lists that people work through take it as `orderBy`, newest first when it is left out.
 */
export function OrderInput<F extends string>(
  name: string,
  keys: Record<F, SortKey>,
): ClassType<{ field: F; direction: OrderDirection }> {
  const cached = orderTypeCache.get(name);
  if (cached) return cached as ClassType<{ field: F; direction: OrderDirection }>;
  const fieldEnum = Object.fromEntries(Object.keys(keys).map((k) => [k, k])) as Record<F, F>;
  registerEnumType(fieldEnum, { name: `${name}Field` });

  @InputType(name)
  class Order {
    @Field(() => fieldEnum)
    field: F;

    @Field(() => OrderDirection, { defaultValue: OrderDirection.DESC })
    direction: OrderDirection = OrderDirection.DESC;
  }
  orderTypeCache.set(name, Order);
  return Order;
}

/** The Sort for an `orderBy`, or the list's default: its first key (newest first), descending. */
export function sortOf<F extends string>(
  keys: Record<F, SortKey>,
  order: { field: F; direction?: OrderDirection } | null | undefined,
): Sort {
  const field = order?.field ?? (Object.keys(keys)[0] as F);
  return { key: keys[field], direction: order?.direction ?? OrderDirection.DESC };
}

export interface Connection<T> {
  readonly edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
}

const typeCache = new Map<string, ClassType>();

/** `XConnection` and `XEdge` object types for a node type, built once per type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>): ClassType<Connection<T>> {
  const name = nodeType.name;
  const cached = typeCache.get(name);
  if (cached) return cached as ClassType<Connection<T>>;

  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    /**
     * Built from the page's rows when first read: most pages are read as nodes only. A getter of the
     * class, not of the object `paginate` returns: type-graphql copies that object's own properties
     * into an instance of this class, which would read (and build) every edge and cursor of the page.
     */
    @Field(() => [Edge])
    get edges(): Edge[] {
      return (this.builtEdges ??= this.edgesOf());
    }

    edgesOf: () => Edge[];
    builtEdges?: Edge[];

    @Field(() => [nodeType], { description: 'The nodes of the edges, for clients that need no cursors.' })
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    countRows: () => Promise<number>;

    @Field(() => Int, { description: 'Rows matching the filter, across all pages.' })
    totalCount(): Promise<number> {
      return this.countRows();
    }
  }
  typeCache.set(name, ConnectionClass);
  return ConnectionClass;
}

const encodeCursor = (id: string) => Buffer.from(`cursor:${id}`).toString('base64url');
/** A sorted list's cursor carries the sort value too: the next page starts after (value, id). */
const encodeSortedCursor = (id: string, value: string) => Buffer.from(`sorted:${id}:${value}`).toString('base64url');

const badCursor = () => badInput('after', 'The cursor is not valid: use pageInfo.endCursor of the previous page.');

function decodeCursor(cursor: string, sorted: boolean): { id: string; value?: string } {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = sorted ? /^sorted:([1-9][0-9]{0,17}):(.*)$/s.exec(raw) : /^cursor:([1-9][0-9]{0,17})$/.exec(raw);
  if (!m) throw badCursor();
  return { id: m[1], value: m[2] };
}

function sortValue(row: object, key: SortKey): string {
  const v = (row as Record<string, string | number | Date | null | undefined>)[key.property];
  if (v === null || v === undefined) return '-infinity';
  return v instanceof Date ? v.toISOString() : String(v);
}

/** The ORDER BY expression of a key, nulls (when the key may be null) as the earliest moment. */
function sortExpression(key: SortKey): string {
  return key.nullable ? `COALESCE(${key.sql}, CAST('-infinity' AS timestamptz))` : key.sql;
}

/** What a sort key writes into a page's text. */
const sortShape = (sort: Sort | undefined) =>
  sort ? `${sort.direction} ${sort.key.type} ${sort.key.nullable ? 1 : 0} ${sort.key.property} ${sort.key.sql}` : '';

/** A count's key: its builder's shape and parameter values; null for a value JSON cannot write (a bigint). */
function countKey(base: string, params: ObjectLiteral): string | null {
  try {
    return `${base}\u0000${JSON.stringify(params)}`;
  } catch {
    return null;
  }
}

/**
 * One page of `qb` (already filtered and scoped) ordered by `sort` and then `alias.id`, or by `alias.id`
 * alone. The count query runs only when the client asks for totalCount. With the read planner's
 * `plan` (`Loaders.planConnection`), the relations the selection asks for come in the same statement.
 *
 * The page's text is written once per shape (db/sql-cache.ts): keyed by the filtered builder's shape
 * and everything the page adds to it (limit, offset, order, cursor, columns, the planned tree and
 * whether it counts), so a page seen before runs its text with `qb`'s parameters and the cursor's,
 * without building the page's query again.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  page: PageArgs,
  sort?: Sort,
  plan?: TreePlan | null,
): Promise<Connection<T>> {
  const alias = qb.alias;
  const first = Math.min(page.first ?? 20, MAX_PAGE_SIZE);
  if (page.after && page.offset) throw badInput('offset', 'Give either after or offset, not both.');
  const direction = sort?.direction ?? OrderDirection.ASC;
  // Ordered by the key itself, so an index on it serves the page. A timestamp's cursor carries
  // PostgreSQL's own text of the value (microseconds, which a JavaScript date would cut), so the next
  // page starts exactly after it.
  const expr = sort && sortExpression(sort.key);
  const exact = sort?.key.type === 'timestamptz';
  const after = page.after ? decodeCursor(page.after, !!sort) : undefined;
  const afterParams = after && (sort ? { __afterValue: after.value, __after: after.id } : { __after: after.id });
  // With a plan, only the columns the selection needs (and the sort key); the planned relations in
  // the same statement, which PostgreSQL evaluates after the sort and the limit, for the page's rows
  // only. A timestamp's cursor takes its text (`__sort`); another sort key's cursor reads the property.
  const props = plan?.props && [...new Set([...plan.props, ...(sort && !exact ? [sort.key.property] : [])])];
  const tree = plan ? plan.sql(alias) : null;
  const counted = !!plan?.count;
  const countQuery = () => qb.clone();

  const build = () => {
    const pageQb = qb.clone().limit(first + 1);
    if (sort) pageQb.orderBy(expr!, direction).addOrderBy(`${alias}.id`, direction);
    else pageQb.orderBy(`${alias}.id`, 'ASC');
    if (afterParams) {
      const cmp = direction === OrderDirection.ASC ? '>' : '<';
      if (sort) pageQb.andWhere(`(${expr}, ${alias}.id) ${cmp} (CAST(:__afterValue AS ${sort.key.type}), :__after)`);
      else pageQb.andWhere(`${alias}.id > :__after`);
    }
    if (page.offset) pageQb.offset(page.offset);
    selectProps(pageQb, props);
    if (exact) pageQb.addSelect(`(${expr})::text`, '__sort');
    if (tree) pageQb.addSelect(tree, '__tree');
    // The total with the page: the count of the filtered rows as an uncorrelated subquery, which
    // PostgreSQL runs once beside the page (a window over the page's rows would stop the early exit
    // of an index-ordered page). The filter's parameters are the page's own.
    if (counted) {
      const countSql = cachedSql(countQuery().select('count(*)'));
      // Over versioned tables only, the total is remembered between pages (db/count-cache.ts).
      const tables = base === null ? null : versionedTables(countSql);
      if (tables) {
        pageQb.addSelect(rememberedCountSql(countSql, tables), '__total');
        pageQb.addSelect(`(${versionSql(tables)})::text`, '__version');
      } else pageQb.addSelect(`(${countSql})`, '__total');
    }
    return pageQb.getQuery();
  };
  const base = shapeOf(qb);
  // The remembered total of this filter (its shape and parameters), if any: the statement counts only
  // when the versions of the tables it counts moved since.
  const totalKey = counted && base !== null ? countKey(base, qb.getParameters()) : null;
  const database = qb.connection.driver;
  const remembered = totalKey === null ? undefined : rememberedTotal(database, totalKey);
  const key =
    base === null
      ? null
      : `P${first} ${page.offset ?? 0} ${afterParams ? 1 : 0} ${sortShape(sort)}\u0000` +
        (plan ? `${props?.join(',') ?? '*'} ${counted ? 1 : 0} ${tree ?? ''}` : '-') +
        `\u0000${base}`;
  const text = textFor(key, build);
  if (afterParams) qb.setParameters(afterParams);
  if (counted) qb.setParameter('__countVersion', remembered?.version ?? '-1');
  const raws = await getRawManyAs(qb, text);
  const rows = hydrate(qb, raws, props);
  if (tree) rows.forEach((row, i) => plan!.attach(row, raws[i].__tree));
  let countRows = () => countQuery().getCount();
  // A page past the end (after the last cursor, an offset too far) has no row to carry the total: then it is counted apart.
  if (counted && (raws.length || (!page.offset && !page.after))) {
    const head = raws[0] as { __total: string | null; __version?: string | null } | undefined;
    if (head && head.__total === null && remembered) {
      countCacheStats.hits++;
      countRows = () => Promise.resolve(remembered.total);
    } else if (!head || head.__total !== null) {
      const total = head ? Number(head.__total) : 0;
      if (head?.__version != null && totalKey !== null) rememberTotal(database, totalKey, head.__version, total);
      countRows = () => Promise.resolve(total);
    }
  }
  const hasNextPage = rows.length > first;
  const nodes = rows.slice(0, first);
  const cursorOf = (node: T, i: number) =>
    sort
      ? encodeSortedCursor(node.id, exact ? String(raws[i].__sort) : sortValue(node, sort.key))
      : encodeCursor(node.id);
  // The edges and their cursors only for a client that asks for them (ConnectionType's `edges`).
  const result = {
    edgesOf: () => nodes.map((node, i) => ({ cursor: cursorOf(node, i), node })),
    nodes,
    pageInfo: { hasNextPage, endCursor: nodes.length ? cursorOf(nodes[nodes.length - 1], nodes.length - 1) : null },
    countRows,
  };
  return result as unknown as Connection<T>;
}
