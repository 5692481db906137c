// The development outbox: every account code the hub would send, until the notification channels
// deliver them (code-delivery.ts). Readable through `accountCodeOutbox` only outside production.
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserAccount } from './user-account.entity';
import { CodeChannel, CodeKind } from './account-activation.entity';

@Entity()
export class DevOutboxMessage {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Index()
  @Column({ type: 'bigint' })
  accountId: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: UserAccount;

  @Column({ type: 'enum', enum: CodeChannel, enumName: 'account_code_channel' })
  channel: CodeChannel;

  /** The mobile number or e-mail address, as a real message would be addressed. */
  @Column({ type: 'text' })
  recipient: string;

  @Column({ type: 'enum', enum: CodeKind, enumName: 'account_code_kind' })
  kind: CodeKind;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  link: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
