import type { auditMessages as source } from '../zh-CN/audit';

export const auditMessages: typeof source = {
  audit: {
    title: 'Audit log',
    lead: 'Every change, and every view of personal data in full.',
    caption: 'Audit entries ({count})',
    at: 'Time',
    actor: 'By',
    anonymous: '(not logged in)',
    action: 'Action',
    record: 'Record',
    recordType: 'Record type',
    reason: 'Reason',
    changes: 'Changes',
    showChanges: 'Show changes',
    before: 'Before',
    after: 'After',
    requestId: 'Request id',
    actions: {
      LOGIN: 'Logged in',
      LOGIN_FAILED: 'Failed login',
      LOGOUT: 'Logged out',
      REFRESH_REUSE_DETECTED: 'Reused session token detected',
      CREATE_ACCOUNT: 'Created account',
      ASSIGN_ROLE: 'Assigned role',
      REVOKE_ROLE: 'Revoked role',
      RESET_PASSWORD: 'Reset password',
      DISABLE_ACCOUNT: 'Disabled account',
      REVEAL_PERSONAL_DATA: 'Viewed personal data in full',
    },
    recordTypes: { UserAccount: 'Account', Volunteer: 'Volunteer', Beneficiary: 'Beneficiary', Household: 'Household' },
  },
};
