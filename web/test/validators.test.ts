import { describe, expect, it } from 'vitest';
import { idNumberCheckCharacter, idNumberProblem, mobileProblem } from '../src/forms/validators';

// Build a valid number from its first 17 digits, so the tests do not depend on one real person's number.
const withCheck = (first17: string) => first17 + idNumberCheckCharacter(first17);

describe('GB 11643 identity numbers', () => {
  it('accepts the standard example and its X form', () => {
    expect(idNumberProblem('11010519491231002X')).toBeNull(); // the example printed in GB 11643-1999
    expect(idNumberProblem('11010519491231002x')).toBeNull(); // lower-case x is the same character
    expect(idNumberProblem(withCheck('61010219900307123'))).toBeNull();
  });

  it('rejects a wrong check character', () => {
    const good = withCheck('61010219900307123');
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    expect(idNumberProblem(bad)).toBe('validation.idNumberCheck');
  });

  it('rejects the wrong shape and impossible birth dates', () => {
    expect(idNumberProblem('')).toBe('validation.required');
    expect(idNumberProblem('6101021990030712')).toBe('validation.idNumberFormat');
    expect(idNumberProblem('61010219900307123Y')).toBe('validation.idNumberFormat');
    expect(idNumberProblem(withCheck('61010219900230123'))).toBe('validation.idNumberBirthDate'); // 30 February
    expect(idNumberProblem(withCheck('61010230000101123'), new Date('2026-01-01'))).toBe(
      'validation.idNumberBirthDate',
    );
  });
});

describe('mobile numbers', () => {
  it('wants 11 digits starting with 1, ignoring spaces and dashes', () => {
    expect(mobileProblem('13812345678')).toBeNull();
    expect(mobileProblem('138 1234 5678')).toBeNull();
    expect(mobileProblem('138-1234-5678')).toBeNull();
    expect(mobileProblem('23812345678')).toBe('validation.mobile');
    expect(mobileProblem('1381234567')).toBe('validation.mobile');
    expect(mobileProblem('')).toBe('validation.required');
  });
});

describe('disability certificate numbers and skill lists', () => {
  it('wants the identity number, then the category and grade digits the form says', async () => {
    const { certificateProblem, certificateSuffix } = await import('../src/forms/validators');
    const id = '11010519491231002X';
    expect(certificateSuffix('PHYSICAL', '2')).toBe('42');
    expect(certificateSuffix('', '2')).toBe('');
    expect(certificateProblem(`${id}42`, id, 'PHYSICAL', '2')).toBeNull();
    expect(certificateProblem(`${id.toLowerCase()}42`, id, 'PHYSICAL', 2)).toBeNull();
    expect(certificateProblem(`${id}41`, id, 'PHYSICAL', '2')).toBe('validation.certificateMismatch');
    expect(certificateProblem(`110105194912310021 42`, id, 'PHYSICAL', '2')).toBe('validation.certificateFormat');
    expect(certificateProblem(`${id}82`, id, 'PHYSICAL', '2')).toBe('validation.certificateFormat');
    expect(certificateProblem('', id, 'PHYSICAL', '2')).toBe('validation.required');
  });

  it('splits skills on Chinese and Latin separators, once each, at most 20 of 30 characters', async () => {
    const { skillsProblem, splitList } = await import('../src/forms/validators');
    expect(splitList(' 手语、驾驶，摄影, 手语 ;盲文')).toEqual(['手语', '驾驶', '摄影', '盲文']);
    expect(skillsProblem(Array.from({ length: 21 }, (_, i) => `技能${i}`).join('、'))).toBe('validation.skills');
    expect(skillsProblem('很'.repeat(31))).toBe('validation.skills');
    expect(skillsProblem('')).toBeNull();
  });
});
