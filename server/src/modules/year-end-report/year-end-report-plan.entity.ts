// Next year's plans (明年工作计划) of a year-end summary: one row per scope and year, edited in the
// panel and printed as the summary's last section.
import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity()
@Index('UQ_year_end_report_plan_scope_year', ['scopeKey', 'year'], { unique: true })
export class YearEndReportPlan {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'PK_year_end_report_plan' })
  id: string;

  /** The covered part of the city as the dashboard lens resolves it: "<region path or />|<organisation id>". */
  @Column({ type: 'varchar', length: 300 })
  scopeKey: string;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'text' })
  plans: string;

  @Column({ type: 'bigint', nullable: true })
  updatedById: string | null;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
