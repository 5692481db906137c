// Partner organisations and the federation itself, each located in a region.
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../common/node';
import { Region } from '../region/region.entity';
import { RegistryStatus } from '../../common/registry-status';

export enum OrganisationKind {
  DPF = 'DPF',
  YOUTH_LEAGUE = 'YOUTH_LEAGUE',
  WOMENS_FEDERATION = 'WOMENS_FEDERATION',
  CIVIL_AFFAIRS = 'CIVIL_AFFAIRS',
  TRADE_UNION = 'TRADE_UNION',
  CIVILIZATION_OFFICE = 'CIVILIZATION_OFFICE',
  NGO = 'NGO',
  UNIVERSITY = 'UNIVERSITY',
  ENTERPRISE = 'ENTERPRISE',
  DISABLED_PERSONS_ENTERPRISE = 'DISABLED_PERSONS_ENTERPRISE',
  SERVICE_INSTITUTION = 'SERVICE_INSTITUTION',
}
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });

@ObjectType({ implements: Node })
@Directive('@key(fields: "id")')
@Entity()
export class Organisation extends BaseEntity {
  @Field()
  @Index('idx_organisation_name_trgm', { synchronize: false }) // trigram GIN, created in the migration
  @Column()
  name: string;

  @Field(() => OrganisationKind)
  @Index()
  @Column({ type: 'enum', enum: OrganisationKind, enumName: 'organisation_kind' })
  kind: OrganisationKind;

  @Index()
  @Column({ type: 'bigint' })
  regionId: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Region;

  /** District branches point at their city organisation. */
  @Index()
  @Column({ type: 'bigint', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Organisation;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  contactName: string | null;

  // Office phone of an organisation is public contact data, not personal data.
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  contactPhone: string | null;

  // An office mailbox, public like the office phone.
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  contactEmail: string | null;

  @Field(() => String, { nullable: true, description: 'Office address.' })
  @Column({ type: 'text', nullable: true })
  address: string | null;
  @Field(() => RegistryStatus)
  @Column({ type: 'enum', enum: RegistryStatus, enumName: 'registry_status', default: RegistryStatus.ACTIVE })
  status: RegistryStatus;
}
