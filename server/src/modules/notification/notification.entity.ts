// What the hub told whom: the inbox rows, one outbox row per channel and send, the contact addresses
// and the channel choices per kind, and the development SMS outbox.
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../common/node';
import { UserAccount } from '../account/user-account.entity';
import { Volunteer } from '../volunteer/volunteer.entity';
import { NotificationKind } from './notification-kinds';

export enum DeliveryChannel {
  EMAIL = 'EMAIL',
  SMS = 'SMS',
}
registerEnumType(DeliveryChannel, { name: 'DeliveryChannel' });

export enum DeliveryStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** Retries exhausted. */
  FAILED = 'FAILED',
  /** The channel is not configured in this deployment (no SMTP_URL, no SMS adapter). */
  SKIPPED = 'SKIPPED',
}

/** One message to one person (an account, or a volunteer who has none yet): the in-app inbox. */
@ObjectType({ description: 'A message in the viewer’s inbox.' })
@Entity()
@Index(['accountId', 'id'])
export class Notification extends Node {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'bigint', nullable: true })
  accountId: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: UserAccount;

  /** For a volunteer without an account: the SMS goes to the phone they registered with. */
  @Index()
  @Column({ type: 'bigint', nullable: true })
  volunteerId: string | null;

  @ManyToOne(() => Volunteer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer?: Volunteer;

  @Field(() => NotificationKind)
  @Column({ type: 'text' })
  kind: NotificationKind;

  /** The template's parameters; title and body are written from them in the reader's language. */
  @Column({ type: 'jsonb' })
  payload: Record<string, string | number | null>;

  /** Codes are sent, never kept in an inbox. */
  @Column({ default: true })
  inApp: boolean;

  /** A notice sent at most once (a reminder per participation and lead time). */
  @Index({ unique: true, where: 'dedup_key IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  dedupKey: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** The outbox: one row per notification and channel, sent by the job runner after the commit. */
@Entity()
@Index(['status', 'queuedAt'])
export class NotificationDelivery {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Index()
  @Column({ type: 'bigint' })
  notificationId: string;

  @ManyToOne(() => Notification, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notification_id' })
  notification?: Notification;

  @Column({ type: 'enum', enum: DeliveryChannel, enumName: 'delivery_channel' })
  channel: DeliveryChannel;

  /** The e-mail address or mobile number, as it was when the notice was written. */
  @Column({ type: 'text' })
  address: string;

  @Column({ type: 'text', default: 'zh-CN' })
  locale: string;

  @Column({ type: 'enum', enum: DeliveryStatus, enumName: 'delivery_status', default: DeliveryStatus.PENDING })
  status: DeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  /** When a delivery job was enqueued for it (null: the sweep enqueues it). */
  @Column({ type: 'timestamptz', nullable: true })
  queuedAt: Date | null;

  /** Held back by quiet hours until then. */
  @Column({ type: 'timestamptz', nullable: true })
  notBefore: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** Where an account is reached, and in which language. */
@Entity()
export class NotificationContact {
  @PrimaryColumn({ type: 'bigint' })
  accountId: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: UserAccount;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  /** Unset for a volunteer: the phone of their volunteer record. */
  @Column({ type: 'text', nullable: true })
  mobile: string | null;

  @Column({ type: 'text', default: 'zh-CN' })
  locale: string;
}

/** An account's channel choice for one kind; a kind without a row uses the kind's defaults. */
@Entity()
export class NotificationPreference {
  @PrimaryColumn({ type: 'bigint' })
  accountId: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: UserAccount;

  @PrimaryColumn({ type: 'text' })
  kind: NotificationKind;

  @Column()
  email: boolean;

  @Column()
  sms: boolean;
}

/** The development SMS adapter's outbox: what a provider would have been asked to send. */
@Entity()
export class SmsOutbox {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Index({ unique: true })
  @Column({ type: 'bigint' })
  deliveryId: string;

  @ManyToOne(() => NotificationDelivery, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delivery_id' })
  delivery?: NotificationDelivery;

  @Column({ type: 'text' })
  mobile: string;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
