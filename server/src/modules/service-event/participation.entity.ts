// A volunteer's part in an event: sign-up, attendance and verified hours (志愿时长). Evidence: soft-deleted only.
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EvidenceEntity } from '../../common/base.entity';
import { Node } from '../../common/node';
import type { Transitions } from '../../common/state-machine';
import { Volunteer } from '../volunteer/volunteer.entity';
import { UserAccount } from '../account/user-account.entity';
import { ServiceEvent } from './service-event.entity';

export enum ParticipationStatus {
  SIGNED_UP = 'SIGNED_UP',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
  CHECKED_IN = 'CHECKED_IN',
  COMPLETED = 'COMPLETED',
  NO_SHOW = 'NO_SHOW',
}
registerEnumType(ParticipationStatus, { name: 'ParticipationStatus' });

/**
 * A sign-up is checked in (a mistaken check-in is undone back to SIGNED_UP), checked out, cancelled or
 * marked NO_SHOW when the event closes; the waitlist moves up or is cancelled; a cancelled sign-up may sign up again.
 */
export const PARTICIPATION_TRANSITIONS: Transitions<ParticipationStatus> = {
  [ParticipationStatus.SIGNED_UP]: [
    ParticipationStatus.CHECKED_IN,
    ParticipationStatus.CANCELLED,
    ParticipationStatus.NO_SHOW,
  ],
  [ParticipationStatus.WAITLISTED]: [ParticipationStatus.SIGNED_UP, ParticipationStatus.CANCELLED],
  [ParticipationStatus.CHECKED_IN]: [ParticipationStatus.COMPLETED, ParticipationStatus.SIGNED_UP],
  [ParticipationStatus.COMPLETED]: [],
  [ParticipationStatus.CANCELLED]: [ParticipationStatus.SIGNED_UP, ParticipationStatus.WAITLISTED],
  [ParticipationStatus.NO_SHOW]: [],
};

@ObjectType({ implements: Node })
@Entity()
@Unique('uq_participation_event_volunteer', ['eventId', 'volunteerId'])
export class Participation extends EvidenceEntity {
  @Index()
  @Column({ type: 'bigint' })
  eventId: string;

  @ManyToOne(() => ServiceEvent, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'event_id' })
  event?: ServiceEvent;

  @Index()
  @Column({ type: 'bigint' })
  volunteerId: string;

  @ManyToOne(() => Volunteer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer?: Volunteer;

  @Field(() => ParticipationStatus)
  @Index()
  @Column({ type: 'enum', enum: ParticipationStatus, enumName: 'participation_status' })
  status: ParticipationStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  checkInAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  checkOutAt: Date | null;

  /** Credited service time in whole minutes; hours are derived, never stored as floats. */
  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  minutes: number;

  @Index()
  @Column({ type: 'bigint', nullable: true })
  verifiedById: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'verified_by_id' })
  verifiedBy?: UserAccount;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Index()
  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Field(() => Int, { description: 'Person-times this volunteer served at the event.' })
  @Column({ type: 'int', default: 0 })
  personTimesServed: number;

  @Field(() => Int, {
    description: 'Minutes present inside the event window (the credited minutes may be 0 under the attendance share).',
  })
  @Column({ type: 'int', default: 0 })
  presentMinutes: number;
}
