// Community volunteer service stations and their public board (上墙): hours, services, contact.
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Directive, Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../common/node';
import { Region } from '../region/region.entity';
import { Organisation } from '../organisation/organisation.entity';
import { RegistryStatus } from '../../common/registry-status';

@ObjectType({ implements: Node })
@Directive('@key(fields: "id")')
@Entity()
export class ServiceStation extends BaseEntity {
  @Field()
  @Index('idx_service_station_name_trgm', { synchronize: false }) // trigram GIN, created in the migration
  @Column()
  name: string;

  /** The community (社区/村) the station serves. */
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

  @Field({ description: 'Public street address of the station.' })
  @Column()
  address: string;

  @Field({ description: 'Opening hours as published on the board, e.g. 周一至周五 9:00-17:00.' })
  @Column()
  openingHours: string;

  @Field()
  @Column()
  contactName: string;

  @Field({ description: 'The station office phone published on the board.' })
  @Column()
  contactPhone: string;

  /** Service types offered; a GIN index serves "stations offering X". */
  @Index('idx_service_station_service_type_ids', { synchronize: false })
  @Column({ type: 'bigint', array: true, default: () => "'{}'" })
  serviceTypeIds: string[];
  @Field(() => RegistryStatus)
  @Column({ type: 'enum', enum: RegistryStatus, enumName: 'registry_status', default: RegistryStatus.ACTIVE })
  status: RegistryStatus;
}
