// The year-end summary as the panel shows it: the same content the Word document is written from
// (the dashboard for the year and the year before, the scope's name, the saved plans).
import { Arg, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { badInput } from '../../common/errors';
import { Dashboard } from '../dashboard/dashboard.inputs';
import { reportContent } from './report.content';

@ObjectType({ description: 'The content of a year-end work summary, as its Word document prints it.' })
export class YearEndReport {
  @Field(() => Int)
  year: number;

  @Field({ description: 'The district or organisation covered, or 全部 for all of your scope.' })
  scopeName: string;

  @Field(() => Dashboard, { description: 'The dashboard for the year (China Standard Time).' })
  current: Dashboard;

  @Field(() => Dashboard, { description: 'The dashboard for the year before, for the changes.' })
  previous: Dashboard;

  @Field({ description: "Next year's plans saved for this scope and year; empty when none." })
  plans: string;
}

@Resolver()
export class YearEndReportViewResolver {
  @Authorized(Permission.READ_DASHBOARD)
  @Query(() => YearEndReport, { description: 'The year-end work summary of a scope of yours, to read in the panel.' })
  async yearEndReport(
    @Arg('year', () => Int) year: number,
    @Arg('regionId', () => ID, { nullable: true }) regionId: string | null,
    @Arg('organisationId', () => ID, { nullable: true }) organisationId: string | null,
    @Ctx() ctx: Context,
  ): Promise<YearEndReport> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput('year', 'A year from 2000 to 2100.');
    return reportContent(ctx, { year, regionId, organisationId, plans: null });
  }
}
