// What each kind of spreadsheet import provides; the service runs them all the same way.
import type { EntityManager } from 'typeorm';
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
