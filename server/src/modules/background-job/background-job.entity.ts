// The user-visible record of a background job (an import, a large export, a report): who asked,
// how far it got, whether it was asked to stop, and the result file kept for a while. The job
// runner executes it; this row is what the owner sees and what a restart resumes from.
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../common/node';
import { UserAccount } from '../account/user-account.entity';

export enum BackgroundJobKind {
  IMPORT = 'IMPORT',
  EXPORT = 'EXPORT',
  REPORT = 'REPORT',
}
registerEnumType(BackgroundJobKind, { name: 'BackgroundJobKind' });

export enum BackgroundJobStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(BackgroundJobStatus, { name: 'BackgroundJobStatus' });

/** States a job no longer leaves. */
export const FINISHED: readonly BackgroundJobStatus[] = [
  BackgroundJobStatus.SUCCEEDED,
  BackgroundJobStatus.FAILED,
  BackgroundJobStatus.CANCELLED,
];

@ObjectType({ implements: Node })
@Entity()
export class BackgroundJob extends BaseEntity {
  @Field(() => BackgroundJobKind)
  @Column({ type: 'enum', enum: BackgroundJobKind, enumName: 'background_job_kind' })
  kind: BackgroundJobKind;

  @Index()
  @Column({ type: 'bigint' })
  ownerAccountId: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_account_id' })
  owner?: UserAccount;

  @Field(() => BackgroundJobStatus)
  @Index()
  @Column({
    type: 'enum',
    enum: BackgroundJobStatus,
    enumName: 'background_job_status',
    default: BackgroundJobStatus.QUEUED,
  })
  status: BackgroundJobStatus;

  @Field(() => Int, { description: 'Units done (rows for an import).' })
  @Column({ type: 'int', default: 0 })
  done: number;

  @Field(() => Int, { description: 'Units in all.' })
  @Column({ type: 'int', default: 0 })
  total: number;

  @Field({ description: 'The owner asked it to stop; it stops after the batch under way.' })
  @Column({ default: false })
  cancelRequested: boolean;

  /** What the handler needs (e.g. the import's id); never shown. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload: Record<string, unknown>;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Counts the job reports (created, updated, ...).' })
  @Column({ type: 'jsonb', nullable: true })
  result: Record<string, number> | null;

  @Column({ type: 'bytea', nullable: true, select: false })
  resultFile: Buffer | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  resultFileName: string | null;

  @Column({ type: 'text', nullable: true })
  resultMime: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The result file is deleted after this.' })
  @Column({ type: 'timestamptz', nullable: true })
  resultExpiresAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
