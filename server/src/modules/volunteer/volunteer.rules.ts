// The checks a volunteer's own fields pass wherever they come from: a registration, an admin's
// edit or a spreadsheet row (modules/spreadsheet-import) all call these, so they cannot drift apart.
import type { Problems } from '../../common/errors';
import { isValidIdentityNumber, MOBILE_NUMBER, normaliseIdentityNumber } from '../../common/identity';

export interface PersonFields {
  realName: string;
  idNumber: string;
  phone: string;
}

/** Name, identity number (shape, birth date, check character) and mobile; returns them normalised. */
export function checkPersonFields(p: Problems, input: PersonFields): PersonFields {
  const realName = input.realName.trim();
  p.check(realName.length < 2, 'realName', 'required');
  p.check(realName.length > 30, 'realName', 'tooLong', { max: 30 });
  const idNumber = normaliseIdentityNumber(input.idNumber);
  p.check(!isValidIdentityNumber(idNumber), 'idNumber', 'identityInvalid');
  const phone = input.phone.trim();
  p.check(!MOBILE_NUMBER.test(phone), 'phone', 'phoneInvalid');
  return { realName, idNumber, phone };
}

/** Skills without blanks and repeats. */
export const cleanSkills = (skills: string[]): string[] => [...new Set(skills.map((s) => s.trim()).filter(Boolean))];
