// An uploaded spreadsheet: the file as sent, what the dry run found in it, and the job that imports it.
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../common/node';
import { UserAccount } from '../account/user-account.entity';
import { BackgroundJob } from '../background-job/background-job.entity';

export enum ImportKind {
  VOLUNTEER = 'VOLUNTEER',
  BENEFICIARY = 'BENEFICIARY',
  ORGANISATION = 'ORGANISATION',
  TEAM = 'TEAM',
  STATION = 'STATION',
}
registerEnumType(ImportKind, { name: 'ImportKind', description: 'What a spreadsheet import creates or updates.' });

/** One problem of one cell: the row as numbered in the sheet, the column's key, a message key. */
export interface CellProblem {
  row: number;
  column: string;
  key: string;
  params?: Record<string, string | number>;
}

@ObjectType({ implements: Node })
@Entity()
export class SpreadsheetImport extends BaseEntity {
  @Field(() => ImportKind)
  @Column({ type: 'enum', enum: ImportKind, enumName: 'import_kind' })
  kind: ImportKind;

  @Index()
  @Column({ type: 'bigint' })
  ownerAccountId: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_account_id' })
  owner?: UserAccount;

  @Field()
  @Column()
  fileName: string;

  @Column({ type: 'bytea', select: false })
  file: Buffer;

  /** sha256 of the file: the same file uploaded twice is recognised. */
  @Column({ length: 64 })
  fileHash: string;

  @Field(() => Int, { description: 'Data rows in the sheet.' })
  @Column({ type: 'int' })
  rowCount: number;

  @Field(() => Int, { description: 'Rows with at least one problem.' })
  @Column({ type: 'int' })
  errorRowCount: number;

  /** Every problem the dry run found, in sheet order. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  problems: CellProblem[];

  @Index()
  @Column({ type: 'bigint', nullable: true })
  jobId: string | null;

  @ManyToOne(() => BackgroundJob, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'job_id' })
  job?: BackgroundJob;
}
