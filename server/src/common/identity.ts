// Resident identity numbers (GB 11643-1999) and second-generation disability certificate numbers.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
const IDENTITY_SHAPE = /^[1-8]\d{16}[\dX]$/;

/** Category digits of the certificate follow GB/T 26341-2010's order (1 = visual ... 7 = multiple). */
export const DISABILITY_CATEGORY_ORDER = [
  'VISUAL',
  'HEARING',
  'SPEECH',
  'PHYSICAL',
  'INTELLECTUAL',
  'MENTAL',
  'MULTIPLE',
] as const;
export type DisabilityCategoryCode = (typeof DISABILITY_CATEGORY_ORDER)[number];

/** The mod-11 check character of the first 17 digits. */
export function identityCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('identityCheckChar needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** Trims and upper-cases a typed number (people often type a lower-case x). */
export function normaliseIdentityNumber(value: string): string {
  return value.trim().toUpperCase();
}

/** YYYY-MM-DD if the 8 digits are a real calendar date, else null. */
function calendarDate(yyyymmdd: string): string | null {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < 1900 || m < 1 || m > 12 || d < 1) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

/** Shape, birth date and check character; expects the normalised (upper-case X) form. */
export function isValidIdentityNumber(id: string): boolean {
  if (!IDENTITY_SHAPE.test(id)) return false;
  if (calendarDate(id.slice(6, 14)) === null) return false;
  return identityCheckChar(id.slice(0, 17)) === id[17];
}

/** The birth date the number carries (YYYY-MM-DD), or null if the number is invalid. */
export function birthDateFromIdentity(id: string): string | null {
  return isValidIdentityNumber(id) ? calendarDate(id.slice(6, 14)) : null;
}

/** Odd sequence digit = male, even = female; null if the number is invalid. */
export function genderFromIdentity(id: string): 'MALE' | 'FEMALE' | null {
  if (!isValidIdentityNumber(id)) return null;
  return Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE';
}

/**
 * Builds a valid number from its parts.
 * @param areaCode 6-digit administrative division code of the place of registration
 * @param birthDate YYYY-MM-DD
 * @param sequence 1-999; odd for men, even for women
 */
export function makeIdentityNumber(areaCode: string, birthDate: string, sequence: number): string {
  const first17 = `${areaCode}${birthDate.replace(/-/g, '')}${String(sequence).padStart(3, '0')}`;
  return first17 + identityCheckChar(first17);
}

/** The category digit (1-7) a certificate number carries for a category. */
export function certificateCategoryDigit(category: DisabilityCategoryCode): number {
  return DISABILITY_CATEGORY_ORDER.indexOf(category) + 1;
}

/** Second-generation certificate: the identity number, then the category digit, then the grade. */
export function makeCertificateNumber(id: string, category: DisabilityCategoryCode, grade: number): string {
  return `${id}${certificateCategoryDigit(category)}${grade}`;
}

/** A certificate is valid when its identity part is and its last two digits match category and grade. */
export function isValidCertificateNumber(cert: string, category: string, grade: number): boolean {
  if (cert.length !== 20 || !isValidIdentityNumber(cert.slice(0, 18))) return false;
  const digit = DISABILITY_CATEGORY_ORDER.indexOf(category as DisabilityCategoryCode) + 1;
  if (digit === 0 || !Number.isInteger(grade) || grade < 1 || grade > 4) return false;
  return cert[18] === String(digit) && cert[19] === String(grade);
}

/** A mainland mobile number: 11 digits starting 13–19. */
export const MOBILE_NUMBER = /^1[3-9]\d{9}$/;
