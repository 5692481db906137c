// Every mutation of accounts, sessions, settings, imports and the registry writes exactly one audit entry.
import { describeAuditOnce } from './helpers/audit-once';
import { accountsAndRegistry } from './audit-once/accounts-registry';
import { sessionsAndSettings } from './audit-once/sessions';

describeAuditOnce('accounts', [sessionsAndSettings, accountsAndRegistry]);
