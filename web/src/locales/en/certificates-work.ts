import type { certificatesWorkMessages as source } from '../zh-CN/certificates-work';

export const certificatesWorkMessages: typeof source = {
  certificates: {
    heading: 'Service-record certificates',
    lead: 'A certificate states the verified service hours, events served and star level; what it states is kept as issued, and anyone can check it by the code or QR code printed on it.',
    issue: 'Issue a certificate',
    issued: 'Certificate {code} issued.',
    empty: 'No certificate issued yet.',
    caption: 'Certificates issued ({count})',
    code: 'Code',
    issuedAt: 'Issued on',
    issuer: 'Issued by',
    hours: 'Hours',
    status: 'Status',
    valid: 'Valid',
    revoked: 'Revoked',
    actions: 'Actions',
    download: 'Download PDF',
    downloadLabel: 'Download the PDF of certificate {code}',
    verifyLink: 'Verification page',
    verifyLabel: 'Open the verification page of certificate {code}',
    revoke: 'Revoke',
    revokeLabel: 'Revoke certificate {code}',
    revokeTitle: 'Revoke certificate {code}',
    revokeExplain: 'Once revoked, the verification page says so. Give the reason; it goes into the audit log.',
    revokedDone: 'Certificate {code} revoked.',
  },
};
