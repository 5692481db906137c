// Times typed into datetime-local controls (the browser's local time) and the API's ISO instants.
import type { MessageKey } from '../locales/use-t';

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as a datetime-local value ("2026-03-05T09:30") in local time; '' for none. */
export function toLocalInput(value: string | Date | null | undefined): string {
  if (!value) return '';
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value as an ISO instant; undefined when it is not a time. */
export function fromLocalInput(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value.trim())) return undefined;
  const d = new Date(value.trim());
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** A required time: filled in, and a real time. */
export function dateTimeProblem(value: string): MessageKey | null {
  if (!value.trim()) return 'validation.required';
  return fromLocalInput(value) ? null : 'eventChecks.dateTime';
}

/** The end of a window: a real time, after the start. */
export function endAfterProblem(start: string, end: string): MessageKey | null {
  const problem = dateTimeProblem(end);
  if (problem) return problem;
  const from = fromLocalInput(start);
  return from && fromLocalInput(end)! <= from ? 'eventChecks.endAfterStart' : null;
}

/** A time something happened: a real time, not later than now. */
export function pastTimeProblem(value: string, now = new Date()): MessageKey | null {
  const problem = dateTimeProblem(value);
  if (problem) return problem;
  return new Date(fromLocalInput(value)!).getTime() > now.getTime() + 60_000 ? 'eventChecks.timeInFuture' : null;
}
