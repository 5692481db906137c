// Reusable WHERE clauses for list queries; each adds nothing when its value is absent.
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

let seq = 0;
const param = (base: string) => `${base}_${(seq = (seq + 1) % 1_000_000)}`;

/** Rows whose region column lies in the subtree of `regionId` (the materialised-path prefix scan). */
export function whereInRegionSubtree<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
  regionId: string | undefined | null,
) {
  if (!regionId) return qb;
  const p = param('region');
  return qb.andWhere(
    `${column} IN (SELECT sub.id FROM region sub WHERE sub.path LIKE (SELECT root.path FROM region root WHERE root.id = :${p}) || '%')`,
    { [p]: regionId },
  );
}

export function whereEquals<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, value: unknown) {
  if (value === undefined || value === null) return qb;
  const p = param('eq');
  return qb.andWhere(`${column} = :${p}`, { [p]: value });
}

/** Case-insensitive substring search, served by the trigram indexes. */
export function whereSearch<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, text?: string | null) {
  const term = text?.trim();
  if (!term) return qb;
  const p = param('q');
  return qb.andWhere(`${column} ILIKE :${p}`, { [p]: `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
}

export function whereBetween<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
  from?: Date | string | null,
  to?: Date | string | null,
) {
  if (from) {
    const p = param('from');
    qb.andWhere(`${column} >= :${p}`, { [p]: from });
  }
  if (to) {
    const p = param('to');
    qb.andWhere(`${column} < :${p}`, { [p]: to });
  }
  return qb;
}
