// Bulk loading through COPY ... FROM STDIN in text format, streamed in chunks with backpressure.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type CopyScalar = string | number | bigint | boolean | null | undefined;
/** A column value; arrays become PostgreSQL array literals ({1,2} / {"a","b"}). */
export type CopyValue = CopyScalar | ReadonlyArray<string | number>;

/** Rows are joined into chunks of about this many rows before they are written. */
const ROWS_PER_CHUNK = 2000;

/** Escapes a text value for COPY's text format: backslash, tab, newline and carriage return. */
function escapeText(value: string): string {
  return /[\\\t\n\r]/.test(value)
    ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : value;
}

/** An array literal; strings are always quoted so that commas, braces and NULL stay text. */
function arrayLiteral(items: ReadonlyArray<string | number>): string {
  const parts = items.map((item) =>
    typeof item === 'number' ? String(item) : `"${item.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`,
  );
  return `{${parts.join(',')}}`;
}

/** One COPY field: \N for NULL, t/f for booleans, otherwise escaped text. */
export function copyField(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'string') return escapeText(value);
  return escapeText(arrayLiteral(value));
}

/** One COPY line, newline-terminated. */
export function copyLine(row: readonly CopyValue[]): string {
  let line = copyField(row[0]);
  for (let i = 1; i < row.length; i++) line += '\t' + copyField(row[i]);
  return line + '\n';
}

export interface CopyOptions {
  /** Called after each chunk with the number of rows written so far. */
  onRows?: (written: number) => void;
}

/**
 * Streams rows into a table. The generator is pulled only as fast as PostgreSQL consumes
 * the data, so a million-row table never exists as one string in memory.
 */
export async function copyRows(
  client: PoolClient,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
  options: CopyOptions = {},
): Promise<number> {
  let written = 0;
  function* chunks(): Generator<string> {
    let chunk = '';
    let inChunk = 0;
    for (const row of rows) {
      if (row.length !== columns.length) {
        throw new Error(`${table}: row has ${row.length} values for ${columns.length} columns`);
      }
      chunk += copyLine(row);
      if (++inChunk === ROWS_PER_CHUNK) {
        written += inChunk;
        yield chunk;
        options.onRows?.(written);
        chunk = '';
        inChunk = 0;
      }
    }
    if (inChunk > 0) {
      written += inChunk;
      yield chunk;
      options.onRows?.(written);
    }
  }
  const sql = `COPY ${table} (${columns.join(', ')}) FROM STDIN`;
  await pipeline(Readable.from(chunks()), client.query(copyFrom(sql)));
  return written;
}
