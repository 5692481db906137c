// Relay connections with keyset pagination on the primary key: stable order, no OFFSET scans.
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors';
import { getEntities } from '../db/hydrate';

export const MAX_PAGE_SIZE = 100;

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
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
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
    @Field(() => [Edge])
    edges: Edge[];

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

function decodeCursor(cursor: string): string {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^cursor:([1-9][0-9]{0,17})$/.exec(raw);
  if (!m) throw badInput('after', 'The cursor is not valid: use pageInfo.endCursor of the previous page.');
  return m[1];
}

/**
 * One page of `qb` (already filtered and scoped) ordered by `alias.id` (DESC: newest first). The
 * count query runs only when the client asks for totalCount.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  page: PageArgs,
  direction: 'ASC' | 'DESC' = 'ASC',
): Promise<Connection<T>> {
  const alias = qb.alias;
  const first = Math.min(page.first ?? 20, MAX_PAGE_SIZE);
  const countQb = qb.clone();
  const pageQb = qb
    .clone()
    .orderBy(`${alias}.id`, direction)
    .limit(first + 1);
  if (page.after)
    pageQb.andWhere(`${alias}.id ${direction === 'ASC' ? '>' : '<'} :__after`, { __after: decodeCursor(page.after) });
  const rows = await getEntities(pageQb);
  const hasNextPage = rows.length > first;
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node.id), node }));
  const result = {
    edges,
    nodes,
    pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    countRows: () => countQb.getCount(),
  };
  return result as unknown as Connection<T>;
}
