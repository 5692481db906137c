// Append-only record of every change and every unmasked read of personal data.
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserAccount } from '../account/user-account.entity';

@Entity()
@Index('idx_audit_log_record', ['recordType', 'recordId'])
export class AuditLog {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Index()
  @Column({ type: 'bigint', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor?: UserAccount;

  @Index()
  @Column()
  action: string;

  @Column()
  recordType: string;

  @Column({ type: 'bigint', nullable: true })
  recordId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'text', nullable: true })
  requestId: string | null;

  /** The region the record belongs to, when known: REGION_ADMIN reads its subtree's entries. */
  @Index()
  @Column({ type: 'bigint', nullable: true })
  regionId: string | null;

  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
