// Rules of who may volunteer and when: age from the identity number (minimum age, a guardian under
// 18) and the weekly availability slots.
import type { Context } from '../../context/context';
import { cityDate } from '../../common/dates';
import type { Problems } from '../../common/errors';
import { birthDateFromIdentity, MOBILE_NUMBER } from '../../common/identity';
import type { AvailabilitySlot, GuardianRelation } from './volunteer.entity';
import { CONSENT_VERSION, type AvailabilitySlotInput, type GuardianInput } from './volunteer.inputs';

export const ADULT_AGE = 18;

/** Whole years from a birth date (YYYY-MM-DD) to a date; born on 29 February, one is older on 1 March. */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export interface GuardianRecord {
  guardianName: string;
  guardianRelation: GuardianRelation;
  guardianPhone: string;
  guardianConsentVersion: string;
}

/**
 * Refuses an age under the configured minimum on the idNumber; under 18 requires the guardian
 * (named, related, reachable, consenting to the current notice) and returns what to record.
 */
export function checkAge(
  ctx: Context,
  idNumber: string,
  guardian: GuardianInput | null | undefined,
  p: Problems,
): GuardianRecord | null {
  const birth = birthDateFromIdentity(idNumber);
  if (!birth) return null; // the identity number's own problem is already reported
  const age = ageOn(birth, cityDate(ctx.now()));
  const minAge = ctx.settings.volunteerMinAge;
  if (age < minAge) {
    p.add('idNumber', 'tooYoung', { minAge, age });
    return null;
  }
  if (age >= ADULT_AGE) return null;
  if (!guardian) {
    p.add('guardian', 'guardianRequired');
    return null;
  }
  const name = guardian.name.trim();
  const phone = guardian.phone.replace(/[\s-]/g, '');
  p.check(name.length < 2, 'guardian.name', 'required');
  p.check(!MOBILE_NUMBER.test(phone), 'guardian.phone', 'phoneInvalid');
  if (!guardian.consentAccepted) p.add('guardian.consentAccepted', 'guardianConsentRequired');
  else
    p.check(guardian.consentVersion !== CONSENT_VERSION, 'guardian.consentVersion', 'consentOutdated', {
      version: CONSENT_VERSION,
    });
  return {
    guardianName: name,
    guardianRelation: guardian.relation,
    guardianPhone: phone,
    guardianConsentVersion: CONSENT_VERSION,
  };
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Slots checked and put in order (weekday, from); overlapping ones are kept as given. */
export function availabilitySlots(slots: readonly AvailabilitySlotInput[], p: Problems): AvailabilitySlot[] {
  const bad = slots.some(
    (s) =>
      !Number.isInteger(s.weekday) ||
      s.weekday < 1 ||
      s.weekday > 7 ||
      !HH_MM.test(s.from) ||
      !HH_MM.test(s.to) ||
      s.to <= s.from,
  );
  p.check(bad, 'input.availability', 'availabilityInvalid');
  return slots
    .map((s) => ({ weekday: s.weekday, from: s.from, to: s.to }))
    .sort((a, b) => a.weekday - b.weekday || a.from.localeCompare(b.from));
}
