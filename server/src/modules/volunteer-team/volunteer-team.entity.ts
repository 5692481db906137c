// Volunteer teams (助残志愿者队伍), one per district at least, optionally run by an organisation.
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../common/node';
import { Region } from '../region/region.entity';
import { Organisation } from '../organisation/organisation.entity';
import { RegistryStatus } from '../../common/registry-status';

@ObjectType({ implements: Node })
@Entity()
export class VolunteerTeam extends BaseEntity {
  @Field()
  @Column()
  name: string;

  @Index()
  @Column({ type: 'bigint' })
  regionId: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Region;

  @Index()
  @Column({ type: 'bigint', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;
  @Field(() => RegistryStatus)
  @Column({ type: 'enum', enum: RegistryStatus, enumName: 'registry_status', default: RegistryStatus.ACTIVE })
  status: RegistryStatus;
}
