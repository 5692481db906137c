// The managed list of volunteer skills, one list per city; volunteers and events name skills from it.
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../common/node';
import { Region } from '../region/region.entity';
import { ServiceType } from '../service-type/service-type.entity';

@ObjectType({ implements: Node })
@Entity()
@Index('uq_skill_city_name', ['regionId', 'name'], { unique: true })
export class Skill extends BaseEntity {
  @Field()
  @Column({ length: 30 })
  name: string;

  /** The city whose list it belongs to. */
  @Index()
  @Column({ type: 'bigint' })
  regionId: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Region;

  /** The service this skill serves: an event of that type wants volunteers who have it. */
  @Index()
  @Column({ type: 'bigint', nullable: true })
  serviceTypeId: string | null;

  @ManyToOne(() => ServiceType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_type_id' })
  serviceType?: ServiceType;

  @Field({ description: 'Retired skills stay on the people who have them but are no longer offered.' })
  @Column({ default: true })
  active: boolean;
}
