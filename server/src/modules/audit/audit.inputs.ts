// The audit log as clients read it: one entry, and the filter of the log.
import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { OrderInput, type SortKey } from '../../common/pagination';

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

/** What the list may be ordered by (`orderBy`); newest first when left out. */
export const auditOrderKeys = {
  AT: { sql: 'log.at', property: 'at', type: 'timestamptz' },
  ACTION: { sql: 'log.action', property: 'action', type: 'text' },
} satisfies Record<string, SortKey>;
export const AuditOrder = OrderInput('AuditOrder', auditOrderKeys);
export type AuditOrder = InstanceType<typeof AuditOrder>;
