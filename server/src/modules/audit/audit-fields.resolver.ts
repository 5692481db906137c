import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { toGlobalId } from '../../common/node';
import { UserAccount } from '../account/user-account.entity';
import { AuditLog } from './audit-log.entity';
import { AuditEntry } from './audit.inputs';
import { AuditRecord, describeRecord } from './audit-record';

@Resolver(() => AuditEntry)
export class AuditEntryFieldsResolver {
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

  @FieldResolver(() => AuditRecord, {
    nullable: true,
    description: 'The record by name, with the page that shows it; null when none or outside what the viewer may read.',
  })
  record(@Root() e: AuditLog, @Ctx() ctx: Context) {
    return describeRecord(ctx, e.recordType, e.recordId);
  }
}
