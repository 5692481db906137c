// Quiet hours: when no SMS notice goes out (Beijing time), and when they end.
const HOUR_MS = 3_600_000;
/** Beijing time, where every quiet hour is counted: UTC+8 all year. */
const CITY_OFFSET_MS = 8 * HOUR_MS;

export interface QuietHours {
  /** Hour (0–23, Beijing time) quiet starts at, and the hour it ends at. */
  from: number;
  to: number;
}

/** `22-8` → 22:00 to 08:00; `off` → none. */
export function parseQuietHours(value: string): QuietHours | null {
  if (value === 'off') return null;
  const m = /^(\d{1,2})-(\d{1,2})$/.exec(value);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 23 || m[1] === m[2])
    throw new Error('write quiet hours as 22-8 or off');
  return { from: Number(m[1]), to: Number(m[2]) };
}

/** The end of the quiet hours `now` falls in, or null when it is not quiet. */
export function quietUntil(now: Date, q: QuietHours | null): Date | null {
  if (!q) return null;
  const local = new Date(now.getTime() + CITY_OFFSET_MS);
  const h = local.getUTCHours();
  const quiet = q.from < q.to ? h >= q.from && h < q.to : h >= q.from || h < q.to;
  if (!quiet) return null;
  const end = new Date(local);
  end.setUTCHours(q.to, 0, 0, 0);
  if (end.getTime() <= local.getTime()) end.setUTCDate(end.getUTCDate() + 1);
  return new Date(end.getTime() - CITY_OFFSET_MS);
}
