// Every mutation of events, attendance, verified hours and service requests writes exactly one audit entry.
import { describeAuditOnce } from './helpers/audit-once';
import { eventsAndRequests } from './audit-once/events';

describeAuditOnce('events', [eventsAndRequests]);
