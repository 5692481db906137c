// Idempotency keys of create mutations: a retry with the same key returns the first result.
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity()
export class IdempotencyKey {
  /** The account id, or 'anonymous' for public forms. */
  @PrimaryColumn({ type: 'text' })
  actor: string;

  @PrimaryColumn({ type: 'text' })
  operation: string;

  @PrimaryColumn({ type: 'text' })
  key: string;

  /** SHA-256 of the input, so a key reused for a different request is refused. */
  @Column({ type: 'text' })
  requestHash: string;

  @Column({ type: 'bigint', nullable: true })
  resultId: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
