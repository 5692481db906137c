import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { AuditService } from './audit.service';
import { AuditEntry, AuditFilter, AuditOrder } from './audit.inputs';

const AuditEntryConnection = ConnectionType(AuditEntry);

@Resolver()
export class AuditResolver {
  private readonly audit = new AuditService();

  @Authorized(Permission.READ_AUDIT_LOG)
  @Query(() => AuditEntryConnection, {
    description: 'The audit log: the whole of it for the hub, a region’s for its admin.',
  })
  auditLogs(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => AuditFilter, { nullable: true }) f: AuditFilter = {},
    @Arg('orderBy', () => AuditOrder, { nullable: true, description: 'Default: newest first.' }) orderBy?: AuditOrder,
  ) {
    return this.audit.list(ctx, f ?? {}, page, orderBy);
  }
}
