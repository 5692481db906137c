import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { parseBigintArray, parseTimestamptz } from '../src/db/pg-types';
import { createTestDatabase, type TestDatabase } from './helpers/database';

describe('timestamptz parsing', () => {
  it.each([
    ['2026-03-05 09:00:00+08', '2026-03-05T01:00:00.000Z'],
    ['2026-03-05 09:00:00.123456+08', '2026-03-05T01:00:00.123Z'],
    ['1999-12-31 23:59:59.5-03:30', '2000-01-01T03:29:59.500Z'],
    ['2026-11-29 05:37:35.1+00', '2026-11-29T05:37:35.100Z'],
  ])('%s is %s', (text, iso) => {
    const d = parseTimestamptz(text);
    expect(d.toISOString()).toBe(iso);
  });
});

describe('bigint[] parsing', () => {
  it('answers strings and nulls for every array PostgreSQL writes, through the hub’s connections too', async () => {
    const t: TestDatabase = await createTestDatabase('pgtypes', { migrate: false });
    try {
      const rows = await t.db.query<Array<{ text: string | null; a: unknown }>>(
        `SELECT a::text AS text, a FROM (VALUES (1, ARRAY[]::bigint[]), (2, ARRAY[1]::bigint[]),
           (3, ARRAY[7, 12, 9007199254740993]::bigint[]), (4, ARRAY[-4, NULL, 0]::bigint[]), (5, ARRAY[NULL]::bigint[]),
           (6, ARRAY[[1, 2], [3, 4]]::bigint[]), (7, NULL::bigint[])) v(n, a) ORDER BY n`,
      );
      const expected = [
        ['{}', []],
        ['{1}', ['1']],
        ['{7,12,9007199254740993}', ['7', '12', '9007199254740993']],
        ['{-4,NULL,0}', ['-4', null, '0']],
        ['{NULL}', [null]],
        // Nested: left to pg-types.
        [
          '{{1,2},{3,4}}',
          [
            ['1', '2'],
            ['3', '4'],
          ],
        ],
        [null, null],
      ];
      expect(rows.map((r) => [r.text, r.a])).toEqual(expected);
      for (const [text, value] of expected) if (text !== null) expect(parseBigintArray(text as string)).toEqual(value);
      expect(pg.types.getTypeParser(1016 as Parameters<typeof pg.types.getTypeParser>[0])).toBe(parseBigintArray);
    } finally {
      await t.drop();
    }
  });
});
