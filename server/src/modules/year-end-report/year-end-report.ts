// The year-end work summary (item 4 of the issue): asking for one queues a REPORT job; the job
// renders the Word document from the dashboard's figures for that scope and year (and the year
// before), in its owner's scope as it stands when the job runs.
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { AuditService } from '../audit/audit.service';
import { BackgroundJob, BackgroundJobKind, BackgroundJobStatus } from '../background-job/background-job.entity';
import { createJob, finishJob, jobContext, type JobEnv } from '../background-job/background-job.service';
import { resolveLens } from '../dashboard/dashboard-lens';
import { reportContent, type ReportRequest } from './report.content';
import { renderReportDocx } from './report.docx';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

@InputType()
export class GenerateYearEndReportInput {
  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => ID, { nullable: true, description: 'A district (or any region) of your scope; default all of it.' })
  regionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A partner organisation of your scope.' })
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: "Next year's plans, printed as the last section." })
  @IsOptional()
  @MaxLength(5000)
  plans?: string | null;
}

@Resolver()
export class YearEndReportResolver {
  private readonly audit = new AuditService();

  @Authorized(Permission.READ_DASHBOARD)
  @Mutation(() => BackgroundJob, {
    description:
      'Queues the year-end work summary (Word) for a year and a scope; the job’s result file is the document.',
  })
  async generateYearEndReport(
    @Arg('input', () => GenerateYearEndReportInput) input: GenerateYearEndReportInput,
    @Ctx() ctx: Context,
  ): Promise<BackgroundJob> {
    const req: ReportRequest = {
      year: input.year,
      regionId: input.regionId,
      organisationId: input.organisationId,
      plans: input.plans,
    };
    // The scope is checked now (a refusal answers at once) and again when the job runs.
    await resolveLens(ctx, { regionId: req.regionId ?? undefined, organisationId: req.organisationId ?? undefined });
    return ctx.db.transaction(async (m) => {
      const job = await createJob(ctx, m, BackgroundJobKind.REPORT, 1, { ...req });
      await this.audit.write(ctx, m, {
        action: 'GENERATE_YEAR_END_REPORT',
        recordType: 'BackgroundJob',
        recordId: job.id,
        after: { ...req, plans: req.plans ? `${req.plans.length} characters` : null },
      });
      return job;
    });
  }
}

/** The REPORT job: the document, kept as the job's result file. */
export async function runReportJob(env: JobEnv, job: BackgroundJob): Promise<void> {
  const ctx = await jobContext(env, job);
  if (!ctx) {
    await env.db.transaction((m) => finishJob(env, m, job.id, BackgroundJobStatus.FAILED, { error: 'jobFailed' }));
    return;
  }
  const req = job.payload as unknown as ReportRequest;
  const content = await reportContent(ctx, req);
  const file = await renderReportDocx(content);
  await env.db.transaction((m) =>
    finishJob(env, m, job.id, BackgroundJobStatus.SUCCEEDED, {
      resultFile: file,
      resultFileName: `${content.scopeName}${content.year}年度助残志愿服务工作总结.docx`,
      resultMime: DOCX_MIME,
      result: { volunteers: content.current.counts.volunteers, campaigns: content.current.campaigns.length },
    }),
  );
  await env.db.getRepository(BackgroundJob).update({ id: job.id }, { done: 1 });
}
