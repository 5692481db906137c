// The year-end work summary (年度工作总结) as a Word document, generated as a background job.
import type { HubModule } from '../hub-module';
import { BackgroundJobKind } from '../background-job/background-job.entity';
import { registerJobHandler } from '../background-job/background-job.service';
import { YearEndReportPlan } from './year-end-report-plan.entity';
import { YearEndReportPlansResolver } from './report-plans';
import { YearEndReportViewResolver } from './report-view';
import { runReportJob, YearEndReportResolver } from './year-end-report';

registerJobHandler(BackgroundJobKind.REPORT, runReportJob);

export const yearEndReportModule: HubModule = {
  entities: [YearEndReportPlan],
  resolvers: [YearEndReportResolver, YearEndReportPlansResolver, YearEndReportViewResolver],
};
