// Disabled people served by the network. Disability data is sensitive personal information (PIPL).
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../common/node';
import { Region } from '../region/region.entity';
import { Household } from './household.entity';
import { ServiceStation } from '../service-station/service-station.entity';
import { Gender } from '../volunteer/volunteer.entity';

/** GB/T 26341-2010 categories; the enum order gives the certificate's category digit (1–7). */
export enum DisabilityCategory {
  VISUAL = 'VISUAL',
  HEARING = 'HEARING',
  SPEECH = 'SPEECH',
  PHYSICAL = 'PHYSICAL',
  INTELLECTUAL = 'INTELLECTUAL',
  MENTAL = 'MENTAL',
  MULTIPLE = 'MULTIPLE',
}
registerEnumType(DisabilityCategory, { name: 'DisabilityCategory' });

export enum AccessNeed {
  SIGN_LANGUAGE = 'SIGN_LANGUAGE',
  GUIDE = 'GUIDE',
  WHEELCHAIR = 'WHEELCHAIR',
  EASY_READ = 'EASY_READ',
}
registerEnumType(AccessNeed, { name: 'AccessNeed' });

@ObjectType({ implements: Node })
@Entity()
export class Beneficiary extends BaseEntity {
  @Field()
  @Index()
  @Index('idx_beneficiary_real_name_trgm', { synchronize: false }) // trigram GIN, created in the migration
  @Column()
  realName: string;

  @Index({ unique: true })
  @Column({ length: 18 })
  idNumber: string;

  @Field(() => Gender)
  @Column({ type: 'enum', enum: Gender, enumName: 'gender' })
  gender: Gender;

  @Column({ type: 'date' })
  birthDate: string;

  @Field(() => DisabilityCategory)
  @Index()
  @Column({ type: 'enum', enum: DisabilityCategory, enumName: 'disability_category' })
  disabilityCategory: DisabilityCategory;

  // Exposed by BeneficiaryFieldsResolver, to the roles that may see who the person is on paper.
  @Index()
  @Column({ type: 'smallint' })
  disabilityGrade: number;

  @Index({ unique: true })
  @Column({ length: 20 })
  certificateNumber: string;

  @Index()
  @Column({ type: 'bigint' })
  regionId: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Region;

  @Index()
  @Column({ type: 'bigint', nullable: true })
  householdId: string | null;

  @ManyToOne(() => Household, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'household_id' })
  household?: Household;

  /** The station that serves this person, if any. */
  @Index()
  @Column({ type: 'bigint', nullable: true })
  stationId: string | null;

  @ManyToOne(() => ServiceStation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'station_id' })
  station?: ServiceStation;

  @Column({ type: 'varchar', length: 11, nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  address: string | null;

  /** Service types needed. */
  @Column({ type: 'bigint', array: true, default: () => "'{}'" })
  needServiceTypeIds: string[];

  @Field(() => [AccessNeed])
  @Column({ type: 'enum', enum: AccessNeed, enumName: 'access_need', array: true, default: () => "'{}'" })
  accessNeeds: AccessNeed[];
}
