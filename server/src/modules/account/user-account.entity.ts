// Login accounts. Roles and sessions arrive with the access layer; the table exists from the start.
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';

export enum AccountStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}

@Entity()
export class UserAccount extends BaseEntity {
  @Index({ unique: true })
  @Column()
  username: string;

  @Column()
  displayName: string;

  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ type: 'enum', enum: AccountStatus, enumName: 'account_status', default: AccountStatus.ACTIVE })
  status: AccountStatus;

  /** Where codes are sent (SMS) and a name to log in with; unique when set. */
  @Index({ unique: true, where: 'mobile IS NOT NULL' })
  @Column({ type: 'varchar', length: 11, nullable: true })
  mobile: string | null;

  /** Lower-cased; where invitation links go when there is no mobile, and a name to log in with. */
  @Index({ unique: true, where: 'email IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  /** Carried in access tokens as `sv`; raised on logout and status changes, ending older tokens at once. */
  @Column({ type: 'integer', default: 0 })
  sessionVersion: number;
}
