// Commendations (表彰) awarded to volunteers.
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../common/node';
import { Volunteer } from '../volunteer/volunteer.entity';
import { Organisation } from '../organisation/organisation.entity';

@ObjectType({ implements: Node })
@Entity()
export class Commendation extends BaseEntity {
  @Index()
  @Column({ type: 'bigint' })
  volunteerId: string;

  @ManyToOne(() => Volunteer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer?: Volunteer;

  @Field(() => Int)
  @Index()
  @Column({ type: 'smallint' })
  year: number;

  @Field()
  @Column()
  title: string;

  @Index()
  @Column({ type: 'bigint' })
  awardedById: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'awarded_by_id' })
  awardedBy?: Organisation;

  @Field({ description: 'ISO date.' })
  @Column({ type: 'date' })
  awardedOn: string;
}
