// Reusable WHERE clauses for list queries; each adds nothing when its value is absent.
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * A parameter name not yet used by `qb` or the builders it is a subquery of (TypeORM hands a
 * subquery's parameters up to its parent, and `hasParameter` looks up the chain). The name depends
 * only on the builder's shape, never on a request, so a page's SQL text is the same for every request
 * of its shape and is built once (`db/sql-cache.ts`). A builder whose text is pasted into another
 * must therefore be that one's `subQuery()`, so the two share their names.
 */
function param(qb: SelectQueryBuilder<ObjectLiteral>, base: string): string {
  for (let n = 0; ; n++) {
    const name = `${base}_${n}`;
    if (!qb.hasParameter(name)) return name;
  }
}

/** Rows whose region column lies in the subtree of `regionId` (the materialised-path prefix scan). */
export function whereInRegionSubtree<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
  regionId: string | undefined | null,
) {
  if (!regionId) return qb;
  const p = param(qb, 'region');
  return qb.andWhere(
    `${column} IN (SELECT sub.id FROM region sub WHERE sub.path LIKE (SELECT root.path FROM region root WHERE root.id = :${p}) || '%')`,
    { [p]: regionId },
  );
}

export function whereEquals<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, value: unknown) {
  if (value === undefined || value === null) return qb;
  const p = param(qb, 'eq');
  return qb.andWhere(`${column} = :${p}`, { [p]: value });
}

/** Case-insensitive substring search, served by the trigram indexes. */
export function whereSearch<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, text?: string | null) {
  const term = text?.trim();
  if (!term) return qb;
  const p = param(qb, 'q');
  return qb.andWhere(`${column} ILIKE :${p}`, { [p]: `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
}

export function whereBetween<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
  from?: Date | string | null,
  to?: Date | string | null,
) {
  if (from) {
    const p = param(qb, 'from');
    qb.andWhere(`${column} >= :${p}`, { [p]: from });
  }
  if (to) {
    const p = param(qb, 'to');
    qb.andWhere(`${column} < :${p}`, { [p]: to });
  }
  return qb;
}
