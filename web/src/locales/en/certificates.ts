import type { certificatesPublicMessages as source } from '../zh-CN/certificates';

export const certificatesPublicMessages: typeof source = {
  verify: {
    title: 'Verify a certificate',
    heading: 'Verify a service-record certificate',
    lead: 'Scan the QR code on the certificate, or type the code printed on it, to check that it is genuine and still valid.',
    code: 'Certificate code',
    codeHint: '12 letters and digits, e.g. 7K3M-9QPD-XW4R; case does not matter',
    submit: 'Verify',
    notFound: 'No certificate has this code. Please check what you typed.',
    valid: 'Valid: issued through the hub on {date}.',
    revoked: 'Revoked on {date}: this certificate is no longer valid.',
    name: 'Name',
    idNumber: 'Identity number (partly hidden)',
    registeredWith: 'Registered with',
    period: 'Period of service',
    totalHours: 'Verified service hours in all',
    events: 'Events served',
    stars: 'Star level',
    issuer: 'Issued by',
    byYear: 'Verified hours by year',
    byType: 'Verified hours by service type',
    year: 'Year',
    serviceType: 'Service type',
    hours: 'Hours',
  },
};
