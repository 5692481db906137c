// How pg turns column values into JavaScript: dates as strings, and faster timestamptz and bigint[]
// parsers than the defaults (which showed in the profiles of nested reads and list pages), with the same results.
import pg from 'pg';

const TIMESTAMPTZ = 1184;
// pg-types answers `any`; the timestamptz text parser takes the text and gives a Date.
const defaultParser = pg.types.getTypeParser(TIMESTAMPTZ) as (value: string) => Date;
// 2026-03-05 09:00:00[.ffffff]+08[:MM]
const SHAPE = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d{1,6}))?([+-])(\d\d)(?::?(\d\d))?$/;

export function parseTimestamptz(value: string): Date {
  const m = SHAPE.exec(value);
  if (!m) return defaultParser(value);
  const offsetMinutes = (Number(m[9]) * 60 + Number(m[10] ?? 0)) * (m[8] === '-' ? -1 : 1);
  const ms = m[7] ? Number(m[7].padEnd(3, '0').slice(0, 3)) : 0;
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6], ms) - offsetMinutes * 60_000);
}

const DATE = 1082;
// Not among pg-types' named builtins (array types are not), though it parses it.
const BIGINT_ARRAY = 1016 as Parameters<typeof pg.types.getTypeParser>[0];
const defaultBigintArray = pg.types.getTypeParser(BIGINT_ARRAY) as (value: string) => Array<string | null> | null;
// A flat array of bigints as PostgreSQL writes it: no quotes, no nesting, NULL for a null element.
const FLAT_BIGINTS = /^\{(?:-?\d+|NULL)(?:,(?:-?\d+|NULL))*\}$/;

/**
 * bigint[] (every list of ids, such as a volunteer's skills) as pg-types parses it, strings and nulls,
 * without its character-by-character array parser and a callback per element for the flat arrays we
 * store; anything else goes to pg-types.
 */
export function parseBigintArray(value: string): Array<string | null> | null {
  if (value === '{}') return [];
  if (!FLAT_BIGINTS.test(value)) return defaultBigintArray(value);
  return value
    .slice(1, -1)
    .split(',')
    .map((e) => (e === 'NULL' ? null : e));
}

export function installPgTypeParsers() {
  pg.types.setTypeParser(TIMESTAMPTZ, parseTimestamptz);
  pg.types.setTypeParser(BIGINT_ARRAY, parseBigintArray);
  // Calendar dates stay 'YYYY-MM-DD' strings, as the entities declare them: a Date would shift
  // them by the server's time zone.
  pg.types.setTypeParser(DATE, (value: string) => value);
}
