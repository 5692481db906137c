// Rows to entity instances without TypeORM's generic transformer, which dominated the CPU profile
// of nested reads. pg already returns our column types as the entities declare them (bigint and
// date as strings, timestamptz as Date, arrays parsed), so copying by column is exact, but for
// enum arrays, which pg returns as text.
import type { EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { getRawManyCached } from './sql-cache';

export async function getEntities<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  props?: readonly string[] | null,
): Promise<T[]> {
  return hydrate(qb, await getRawManyCached(qb), props);
}

/**
 * Restricts `qb` to the columns of `props` (entity property names), or leaves every column when
 * null: what a selection set needs (context/selection.ts), so pg parses nothing nobody reads.
 */
export function selectProps<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, props?: readonly string[] | null) {
  return props ? qb.select(props.map((p) => `${qb.alias}.${p}`)) : qb;
}

/**
 * Entities from raw rows selected by `qb` (columns aliased `<alias>_<column>`), however they were
 * fetched; with `props`, only those properties are set (the rest were not selected).
 */
export function hydrate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  raws: Array<Record<string, unknown>>,
  props?: readonly string[] | null,
): T[] {
  const copy = rowCopier<T>(qb.expressionMap.mainAlias!.metadata, qb.alias, props);
  return raws.map(copy);
}

/** A function making one entity of `metadata` from a raw row whose columns are aliased `<alias>_<column>`. */
export function rowCopier<T>(
  metadata: EntityMetadata,
  alias: string,
  props?: readonly string[] | null,
): (raw: Record<string, unknown>) => T {
  const columns = metadata.columns
    .filter((c) => !props || props.includes(c.propertyName))
    .map((c) => [c.propertyName, `${alias}_${c.databaseName}`, c.isArray && c.type === 'enum'] as const);
  const proto = (metadata.target as { prototype: object }).prototype;
  return (raw) => {
    const entity = Object.create(proto) as Record<string, unknown>;
    for (const [prop, key, enumArray] of columns) entity[prop] = enumArray ? parseEnumArray(raw[key]) : raw[key];
    return entity as T;
  };
}

/** pg does not know our enum array types and hands them over as text: `{A,B}`. Enum labels hold no commas or quotes. */
function parseEnumArray(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const inner = value.slice(1, -1);
  return inner ? inner.split(',') : [];
}
