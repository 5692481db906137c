// Requests by volunteers to correct the minutes of a participation, and how they were resolved: the history of every change to recorded hours.
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../common/node';
import { Participation } from '../service-event/participation.entity';
import { Volunteer } from '../volunteer/volunteer.entity';
import { UserAccount } from '../account/user-account.entity';

export enum ReviewStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(ReviewStatus, { name: 'ReviewStatus' });

/** A request someone reviews: its status, who resolved it, when, and why. */
@ObjectType() // decorated so subclasses inherit its fields; never referenced, so never emitted
export abstract class ReviewedEntity extends BaseEntity {
  @Field(() => ReviewStatus)
  @Index()
  @Column({ type: 'enum', enum: ReviewStatus, enumName: 'review_status', default: ReviewStatus.PENDING })
  status: ReviewStatus;

  @Index()
  @Column({ type: 'bigint', nullable: true })
  resolvedById: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'resolved_by_id' })
  resolvedBy?: UserAccount;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  resolutionNote: string | null;
}

@ObjectType({ implements: Node })
@Entity()
export class HourCorrection extends ReviewedEntity {
  @Index()
  @Column({ type: 'bigint' })
  participationId: string;

  @ManyToOne(() => Participation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'participation_id' })
  participation?: Participation;

  @Index()
  @Column({ type: 'bigint' })
  volunteerId: string;

  @ManyToOne(() => Volunteer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer?: Volunteer;

  @Field(() => Int, { description: 'Minutes recorded when the correction was asked for.' })
  @Column({ type: 'int' })
  previousMinutes: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  requestedMinutes: number;

  @Field()
  @Column({ type: 'text' })
  reason: string;
}
