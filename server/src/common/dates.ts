// Calendar dates travel as ISO `YYYY-MM-DD` strings; bad ones are user errors naming the field.
import { badInput } from './errors';

export function isoDate(value: string | null | undefined, field: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) {
    throw badInput(field, `${field} must be a date written YYYY-MM-DD`);
  }
  return value;
}

/** Business dates are calendar days of the city: China Standard Time, UTC+8, no daylight saving. */
const CITY_OFFSET_MS = 8 * 3_600_000;

/** The city's calendar date (YYYY-MM-DD) of an instant, e.g. "today" of ctx.now(). */
export function cityDate(instant: Date): string {
  return new Date(instant.getTime() + CITY_OFFSET_MS).toISOString().slice(0, 10);
}

/** Noon of a city calendar date: an instant that falls on that date in UTC and in the city alike. */
export function cityNoon(date: string): Date {
  return new Date(Date.parse(`${date}T12:00:00Z`) - CITY_OFFSET_MS);
}
