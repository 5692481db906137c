import type { personalDataMessages as source } from '../zh-CN/personal-data';

export const personalDataMessages: typeof source = {
  personal: {
    heading: 'Personal data',
    maskedNote: 'These values are masked.',
    revealedNote:
      'Shown in full. This view and your reason are in the audit log; they are forgotten when you leave this page.',
    idNumber: 'Identity number',
    idNumberMasked: 'Identity number (masked)',
    certificateNumber: 'Disability certificate number',
    birthDate: 'Birth date',
    phone: 'Phone',
    address: 'Address',
    clear: 'in full',
    notEntitled: 'not yours to see in full',
    reveal: 'Show in full…',
    hide: 'Mask again',
  },
  reveal: {
    title: 'Show the personal data of {name} in full',
    explain:
      'Personal data in full is sensitive. Say why you need it: the reason and your account go into the audit log.',
    reason: 'Reason',
    reasonHint: 'For example: checking the certificate for a subsidy application. At least 4 characters.',
    reasonTooShort: 'Say why you need to see this (at least 4 characters).',
    submit: 'Show in full',
  },
};
