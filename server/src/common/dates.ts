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
