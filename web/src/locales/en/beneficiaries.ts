import type { beneficiariesMessages as source } from '../zh-CN/beneficiaries';

export const beneficiariesMessages: typeof source = {
  beneficiaries: {
    title: 'Beneficiaries',
    detailTitle: 'Beneficiary',
    lead: 'Disabled people and their households. Identity numbers, phones and other personal data are masked by default.',
    caption: 'Beneficiaries ({count})',
    back: 'Back to beneficiaries',
    category: 'Disability category',
    grade: 'Grade',
    gradeValue: 'Grade {grade}',
    needs: 'Services needed',
    accessNeeds: 'Access needs',
    household: 'Household',
    householdValue: 'Head {head}, {size} people',
  },
  beneficiaryForm: {
    createTitle: 'Register a beneficiary',
    createTitlePage: 'Register a beneficiary',
    editTitle: 'Edit the details of {name}',
    editTitlePage: 'Edit a beneficiary',
    edit: 'Edit details',
    lead: 'Copy the details from the disability certificate. Everything marked “required” must be filled in.',
    maskedNote:
      'To protect personal data, the identity and certificate numbers, phone and address are only read masked: type them again to save.',
    fillFromRecord: 'Fill in from the full record…',
    retype: 'On record: {masked}. Leave empty to keep it; type the full number only to correct it.',
    retypeOptional: 'On record: {masked}. Leave empty to keep it.',
    gradeHint: 'Grade 1 is the most severe, grade 4 the least.',
    certificateHint:
      'A disability certificate number has 20 characters: the identity number (18), the category digit (1–7), the grade digit (1–4).',
    certificateSuffix: 'For the category and grade chosen, it ends in {suffix}.',
    region: 'Lives in',
    regionHint: 'Choose the district, then the subdistrict and community where you can.',
    stationHint: 'The community station that serves this person.',
    defaultStation: 'Default (a station coordinator’s own station)',
    accessHint: 'Support needed when serving or contacting this person.',
    create: 'Register',
    saveChanges: 'Save changes',
  },
};
