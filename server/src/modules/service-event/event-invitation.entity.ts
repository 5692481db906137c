// An organiser's invitation of one volunteer to one event; accepting it is signing up.
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../common/node';
import type { Transitions } from '../../common/state-machine';
import { Volunteer } from '../volunteer/volunteer.entity';
import { ServiceEvent } from './service-event.entity';
import { Participation } from './participation.entity';

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}
registerEnumType(InvitationStatus, { name: 'EventInvitationStatus' });

/** A pending invitation is accepted or declined, once. */
export const INVITATION_TRANSITIONS: Transitions<InvitationStatus> = {
  [InvitationStatus.PENDING]: [InvitationStatus.ACCEPTED, InvitationStatus.DECLINED],
  [InvitationStatus.ACCEPTED]: [],
  [InvitationStatus.DECLINED]: [],
};

@ObjectType({ implements: Node })
@Entity()
@Index('uq_event_invitation', ['eventId', 'volunteerId'], { unique: true })
export class EventInvitation extends BaseEntity {
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

  @Field(() => InvitationStatus)
  @Column({
    type: 'enum',
    enum: InvitationStatus,
    enumName: 'event_invitation_status',
    default: InvitationStatus.PENDING,
  })
  status: InvitationStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  /** The sign-up an acceptance made. */
  @Index()
  @Column({ type: 'bigint', nullable: true })
  participationId: string | null;

  @ManyToOne(() => Participation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'participation_id' })
  participation?: Participation;
}
