// The text of a select query builder, built once per shape. TypeORM writes a builder's SQL anew on
// every call (alias and property names replaced by regular expressions across the whole text, the
// planner's nested tree included), which cost a list page about a twentieth of its instructions. That text
// depends only on the builder's structure: its selects, conditions, order, limits, aliases and
// entities. Parameter values never enter it; they stay `:name` placeholders, bound afterwards by
// the driver on every call. So the structure, written out in full, is the cache key, and a
// builder holding anything the key cannot write out exactly is built as before.
import { LRUCache } from 'lru-cache';
import type { EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** TypeORM's alias (query-builder/Alias), not exported from the package's entry. */
interface Alias {
  hasMetadata: boolean;
  metadata: EntityMetadata;
}

// Row scopes are written into the text (auth/scope.ts), so each viewer's scope is a shape of its own:
// a volunteer's own lists are one entry per volunteer. Bounded, least recently used out first (keys
// and texts are a few kilobytes each).
export const SQL_CACHE_SIZE = 1_000;
const texts = new LRUCache<string, string>({ max: SQL_CACHE_SIZE });
/** Every hit also builds the text afresh and compares (tests set it: the suite checks each hit). */
const verify = process.env.SQL_CACHE_VERIFY === '1';

export const sqlCacheStats = { hits: 0, misses: 0, uncacheable: 0 };

/** Properties of the expression map that do not shape the text (the connection it runs on). */
const IGNORED = new Set(['connection', 'dataSource']);

class Uncacheable extends Error {}

// The key is written as one string (V8 joins the pieces without copying until it is hashed), walking
// objects with for-in, which allocates nothing per property: the key is computed on every request.
function write(value: unknown): string {
  switch (typeof value) {
    case 'undefined':
      return 'u';
    case 'string':
      // Length-prefixed, so no text can pass for another's end and a delimiter (the planner's tree is
      // a kilobyte of SQL: no escaping pass over it).
      return 's' + value.length + ':' + value;
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      break;
    default:
      // A function (a where written as a callback, a lazy parameter) or anything else with behaviour.
      throw new Uncacheable();
  }
  if (value === null) return 'n';
  if (Array.isArray(value)) {
    let out = '[';
    for (const item of value) out += write(item) + ',';
    return out + ']';
  }
  const proto = Object.getPrototypeOf(value) as object | null;
  // Plain data only: a join attribute, a query builder or an entity carry state the key cannot see.
  if (proto !== Object.prototype && proto !== null) throw new Uncacheable();
  return writeObject(value as Record<string, unknown>);
}

/** An object's own enumerable properties (for-in: classes here keep their methods non-enumerable). */
function writeObject(value: Record<string, unknown>, skip?: string): string {
  let out = '{';
  for (const k in value) {
    if (k === skip || !Object.hasOwn(value, k)) continue;
    out += write(k) + write(value[k]) + ',';
  }
  return out + '}';
}

/** An alias (the query's own or one it names): its fields, and its entity's table and class by name. */
function writeAlias(value: unknown): string {
  if (value === undefined || value === null) return write(value);
  const alias = value as Alias;
  if (typeof alias !== 'object' || alias.constructor?.name !== 'Alias') throw new Uncacheable();
  const metadata = alias.hasMetadata ? alias.metadata : null;
  return (
    'A' +
    (metadata ? write(metadata.tablePath) + write(metadata.targetName) : '-') +
    writeObject(alias as unknown as Record<string, unknown>, '_metadata')
  );
}

/** The full structure of a select builder as a string, or null when it holds something not plain data. */
export function shapeOf(qb: SelectQueryBuilder<ObjectLiteral>): string | null {
  const map = qb.expressionMap as unknown as Record<string, unknown>;
  if (map.queryType !== 'select' || (qb as unknown as { parentQueryBuilder?: unknown }).parentQueryBuilder) return null;
  let out = '';
  try {
    for (const k in map) {
      if (IGNORED.has(k) || !Object.hasOwn(map, k)) continue;
      const v = map[k];
      // Parameter values are bound by the driver after the text is built; only their names matter.
      out += k + '=';
      if (k === 'parameters' || k === 'nativeParameters') {
        out += '(';
        for (const name in v ?? {}) out += write(name);
        out += ')';
      } else if (k === 'mainAlias') out += writeAlias(v);
      else if (k === 'aliases') {
        out += '[';
        for (const a of v as unknown[]) out += writeAlias(a) + ',';
        out += ']';
      } else out += write(v);
      out += ';';
    }
  } catch (err) {
    if (err instanceof Uncacheable) return null;
    throw err;
  }
  return out;
}

/**
 * A statement's text by `key`, built by `build` the first time (and, when verifying, every time and
 * compared). A null key (something the key could not write out) builds the text each time. Keys of
 * callers that compose a statement from a builder (a list page: common/pagination.ts) start with a
 * letter of their own, so they never meet a builder's shape.
 */
export function textFor(key: string | null, build: () => string): string {
  if (key === null) {
    sqlCacheStats.uncacheable++;
    return build();
  }
  // A hit refreshes the entry: a shape in use stays while one-off shapes go.
  const cached = texts.get(key);
  if (cached === undefined) {
    sqlCacheStats.misses++;
    const text = build();
    texts.set(key, text);
    return text;
  }
  sqlCacheStats.hits++;
  if (verify) {
    const fresh = build();
    if (fresh !== cached)
      throw new Error(`SQL cache: a cached text differs from the builder's own\n${cached}\n${fresh}`);
  }
  return cached;
}

/** The SQL of `qb` (its `getQuery()`), from the cache when a builder of the same shape was built before. */
export function cachedSql<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): string {
  return textFor(shapeOf(qb), () => qb.getQuery());
}

/**
 * `qb.getRawMany()` with the text from the cache: the builder answers it for this call only (TypeORM
 * asks its own `getQuery` for the text; the driver binds the parameters as always).
 */
export function getRawManyCached<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
): Promise<Array<Record<string, unknown>>> {
  return getRawManyAs(qb, cachedSql(qb));
}

/**
 * `qb.getRawMany()` running `text` in place of the builder's own SQL, with the builder's parameters
 * bound to it and on the builder's connection or transaction: for a text written from `qb` with
 * more around it (a page's order, limit and columns), whose parameters `qb` holds.
 */
export async function getRawManyAs<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  text: string,
): Promise<Array<Record<string, unknown>>> {
  qb.getQuery = () => text;
  try {
    return await qb.getRawMany();
  } finally {
    delete (qb as Partial<SelectQueryBuilder<T>>).getQuery;
  }
}
