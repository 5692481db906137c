// A service event: a time window at a place, under a campaign and/or a station.
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Directive, Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../common/node';
import type { Transitions } from '../../common/state-machine';
import { Region } from '../region/region.entity';
import { Organisation } from '../organisation/organisation.entity';
import { Campaign } from '../campaign/campaign.entity';
import { ServiceStation } from '../service-station/service-station.entity';
import { ServiceType } from '../service-type/service-type.entity';

export enum EventStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}
/** A draft opens (or is cancelled); an open event closes once started, goes back to draft or is cancelled. */
export const EVENT_TRANSITIONS: Transitions<EventStatus> = {
  [EventStatus.DRAFT]: [EventStatus.OPEN, EventStatus.CANCELLED],
  [EventStatus.OPEN]: [EventStatus.DRAFT, EventStatus.CLOSED, EventStatus.CANCELLED],
  [EventStatus.CLOSED]: [],
  [EventStatus.CANCELLED]: [],
};

export enum EventOrigin {
  SCHEDULED = 'SCHEDULED',
  SERVICE_REQUEST = 'SERVICE_REQUEST',
  HOUR_REPORT = 'HOUR_REPORT',
  /** A pairing visit its owner confirmed as service time. */
  PAIRING_VISIT = 'PAIRING_VISIT',
}
registerEnumType(EventOrigin, { name: 'EventOrigin' });

registerEnumType(EventStatus, { name: 'EventStatus' });

@ObjectType({ implements: Node })
@Directive('@key(fields: "id")')
@Entity()
@Index('idx_service_event_window', ['startsAt', 'endsAt'])
export class ServiceEvent extends BaseEntity {
  @Index('idx_service_event_title_trgm', { synchronize: false }) // trigram GIN, created in the migration
  @Field()
  @Index()
  @Column()
  title: string;

  @Index()
  @Column({ type: 'bigint', nullable: true })
  campaignId: string | null;

  @ManyToOne(() => Campaign, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Campaign;

  @Index()
  @Column({ type: 'bigint', nullable: true })
  stationId: string | null;

  @ManyToOne(() => ServiceStation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'station_id' })
  station?: ServiceStation;

  @Index()
  @Column({ type: 'bigint' })
  serviceTypeId: string;

  @ManyToOne(() => ServiceType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_type_id' })
  serviceType?: ServiceType;

  /** The organisation running the event (owns its hours). */
  @Index()
  @Column({ type: 'bigint' })
  organiserId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organiser_id' })
  organiser?: Organisation;

  /** Where it is held; drives region scope. */
  @Index()
  @Column({ type: 'bigint' })
  regionId: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Region;

  @Field()
  @Column()
  place: string;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Field(() => Int)
  @Column({ type: 'int' })
  capacity: number;

  @Field(() => EventStatus)
  @Index()
  @Column({ type: 'enum', enum: EventStatus, enumName: 'event_status', default: EventStatus.DRAFT })
  status: EventStatus;

  /** Rollups kept by the participation_rollup trigger (see the Rollups migration). */
  @Column({ type: 'bigint', default: 0, update: false, insert: false })
  verifiedMinutes: string;

  @Field(() => Int, { description: 'Participations recorded (not cancelled by deletion).' })
  @Column({ type: 'int', default: 0, update: false, insert: false })
  participantCount: number;

  @Field(() => Int, { description: 'Person-times served (服务人次) recorded for the event.' })
  @Column({ type: 'int', default: 0 })
  personTimesServed: number;

  @Field(() => EventOrigin, { description: 'Scheduled, or recorded for a service request or an approved hour report.' })
  @Column({ type: 'enum', enum: EventOrigin, enumName: 'event_origin', default: EventOrigin.SCHEDULED })
  origin: EventOrigin;

  @Field({ description: 'Only volunteers 18 or older on the day may sign up.' })
  @Column({ default: false })
  adultsOnly: boolean;

  /** Skills the organiser asks for (from the city's list); suggestions rank by them. */
  @Column({ type: 'bigint', array: true, default: () => "'{}'" })
  requiredSkillIds: string[];

  /** Share of the event a volunteer must attend for the hours to count; null = the jurisdiction default. */
  @Column({ type: 'numeric', precision: 3, scale: 2, nullable: true })
  attendanceShare: string | null;

  /** SHA-256 of the current one-time check-in code (shown by the organiser at the event). */
  @Column({ type: 'text', nullable: true })
  checkCodeHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  checkCodeExpiresAt: Date | null;
}
