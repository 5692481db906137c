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

  /** Carried in access tokens as `sv`; raised on logout and status changes, ending older tokens at once. */
  @Column({ type: 'integer', default: 0 })
  sessionVersion: number;
}
