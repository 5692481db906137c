import { describe, expect, it } from 'vitest';
import { parseTimestamptz } from '../src/db/pg-types';

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
