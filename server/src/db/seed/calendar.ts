// Fixed dates of the demo year: the seed never reads the clock, so every run tells the same year.

export { helpTheDisabledDay, nthWeekdayOfMonth } from '../../common/calendar';

/** The year the demo data describes (the year-end summary's year). */
export const DEMO_YEAR = 2026;

/**
 * "Today" inside the demo: the summary is written in December, after the International Day of Persons
 * with Disabilities. The API judges dates by the real clock (no event ends in the past, no visit in
 * the future), so the demo's today must not lie after the day the demo is loaded.
 */
export const DEMO_TODAY = '2026-12-05';

/** National Poverty Alleviation Day (扶贫日) of the demo year, when the cadres handed over their gifts. */
export const POVERTY_ALLEVIATION_DAY = `${DEMO_YEAR}-10-17`;

/** The city's offset: event times are local (UTC+8) wall-clock times. */
const CHINA_OFFSET_MS = 8 * 3600_000;

const DAY_MS = 86_400_000;

/** Milliseconds since the epoch of a local (UTC+8) date and time. */
export function localMs(date: string, hour = 0, minute = 0): number {
  return Date.parse(`${date}T00:00:00Z`) - CHINA_OFFSET_MS + (hour * 60 + minute) * 60_000;
}

/** The instant "now" inside the demo: DEMO_TODAY at 18:00 local time. */
export const DEMO_NOW_MS = localMs(DEMO_TODAY, 18);

/** ISO-8601 date (YYYY-MM-DD) plus n days. */
export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** Timestamp text COPY accepts for timestamptz columns. */
export function isoTimestamp(ms: number): string {
  return new Date(ms).toISOString();
}

/** YYYYMMDD of a YYYY-MM-DD date, as identity numbers carry it. */
export function compactDate(date: string): string {
  return date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10);
}
