// Checks shared by the public forms. Each returns the locale key of the problem, or null.
import type { MessageKey } from '../locales/use-t';

// GB 11643-1999: weights of the first 17 digits, and the check character for each remainder mod 11.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function normaliseIdNumber(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

export function idNumberCheckCharacter(first17: string): string {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(first17[i]), 0);
  return CHECK[sum % 11];
}

export function idNumberProblem(raw: string, today = new Date()): MessageKey | null {
  const v = normaliseIdNumber(raw);
  if (!v) return 'validation.required';
  if (!/^\d{17}[\dX]$/.test(v)) return 'validation.idNumberFormat';
  const y = Number(v.slice(6, 10));
  const m = Number(v.slice(10, 12));
  const d = Number(v.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  const real = birth.getUTCFullYear() === y && birth.getUTCMonth() === m - 1 && birth.getUTCDate() === d;
  if (!real || y < 1900 || birth.getTime() > today.getTime()) return 'validation.idNumberBirthDate';
  if (idNumberCheckCharacter(v) !== v[17]) return 'validation.idNumberCheck';
  return null;
}

export function normaliseMobile(value: string): string {
  return value.replace(/[\s-]/g, '');
}

/** Mainland mobile numbers: 11 digits starting with 1. */
export function mobileProblem(raw: string): MessageKey | null {
  const v = normaliseMobile(raw);
  if (!v) return 'validation.required';
  return /^1\d{10}$/.test(v) ? null : 'validation.mobile';
}

export function requiredProblem(value: string | boolean | null | undefined): MessageKey | null {
  if (typeof value === 'boolean') return value ? null : 'validation.required';
  return value && value.trim() ? null : 'validation.required';
}

export function lengthProblem(value: string, min: number, max: number): MessageKey | null {
  const n = value.trim().length;
  if (n === 0) return 'validation.required';
  if (n < min) return 'validation.tooShort';
  return n > max ? 'validation.tooLong' : null;
}

/** A list typed into one box ("手语、驾驶, 摄影"): trimmed, without repeats. */
export function splitList(value: string): string[] {
  return [
    ...new Set(
      value
        .split(/[,，、;；\n]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/** Skills: at most 20, each at most 30 characters (as the server accepts). */
export function skillsProblem(value: string): MessageKey | null {
  const skills = splitList(value);
  return skills.length > 20 || skills.some((s) => s.length > 30) ? 'validation.skills' : null;
}

/** The digit a disability certificate carries for each category (GB/T 26341 order, as the server checks). */
export const CERTIFICATE_CATEGORY_ORDER = [
  'VISUAL',
  'HEARING',
  'SPEECH',
  'PHYSICAL',
  'INTELLECTUAL',
  'MENTAL',
  'MULTIPLE',
] as const;

/** The last two characters a certificate must end with for this category and grade, or '' while either is unknown. */
export function certificateSuffix(category: string, grade: string | number): string {
  const digit = CERTIFICATE_CATEGORY_ORDER.indexOf(category as (typeof CERTIFICATE_CATEGORY_ORDER)[number]) + 1;
  return digit > 0 && /^[1-4]$/.test(String(grade)) ? `${digit}${grade}` : '';
}

/** A second-generation disability certificate: the identity number, the category digit, the grade digit. */
export function certificateProblem(
  raw: string,
  idNumber: string,
  category: string,
  grade: string | number,
): MessageKey | null {
  const v = normaliseIdNumber(raw);
  if (!v) return 'validation.required';
  if (v.length !== 20 || idNumberProblem(v.slice(0, 18)) || !/^[1-7][1-4]$/.test(v.slice(18)))
    return 'validation.certificateFormat';
  const suffix = certificateSuffix(category, grade);
  if (
    (suffix && v.slice(18) !== suffix) ||
    (!idNumberProblem(idNumber) && v.slice(0, 18) !== normaliseIdNumber(idNumber))
  ) {
    return 'validation.certificateMismatch';
  }
  return null;
}

/** Today in the city (Asia/Shanghai) as an ISO date: the day the server counts visits and sessions by. */
export function cityToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** An ISO date (yyyy-mm-dd) that is a real day, not after `latest` when given. */
export function pastDateProblem(value: string, latest?: string): MessageKey | null {
  if (!value) return 'validation.required';
  const d = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value)
    return 'validation.date';
  return latest && value > latest ? 'validation.dateInFuture' : null;
}

/** Whole minutes of service, 1 to 1440 (one day), as the server accepts. */
export function minutesProblem(value: string | number): MessageKey | null {
  const s = String(value).trim();
  if (!s) return 'validation.required';
  return /^\d{1,4}$/.test(s) && Number(s) >= 1 && Number(s) <= 1440 ? null : 'validation.minutes';
}

/** A whole count from `min` to `max` (people served, items given). */
export function countProblem(value: string | number, min: number, max: number): MessageKey | null {
  const s = String(value).trim();
  if (!s) return 'validation.required';
  return /^\d{1,9}$/.test(s) && Number(s) >= min && Number(s) <= max ? null : 'validation.count';
}

// Yuan as typed: up to 7 whole digits and 2 decimals, so the fen fit the API's 32-bit integers.
const YUAN = /^(\d{1,7})(?:\.(\d{1,2}))?$/;

/** Cash is entered in yuan (as people say it) and sent in fen: more than zero, at most two decimals. */
export function yuanProblem(value: string): MessageKey | null {
  const s = value.trim().replace(/[¥,，\s]/g, '');
  if (!s) return 'validation.required';
  return YUAN.test(s) && yuanToFen(s) > 0 ? null : 'validation.yuan';
}

/** "12.5" → 1250, by the digits (no floating point); NaN when it is not an amount. */
export function yuanToFen(value: string): number {
  const m = YUAN.exec(value.trim().replace(/[¥,，\s]/g, ''));
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : Number.NaN;
}

/** A whole number above zero (a quantity, hours). */
export function positiveIntegerProblem(raw: string): MessageKey | null {
  const v = raw.trim();
  if (!v) return 'validation.required';
  return /^\d{1,9}$/.test(v) && Number(v) > 0 ? null : 'validation.positive';
}
