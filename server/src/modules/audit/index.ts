// The audit log.
import type { HubModule } from '../hub-module';
import { AuditLog } from './audit-log.entity';
import { AuditResolver } from './audit.resolver';
import { AuditEntryFieldsResolver } from './audit-fields.resolver';
import { auditScope } from './audit.scope';

export const auditModule: HubModule = {
  entities: [AuditLog],
  resolvers: [AuditResolver, AuditEntryFieldsResolver],
  scope: auditScope,
};
