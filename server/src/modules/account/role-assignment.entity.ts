// A role an account holds, bound to its scope (a region, an organisation, a station or a volunteer).
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { Role } from '../../auth/permissions';
import { BaseEntity } from '../../common/base.entity';
import { Region } from '../region/region.entity';
import { Organisation } from '../organisation/organisation.entity';
import { ServiceStation } from '../service-station/service-station.entity';
import { Volunteer } from '../volunteer/volunteer.entity';
import { UserAccount } from './user-account.entity';

@Entity()
@Unique('uq_role_assignment', ['accountId', 'role', 'regionId', 'organisationId', 'stationId', 'volunteerId'])
@Check(
  'chk_role_scope',
  `(
  (role = 'HUB_ADMIN' AND region_id IS NULL AND organisation_id IS NULL AND station_id IS NULL AND volunteer_id IS NULL) OR
  (role = 'REGION_ADMIN' AND region_id IS NOT NULL) OR
  (role = 'ORG_ADMIN' AND organisation_id IS NOT NULL) OR
  (role = 'STATION_COORDINATOR' AND station_id IS NOT NULL) OR
  (role = 'VOLUNTEER' AND volunteer_id IS NOT NULL) OR
  (role = 'VIEWER' AND organisation_id IS NULL AND station_id IS NULL AND volunteer_id IS NULL))`,
)
export class RoleAssignment extends BaseEntity {
  @Index()
  @Column({ type: 'bigint' })
  accountId: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: UserAccount;

  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role: Role;

  @Index()
  @Column({ type: 'bigint', nullable: true })
  regionId: string | null;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: Region;

  @Index()
  @Column({ type: 'bigint', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Index()
  @Column({ type: 'bigint', nullable: true })
  stationId: string | null;

  @ManyToOne(() => ServiceStation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'station_id' })
  station?: ServiceStation;

  @Index()
  @Column({ type: 'bigint', nullable: true })
  volunteerId: string | null;

  @ManyToOne(() => Volunteer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer?: Volunteer;
}
