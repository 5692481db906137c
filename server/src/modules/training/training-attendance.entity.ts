// Who attended a training session.
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../common/node';
import { Volunteer } from '../volunteer/volunteer.entity';
import { TrainingSession } from './training-session.entity';

@ObjectType({ implements: Node })
@Entity()
@Unique('uq_training_attendance', ['sessionId', 'volunteerId'])
export class TrainingAttendance extends BaseEntity {
  @Index()
  @Column({ type: 'bigint' })
  sessionId: string;

  @ManyToOne(() => TrainingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: TrainingSession;

  @Index()
  @Column({ type: 'bigint' })
  volunteerId: string;

  @ManyToOne(() => Volunteer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer?: Volunteer;

  @Field()
  @Column({ default: true })
  attended: boolean;
}
