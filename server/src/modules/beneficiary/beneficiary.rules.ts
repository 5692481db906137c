// The checks a beneficiary's own fields pass wherever they come from: the API's create and update,
// and a spreadsheet row (modules/spreadsheet-import) call these, so they cannot drift apart.
import type { Problems } from '../../common/errors';
import {
  certificateCategoryDigit,
  isValidIdentityNumber,
  MOBILE_NUMBER,
  normaliseIdentityNumber,
} from '../../common/identity';
import type { DisabilityCategory } from './beneficiary.entity';

export interface BeneficiaryPerson {
  realName: string;
  idNumber: string;
  certificateNumber: string;
  disabilityCategory: DisabilityCategory;
  disabilityGrade: number;
  phone?: string | null;
}

/**
 * Name, identity number, the certificate agreeing with identity, category and grade, the mobile;
 * `field(name)` names each problem's field as the caller reports it (`input.idNumber`, a column).
 */
export function checkBeneficiaryPerson(p: Problems, input: BeneficiaryPerson, field: (name: string) => string) {
  const realName = input.realName.trim();
  p.check(realName.length < 2, field('realName'), 'required');
  const idNumber = normaliseIdentityNumber(input.idNumber);
  const idOk = !p.check(!isValidIdentityNumber(idNumber), field('idNumber'), 'identityInvalid');
  const cert = normaliseIdentityNumber(input.certificateNumber);
  if (cert.length !== 20 || !isValidIdentityNumber(cert.slice(0, 18)) || !/^[1-7][1-4]$/.test(cert.slice(18))) {
    p.add(field('certificateNumber'), 'certificateInvalid');
  } else if (
    cert[18] !== String(certificateCategoryDigit(input.disabilityCategory)) ||
    cert[19] !== String(input.disabilityGrade) ||
    (idOk && cert.slice(0, 18) !== idNumber)
  ) {
    p.add(field('certificateNumber'), 'certificateMismatch');
  }
  const phone = input.phone?.trim() || null;
  if (phone) p.check(!MOBILE_NUMBER.test(phone), field('phone'), 'phoneInvalid');
  return { realName, idNumber, certificateNumber: cert, phone };
}
