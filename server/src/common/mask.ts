// Masking of personal data (PIPL): what every role sees unless it may unmask that record.

/** 18-character identity or 20-character certificate number: keep the first 4 and last 4. */
export function maskIdNumber(value: string | null | undefined): string | null {
  if (!value) return null;
  return value.slice(0, 4) + '*'.repeat(Math.max(0, value.length - 8)) + value.slice(-4);
}

/** 13812345678 → 138****5678 */
export function maskPhone(value: string | null | undefined): string | null {
  if (!value) return null;
  return value.length === 11 ? `${value.slice(0, 3)}****${value.slice(7)}` : '*'.repeat(value.length);
}

/** Keep the district-level prefix of an address only. */
export function maskAddress(value: string | null | undefined): string | null {
  if (!value) return null;
  const keep = Math.min(6, Math.floor(value.length / 2));
  return `${value.slice(0, keep)}****`;
}

/** A birth date shows its year only. */
export function maskBirthDate(value: string | null | undefined): string | null {
  if (!value) return null;
  return `${String(value).slice(0, 4)}-**-**`;
}

/** zhang.san@example.org → z***@example.org */
export function maskEmail(value: string | null | undefined): string | null {
  if (!value) return null;
  const at = value.indexOf('@');
  return at > 0 ? `${value[0]}***${value.slice(at)}` : '***';
}
