// One-time codes that set a password: the first admin's (command line), an invitation to a staff
// role, a volunteer's first login, a reset. Kept only as hashes; each expires, works once, can be revoked.
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserAccount } from './user-account.entity';

export enum CodeKind {
  ACTIVATION = 'ACTIVATION',
  INVITATION = 'INVITATION',
  RESET = 'RESET',
}

export enum CodeChannel {
  SMS = 'SMS',
  EMAIL = 'EMAIL',
  /** Printed by `npm run admin` to whoever ran it. */
  CLI = 'CLI',
}

@Entity()
export class AccountActivation {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Index()
  @Column({ type: 'bigint' })
  accountId: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: UserAccount;

  /** sha256 of the code; the code itself goes once to its channel and is never stored. */
  @Index({ unique: true })
  @Column({ length: 64 })
  codeHash: string;

  @Column({ type: 'enum', enum: CodeKind, enumName: 'account_code_kind', default: CodeKind.ACTIVATION })
  kind: CodeKind;

  @Column({ type: 'enum', enum: CodeChannel, enumName: 'account_code_channel', default: CodeChannel.CLI })
  channel: CodeChannel;

  /** Where the code went, masked (138****0000, z***@example.org): enough to tell the invitee which. */
  @Column({ type: 'text', nullable: true })
  destination: string | null;

  /** The admin who invited or reset; null for the command line and for self-service. */
  @Index()
  @Column({ type: 'bigint', nullable: true })
  issuedById: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'issued_by_id' })
  issuedBy?: UserAccount;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
