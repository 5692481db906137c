// Next year's plans of a year-end summary, stored per scope (as the dashboard lens resolves it) and
// year: read and saved in the panel, printed by the report job.
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { MaxLength, Max, Min } from 'class-validator';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context/context';
import { Permission, Role } from '../../auth/permissions';
import { userError } from '../../common/errors';
import { AuditService } from '../audit/audit.service';
import { resolveLens } from '../dashboard/dashboard-lens';
import { YearEndReportPlan } from './year-end-report-plan.entity';

/** The key of the part of the city a report covers: the viewer's lens, so "my district" and its id agree. */
export async function reportScopeKey(
  ctx: Context,
  scope: { regionId?: string | null; organisationId?: string | null },
): Promise<string> {
  const lens = await resolveLens(ctx, {
    regionId: scope.regionId ?? undefined,
    organisationId: scope.organisationId ?? undefined,
  });
  return `${lens.regionPath ?? '/'}|${lens.organisationId ?? ''}`;
}

export async function storedPlans(m: EntityManager, scopeKey: string, year: number): Promise<YearEndReportPlan | null> {
  return m.getRepository(YearEndReportPlan).findOne({ where: { scopeKey, year } });
}

@ObjectType({ description: "Next year's plans of a year-end summary, for a scope and year." })
export class YearEndReportPlans {
  @Field(() => Int)
  year: number;

  @Field({ description: 'Empty when none are saved yet.' })
  plans: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  updatedAt: Date | null;
}

@InputType()
export class SaveYearEndReportPlansInput {
  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => ID, { nullable: true })
  regionId?: string | null;

  @Field(() => ID, { nullable: true })
  organisationId?: string | null;

  @Field()
  @MaxLength(5000)
  plans: string;
}

@Resolver()
export class YearEndReportPlansResolver {
  private readonly audit = new AuditService();

  @Authorized(Permission.READ_DASHBOARD)
  @Query(() => YearEndReportPlans, { description: "The saved plans of the year's summary for a scope of yours." })
  async yearEndReportPlans(
    @Arg('year', () => Int) year: number,
    @Arg('regionId', () => ID, { nullable: true }) regionId: string | null,
    @Arg('organisationId', () => ID, { nullable: true }) organisationId: string | null,
    @Ctx() ctx: Context,
  ): Promise<YearEndReportPlans> {
    const key = await reportScopeKey(ctx, { regionId, organisationId });
    const row = await storedPlans(ctx.db.manager, key, year);
    return { year, plans: row?.plans ?? '', updatedAt: row?.updatedAt ?? null };
  }

  @Authorized(Permission.READ_DASHBOARD)
  @Mutation(() => YearEndReportPlans, {
    description: "Saves next year's plans of the year's summary for a scope of yours (not for viewers).",
  })
  async saveYearEndReportPlans(
    @Arg('input', () => SaveYearEndReportPlansInput) input: SaveYearEndReportPlansInput,
    @Ctx() ctx: Context,
  ): Promise<YearEndReportPlans> {
    const key = await reportScopeKey(ctx, input);
    if (ctx.viewer!.roles.every((g) => g.role === Role.VIEWER)) {
      throw userError('FORBIDDEN', 'Viewers read reports; they do not write them.');
    }
    const plans = input.plans.trim();
    return ctx.db.transaction(async (m) => {
      const before = await storedPlans(m, key, input.year);
      await m.query(
        `INSERT INTO year_end_report_plan (scope_key, year, plans, updated_by_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (scope_key, year) DO UPDATE SET plans = EXCLUDED.plans, updated_by_id = EXCLUDED.updated_by_id, updated_at = now()`,
        [key, input.year, plans, ctx.viewer!.accountId],
      );
      const row = (await storedPlans(m, key, input.year))!;
      await this.audit.write(ctx, m, {
        action: 'SAVE_YEAR_END_REPORT_PLANS',
        recordType: 'YearEndReportPlan',
        recordId: row.id,
        before: before ? { scopeKey: key, year: input.year, plans: before.plans } : null,
        after: { scopeKey: key, year: input.year, plans },
      });
      return { year: input.year, plans: row.plans, updatedAt: row.updatedAt };
    });
  }
}
