// GraphQL shapes of invitations (the one-time codes an admin issued) and of the development outbox.
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';
import { CodeChannel, CodeKind } from './account-activation.entity';
import { AccountInfo } from './account.inputs';

registerEnumType(CodeKind, { name: 'AccountCodeKind' });
registerEnumType(CodeChannel, { name: 'AccountCodeChannel' });

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

@ObjectType('Invitation', {
  description: 'The latest code an account was sent to set its password: an invitation or a volunteer’s activation.',
})
export class InvitationInfo {
  @Field(() => ID)
  id: string;

  @Field(() => AccountInfo)
  account: AccountInfo;

  @Field(() => CodeKind)
  kind: CodeKind;

  @Field(() => CodeChannel)
  channel: CodeChannel;

  @Field(() => String, { nullable: true, description: 'Where it was sent, masked.' })
  destination: string | null;

  @Field(() => InvitationStatus)
  status: InvitationStatus;

  @Field(() => AccountInfo, { nullable: true, description: 'The admin who sent it.' })
  issuedBy: AccountInfo | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;
}

@ObjectType('OutboxMessage', { description: 'A code the hub would have sent (development only).' })
export class OutboxMessageInfo {
  @Field(() => ID)
  id: string;

  @Field(() => CodeChannel)
  channel: CodeChannel;

  @Field({ description: 'The mobile number or e-mail address.' })
  recipient: string;

  @Field(() => CodeKind)
  kind: CodeKind;

  @Field()
  code: string;

  @Field()
  link: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
