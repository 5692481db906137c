// A list page's total, remembered between pages of the same filter while the tables it counts are
// unchanged. Every write to a versioned table stamps it with a new version in the writing transaction
// (the data_version triggers, migrations Rollups and TableVersions), so a statement that reads those
// versions sees, in its own snapshot, exactly the data state a remembered total was counted in. The
// page's statement asks PostgreSQL for the versions and counts only when they moved:
//
//   CASE WHEN <no write of its own> AND <versions> = :__countVersion THEN NULL ELSE (<count>) END
//
// PostgreSQL evaluates the count's subplan only in the branch that reads it. A transaction that has
// written (its uncommitted stamps could be reused by another transaction after a rollback) neither
// uses nor stores a remembered total. A count over anything the versions do not cover (a table
// without the triggers, a function, the clock) is never remembered.
import { VERSIONED_TABLES } from './migrations/1795930800000-Rollups';

const versioned = new Set<string>(VERSIONED_TABLES);

/** Calls a count may make: SQL syntax and functions of their arguments only (no table, no clock). */
const PURE_CALLS = new Set([
  // keywords a parenthesis may follow
  'select',
  'from',
  'join',
  'where',
  'on',
  'when',
  'then',
  'else',
  'case',
  'like',
  'ilike',
  'between',
  'is',
  'as',
  'in',
  'exists',
  'any',
  'all',
  'array',
  'not',
  'and',
  'or',
  'count',
  'coalesce',
  'nullif',
  'cast',
  'lower',
  'upper',
  'length',
  'trim',
]);

/**
 * The tables a count statement reads, when each is a versioned table named in a FROM or JOIN (or a
 * subquery's); null when anything else could move the count: another table, a comma join, a CTE, a
 * lateral or schema-qualified source, a function call outside PURE_CALLS, the clock.
 */
export function versionedTables(sql: string): string[] | null {
  const text = sql.replace(/'(?:[^']|'')*'/g, "''");
  if (/\b(with|lateral|only|current_date|current_time|current_timestamp|localtime|localtimestamp)\b/i.test(text))
    return null;
  for (const call of text.matchAll(/\b([a-z_][a-z0-9_]*)\s*\(/gi))
    if (!PURE_CALLS.has(call[1].toLowerCase())) return null;
  const tables = new Set<string>();
  for (const m of text.matchAll(/\b(?:from|join)\s+/gi)) {
    const rest = text.slice(m.index + m[0].length);
    if (rest.startsWith('(')) continue; // a subquery: its own FROMs are read in turn
    const source = /^("?)([a-z_][a-z0-9_]*)\1(\s*[.(])?(?:\s+(?:as\s+)?("?)[a-z_][a-z0-9_]*\4)?\s*(,)?/i.exec(rest);
    if (!source || source[3] || source[5] || !versioned.has(source[2])) return null;
    tables.add(source[2]);
  }
  return tables.size ? [...tables].sort() : null;
}

/**
 * The highest version among `tables` (already checked names); null inside a transaction that wrote, or
 * when a table has no version row (its writes would move nothing).
 */
export const versionSql = (tables: readonly string[]) =>
  `CASE WHEN pg_current_xact_id_if_assigned() IS NULL THEN (SELECT CASE WHEN count(*) = ${tables.length} THEN max(version) END ` +
  `FROM table_version WHERE table_name IN (${tables.map((t) => `'${t}'`).join(', ')})) END`;

/** The total column: NULL when the versions equal :__countVersion (the remembered total holds). */
export const rememberedCountSql = (countSql: string, tables: readonly string[]) =>
  `CASE WHEN (${versionSql(tables)}) = CAST(:__countVersion AS bigint) THEN NULL ELSE (${countSql}) END`;

interface Remembered {
  version: string;
  total: number;
}

/**
 * Totals per database (its driver: a request's data source is a view of the one pool) by the count's
 * shape and parameters; the oldest go first past the limit.
 */
const totalsByDatabase = new WeakMap<object, Map<string, Remembered>>();
const MAX_TOTALS = 1024;

export const countCacheStats = { hits: 0, stored: 0 };

export function rememberedTotal(database: object, key: string): Remembered | undefined {
  return totalsByDatabase.get(database)?.get(key);
}

export function rememberTotal(database: object, key: string, version: string, total: number): void {
  let totals = totalsByDatabase.get(database);
  if (!totals) totalsByDatabase.set(database, (totals = new Map<string, Remembered>()));
  totals.delete(key);
  if (totals.size >= MAX_TOTALS) totals.delete(totals.keys().next().value!);
  totals.set(key, { version, total });
  countCacheStats.stored++;
}
