import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  GraphQLISODateTime,
  ID,
  InputType,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { toGlobalId } from '../../common/node';
import { UserAccount } from '../account/user-account.entity';
import { AuditLog } from './audit-log.entity';
import { AuditService } from './audit.service';

@ObjectType('AuditEntry', {
  description: 'One audited change or unmasked read. Personal values in before/after are masked.',
})
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field()
  action: string;

  @Field()
  recordType: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  after: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true })
  requestId: string | null;

  @Field(() => GraphQLISODateTime)
  at: Date;
}

@InputType()
export class AuditFilter {
  @Field(() => String, { nullable: true })
  action?: string;

  @Field(() => String, { nullable: true })
  recordType?: string;

  @Field(() => ID, { nullable: true, description: 'Entries by this account.' })
  actorId?: string;

  @Field(() => Date, { nullable: true })
  from?: Date;

  @Field(() => Date, { nullable: true })
  to?: Date;
}

const AuditEntryConnection = ConnectionType(AuditEntry);

@Resolver(() => AuditEntry)
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
  ) {
    return this.audit.list(ctx, f ?? {}, page);
  }

  @FieldResolver(() => ID)
  id(@Root() e: AuditLog) {
    return toGlobalId('AuditEntry', e.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Username of the actor; null for anonymous attempts.' })
  async actor(@Root() e: AuditLog, @Ctx() ctx: Context) {
    return (await ctx.loaders.ref(UserAccount, e.actorId))?.username ?? null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Global id of the record, when it has one.' })
  recordId(@Root() e: AuditLog) {
    return e.recordId ? toGlobalId(e.recordType === 'UserAccount' ? 'Account' : e.recordType, e.recordId) : null;
  }
}
