// Calendar rules shared by the seed and the API: days fixed by weekday, and ISO date checks.

/** The nth given weekday (0 = Sunday) of a month (1-12), as YYYY-MM-DD. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): string {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const offset = (weekday - first.getUTCDay() + 7) % 7;
  return new Date(Date.UTC(year, month - 1, 1 + offset + (n - 1) * 7)).toISOString().slice(0, 10);
}

/** National Help-the-Disabled Day (全国助残日) is the third Sunday of May. */
export function helpTheDisabledDay(year: number): string {
  return nthWeekdayOfMonth(year, 5, 0, 3);
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}
