// Every mutation of people, pairings, training, reported hours and campaigns writes exactly one audit entry.
import { describeAuditOnce } from './helpers/audit-once';
import { peopleAndPairings } from './audit-once/people';

describeAuditOnce('people', [peopleAndPairings]);
