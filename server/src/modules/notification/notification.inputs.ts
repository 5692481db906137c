// Arguments and results of the inbox and the channel choices.
import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { NotificationKind } from './notification-kinds';

@ArgsType()
export class NotificationArgs extends PageArgs {
  @Field({ defaultValue: false, description: 'Only the ones not read yet.' })
  unreadOnly: boolean = false;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { nullable: true, description: 'These of the viewer’s notifications (at most 100).' })
  @IsOptional()
  ids?: string[] | null;

  @Field({ defaultValue: false, description: 'Or every notification of the viewer.' })
  all: boolean = false;
}

@ObjectType({ description: 'The channels one kind of notice uses for the viewer (the inbox always).' })
export class NotificationKindPreference {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field()
  email: boolean;

  @Field()
  sms: boolean;

  @Field({ description: 'One-time codes: always sent, whatever is chosen.' })
  mandatory: boolean;
}

@ObjectType({ description: 'Where the viewer is reached, in which language, and with what for each kind.' })
export class NotificationSettings {
  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Masked; a volunteer’s registered phone unless set here.' })
  mobile: string | null;

  @Field()
  locale: string;

  @Field(() => [NotificationKindPreference])
  kinds: NotificationKindPreference[];
}

@ArgsType()
export class SetNotificationPreferenceArgs {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field()
  email: boolean;

  @Field()
  sms: boolean;
}

@InputType()
export class NotificationContactInput {
  @Field(() => String, { nullable: true, description: 'Empty or null: no e-mail. Left out: unchanged.' })
  @IsOptional()
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Empty or null: a volunteer’s registered phone, else none. Left out: unchanged.',
  })
  @IsOptional()
  @MaxLength(20)
  mobile?: string | null;

  @Field(() => String, { nullable: true, description: 'zh-CN or en. Left out or null: unchanged (zh-CN at first).' })
  @IsOptional()
  locale?: string | null;
}
