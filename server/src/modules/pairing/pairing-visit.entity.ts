// A logged visit (走访/家访) within a pairing. Evidence: soft-deleted only. A visit with a volunteer
// counts as that volunteer's service time once the pairing's owner confirms it: the confirmation
// records it as a verified participation, so hours, stars and the dashboard count it like any other.
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EvidenceEntity } from '../../common/base.entity';
import { Node } from '../../common/node';
import { Participation } from '../service-event/participation.entity';
import { Pairing } from './pairing.entity';

/** Whether the pairing's owner has counted the visit as service time. */
export enum VisitReview {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  DECLINED = 'DECLINED',
}
registerEnumType(VisitReview, { name: 'VisitReview' });

export enum VisitMode {
  HOME = 'HOME',
  PHONE = 'PHONE',
  VIDEO = 'VIDEO',
}
registerEnumType(VisitMode, { name: 'VisitMode' });

@ObjectType({ implements: Node })
@Entity()
export class PairingVisit extends EvidenceEntity {
  @Index()
  @Column({ type: 'bigint' })
  pairingId: string;

  @ManyToOne(() => Pairing, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pairing_id' })
  pairing?: Pairing;

  @Field({ description: 'ISO date of the visit.' })
  @Index()
  @Column({ type: 'date' })
  visitedOn: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  minutes: number;

  @Field(() => VisitMode)
  @Column({ type: 'enum', enum: VisitMode, enumName: 'visit_mode' })
  mode: VisitMode;

  @Field()
  @Column({ type: 'text', default: '' })
  notes: string;

  @Field(() => VisitReview, {
    description: 'PENDING until the pairing’s owner confirms or declines it as service time.',
  })
  @Column({ type: 'enum', enum: VisitReview, enumName: 'visit_review', default: VisitReview.PENDING })
  review: VisitReview;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ type: 'bigint', nullable: true })
  reviewedById: string | null;

  @Field(() => String, { nullable: true, description: 'Why the owner declined it.' })
  @Column({ type: 'text', nullable: true })
  reviewNote: string | null;

  /** The verified participation a confirmation recorded (the volunteer's credited service time). */
  @Index()
  @Column({ type: 'bigint', nullable: true })
  participationId: string | null;

  @ManyToOne(() => Participation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'participation_id' })
  participation?: Participation;
}
