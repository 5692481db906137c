// Requests for a service from disabled people or their families, queued at a station.
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../common/node';
import { Region } from '../region/region.entity';
import { ServiceStation } from '../service-station/service-station.entity';
import { ServiceType } from '../service-type/service-type.entity';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { Volunteer } from '../volunteer/volunteer.entity';
import { Participation } from '../service-event/participation.entity';

export enum ServiceRequestStatus {
  OPEN = 'OPEN',
  ASSIGNED = 'ASSIGNED',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ServiceRequestStatus, { name: 'ServiceRequestStatus' });

@ObjectType({ implements: Node })
@Entity()
@Index('idx_service_request_created_at', ['createdAt'])
export class ServiceRequest extends BaseEntity {
  @Field()
  @Column()
  requesterName: string;

  /** Callback phone: personal data. */
  @Column({ length: 11 })
  phone: string;

  @Field()
  @Column({ type: 'text' })
  description: string;

  /** The short reference of a public submission (TX-XXXX-XX), for look-ups by the requester. */
  @Field(() => String, { nullable: true, description: 'Short reference given to the requester (public form).' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 10, nullable: true })
  reference: string | null;

  @Field(() => ServiceRequestStatus)
  @Index()
  @Column({
    type: 'enum',
    enum: ServiceRequestStatus,
    enumName: 'service_request_status',
    default: ServiceRequestStatus.OPEN,
  })
  status: ServiceRequestStatus;

  @Index()
  @Column({ type: 'bigint' })
  regionId: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Region;

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

  @Index()
  @Column({ type: 'bigint', nullable: true })
  beneficiaryId: string | null;

  @ManyToOne(() => Beneficiary, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'beneficiary_id' })
  beneficiary?: Beneficiary;

  @Index()
  @Column({ type: 'bigint', nullable: true })
  assignedVolunteerId: string | null;

  @ManyToOne(() => Volunteer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assigned_volunteer_id' })
  assignedVolunteer?: Volunteer;

  @Field({ description: 'The requester asked to be called back.' })
  @Column({ default: false })
  callbackRequested: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  closingNote: string | null;

  /** The participation DONE created. */
  @Index()
  @Column({ type: 'bigint', nullable: true })
  participationId: string | null;

  @ManyToOne(() => Participation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'participation_id' })
  participation?: Participation;
}
