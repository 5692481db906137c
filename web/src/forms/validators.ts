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
