// Registered volunteers. Identity number, phone and birth date are personal data: never exposed raw.
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Directive, Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../common/node';
import { Region } from '../region/region.entity';
import { Organisation } from '../organisation/organisation.entity';
import { VolunteerTeam } from '../volunteer-team/volunteer-team.entity';
import { ServiceStation } from '../service-station/service-station.entity';

export enum VolunteerCategory {
  STUDENT = 'STUDENT',
  RESIDENT_COMMITTEE = 'RESIDENT_COMMITTEE',
  COMMUNITY_WORKER = 'COMMUNITY_WORKER',
  CIVIL_SERVANT = 'CIVIL_SERVANT',
  PUBLIC_INSTITUTION_STAFF = 'PUBLIC_INSTITUTION_STAFF',
  ENTERPRISE_STAFF = 'ENTERPRISE_STAFF',
  PARTY_CADRE = 'PARTY_CADRE',
  RETIREE = 'RETIREE',
  OTHER = 'OTHER',
}
registerEnumType(VolunteerCategory, { name: 'VolunteerCategory' });

export enum VolunteerStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  RETIRED = 'RETIRED',
  REJECTED = 'REJECTED',
}
registerEnumType(VolunteerStatus, { name: 'VolunteerStatus' });

export enum GuardianRelation {
  PARENT = 'PARENT',
  GRANDPARENT = 'GRANDPARENT',
  SIBLING = 'SIBLING',
  OTHER_GUARDIAN = 'OTHER_GUARDIAN',
}
registerEnumType(GuardianRelation, { name: 'GuardianRelation' });

/** One weekly slot: a day (1 = Monday … 7 = Sunday) and a time range, city time, HH:MM. */
@ObjectType()
export class AvailabilitySlot {
  @Field(() => Int, { description: '1 = Monday … 7 = Sunday.' })
  weekday: number;

  @Field({ description: 'HH:MM, city time.' })
  from: string;

  @Field({ description: 'HH:MM, city time, after `from`.' })
  to: string;
}

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(Gender, { name: 'Gender' });

@ObjectType({ implements: Node })
@Directive('@key(fields: "id")')
@Entity()
export class Volunteer extends BaseEntity {
  @Field()
  @Index()
  @Index('idx_volunteer_real_name_trgm', { synchronize: false }) // trigram GIN, created in the migration
  @Column()
  realName: string;

  @Index({ unique: true })
  @Column({ length: 18 })
  idNumber: string;

  @Field(() => Gender)
  @Column({ type: 'enum', enum: Gender, enumName: 'gender' })
  gender: Gender;

  @Index('idx_volunteer_birth_date', { synchronize: false }) // with the home region included, created in the migration
  @Column({ type: 'date' })
  birthDate: string;

  @Column({ length: 11 })
  phone: string;

  @Field(() => VolunteerCategory)
  @Index()
  @Column({ type: 'enum', enum: VolunteerCategory, enumName: 'volunteer_category' })
  category: VolunteerCategory;

  /** Skills from the city's managed list (skill ids, sorted). */
  @Index('idx_volunteer_skill_ids', { synchronize: false }) // GIN, created in the migration
  @Column({ type: 'bigint', array: true, default: () => "'{}'" })
  skillIds: string[];

  @Field(() => String, { nullable: true, description: 'A skill not on the list ("other"), in free text.' })
  @Column({ type: 'text', nullable: true })
  otherSkill: string | null;

  /** Weekly availability: when the volunteer can usually come (city time). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  availability: AvailabilitySlot[];

  /** Districts the volunteer prefers to serve in besides home. */
  @Column({ type: 'bigint', array: true, default: () => "'{}'" })
  preferredDistrictIds: string[];

  /** The short reference of the public registration (TX-XXXX-XX), for look-ups by the person. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 10, nullable: true })
  reference: string | null;

  @Field(() => VolunteerStatus)
  @Index()
  @Column({ type: 'enum', enum: VolunteerStatus, enumName: 'volunteer_status', default: VolunteerStatus.PENDING })
  status: VolunteerStatus;

  @Index()
  @Column({ type: 'bigint', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Index()
  @Column({ type: 'bigint', nullable: true })
  teamId: string | null;

  @ManyToOne(() => VolunteerTeam, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: VolunteerTeam;

  @Index()
  @Column({ type: 'bigint', nullable: true })
  stationId: string | null;

  @ManyToOne(() => ServiceStation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'station_id' })
  station?: ServiceStation;

  /** Where the volunteer lives or registered; drives region scope. */
  @Index()
  @Column({ type: 'bigint' })
  homeRegionId: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'home_region_id' })
  homeRegion?: Region;

  @Field({ description: 'Covered by volunteer accident insurance (保险): the report names its absence.' })
  // The dashboard's covering index over the columns its people section reads, created in the migration.
  @Index('idx_volunteer_dashboard', { synchronize: false })
  @Column({ default: false })
  insured: boolean;

  @Field(() => GraphQLISODateTime)
  @Index()
  @Column({ type: 'timestamptz', default: () => 'now()' })
  registeredAt: Date;

  /** All-time verified service minutes, kept by the participation_rollup trigger. */
  @Index('idx_volunteer_verified_minutes', { synchronize: false })
  @Column({ type: 'bigint', default: 0, update: false, insert: false })
  verifiedMinutes: string;

  @Column({ type: 'timestamptz', nullable: true })
  consentAt: Date | null;

  @Column({ type: 'text', nullable: true })
  consentVersion: string | null;

  /** A minor's guardian (under 18 at registration): name, relation, mobile and consent. */
  @Field(() => String, { nullable: true, description: "A minor's guardian." })
  @Column({ type: 'text', nullable: true })
  guardianName: string | null;

  @Field(() => GuardianRelation, { nullable: true })
  @Column({ type: 'enum', enum: GuardianRelation, enumName: 'guardian_relation', nullable: true })
  guardianRelation: GuardianRelation | null;

  @Column({ type: 'varchar', length: 11, nullable: true })
  guardianPhone: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the guardian consented.' })
  @Column({ type: 'timestamptz', nullable: true })
  guardianConsentAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Version of the notice the guardian consented to.' })
  @Column({ type: 'text', nullable: true })
  guardianConsentVersion: string | null;

  @Field(() => String, { nullable: true, description: 'Why the volunteer was rejected, suspended or retired.' })
  @Column({ type: 'text', nullable: true })
  statusReason: string | null;
}
