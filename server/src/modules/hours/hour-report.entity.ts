// Hours a volunteer reports for service outside any event; approved by the named organisation, they become a verified participation.
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../common/node';
import { Volunteer } from '../volunteer/volunteer.entity';
import { Organisation } from '../organisation/organisation.entity';
import { ServiceType } from '../service-type/service-type.entity';
import { Region } from '../region/region.entity';
import { Participation } from '../service-event/participation.entity';
import { ReviewedEntity } from './hour-correction.entity';

@ObjectType({ implements: Node })
@Entity()
export class HourReport extends ReviewedEntity {
  @Index()
  @Column({ type: 'bigint' })
  volunteerId: string;

  @ManyToOne(() => Volunteer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer?: Volunteer;

  /** The organisation that approves (the volunteer's own, or one they served with). */
  @Index()
  @Column({ type: 'bigint' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Index()
  @Column({ type: 'bigint' })
  serviceTypeId: string;

  @ManyToOne(() => ServiceType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_type_id' })
  serviceType?: ServiceType;

  @Index()
  @Column({ type: 'bigint' })
  regionId: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Region;

  @Field({ description: 'ISO date of the service.' })
  @Column({ type: 'date' })
  servedOn: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  minutes: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  personTimesServed: number;

  @Field()
  @Column({ type: 'text' })
  description: string;

  /** The verified participation the approval created. */
  @Index()
  @Column({ type: 'bigint', nullable: true })
  participationId: string | null;

  @ManyToOne(() => Participation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'participation_id' })
  participation?: Participation;
}
