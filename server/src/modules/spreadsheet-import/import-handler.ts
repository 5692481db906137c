// What each kind of spreadsheet import provides; the service runs them all the same way.
import type { AuditAction } from '../audit/audit-actions';
import type { EntityManager } from 'typeorm';
import type { Problems } from '../../common/errors';
import type { Context } from '../../context/context';
import type { Permission } from '../../auth/permissions';
import type { Lookups } from './lookups';
import type { RawRow, SheetColumn } from './sheet';
import type { CellProblem } from './spreadsheet-import.entity';

/** One row after the checks: its problems, or the value to write. */
export interface RowOutcome<T> {
  row: number;
  problems: CellProblem[];
  value: T | null;
}

export interface BatchCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** Rows valid at the dry run that the importer may no longer change. */
  refused: number;
}

export interface ImportHandler<T extends { row: number }> {
  title: string;
  /** The permission importing this kind needs (the same the kind's mutations declare). */
  permission: Permission;
  columns(lookups: Lookups): SheetColumn[];
  instructions: string[];
  /** Every check the API makes, for every row, with the database consulted in bulk. */
  check(ctx: Context, rows: RawRow[], lookups: Lookups): Promise<RowOutcome<T>[]>;
  /** Writes one batch of checked rows by natural key, with an audit entry per changed record. */
  apply(ctx: Context, m: EntityManager, rows: T[]): Promise<BatchCounts>;
}

/** The audit entry of one record a batch changed: only the fields that moved, before and after. */
export function changeEntry<B extends object, A extends object>(
  action: AuditAction,
  recordType: string,
  id: string,
  keys: ReadonlyArray<keyof B & keyof A>,
  before: B,
  after: A,
  regionId: string,
) {
  return {
    action,
    recordType,
    recordId: id,
    before: Object.fromEntries(keys.map((k) => [k, before[k]])),
    after: Object.fromEntries(keys.map((k) => [k, after[k]])),
    regionId,
  };
}

/** A batch's counts: every row not created, updated or refused was already as the file says. */
export const batchCounts = (rows: number, created: number, updated: number, refused: number): BatchCounts => ({
  created,
  updated,
  unchanged: rows - created - updated - refused,
  refused,
});

/** A natural key seen on an earlier row of the file is a problem naming that row. */
export function notSeenBefore(p: Problems, seen: Map<string, number>, column: string, key: string, row: number) {
  if (p.has(column)) return;
  const first = seen.get(key);
  if (first) p.add(column, 'duplicateInFile', { row: first });
  else seen.set(key, row);
}

/** The row's outcome: its problems as cell problems, or the value when there are none. */
export function outcome<T>(row: number, p: Problems, value: () => T): RowOutcome<T> {
  const problems = p.list.map((x) => ({ row, column: x.field, key: x.key, params: x.params }));
  return { row, problems, value: problems.length ? null : value() };
}
