import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { HourCorrection } from './hour-correction.entity';
import { HourReport } from './hour-report.entity';
import {
  HourCorrectionFilter,
  HourCorrectionOrder,
  HourCorrectionRequestInput,
  HourReportFilter,
  HourReportOrder,
  ReportHoursInput,
} from './hours.inputs';
import { HoursService } from './hours.service';

const HourReportConnection = ConnectionType(HourReport);

const HourCorrectionConnection = ConnectionType(HourCorrection);

@Resolver()
export class HoursResolver {
  private readonly service = new HoursService();

  @Authorized(Permission.READ_PARTICIPATIONS)
  @Query(() => HourReportConnection, { description: 'Self-reported hours awaiting or after review.' })
  hourReports(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => HourReportFilter, { nullable: true }) filter?: HourReportFilter,
    @Arg('orderBy', () => HourReportOrder, { nullable: true, description: 'Default: newest first.' })
    orderBy?: HourReportOrder,
  ) {
    return this.service.listReports(ctx, filter ?? {}, page, orderBy);
  }

  @Authorized(Permission.READ_PARTICIPATIONS)
  @Query(() => HourCorrectionConnection, {
    description: 'Requests to correct recorded minutes, and how they were resolved.',
  })
  hourCorrections(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => HourCorrectionFilter, { nullable: true }) filter?: HourCorrectionFilter,
    @Arg('orderBy', () => HourCorrectionOrder, { nullable: true, description: 'Default: newest first.' })
    orderBy?: HourCorrectionOrder,
  ) {
    return this.service.listCorrections(ctx, filter ?? {}, page, orderBy);
  }

  @Authorized(Permission.VOLUNTEER_SELF_SERVICE)
  @Mutation(() => HourReport, {
    description: 'Report service done outside any event, for the named organisation to approve.',
  })
  reportHours(@Arg('input', () => ReportHoursInput) input: ReportHoursInput, @Ctx() ctx: Context) {
    return this.service.report(ctx, input);
  }

  @Authorized(Permission.MANAGE_EVENTS)
  @Mutation(() => HourReport, {
    description: 'Approve (the hours become a verified participation) or reject with a note.',
  })
  reviewHourReport(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('approve') approve: boolean,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.service.review(ctx, id, version, approve, note);
  }

  @Authorized(Permission.VOLUNTEER_SELF_SERVICE)
  @Mutation(() => HourCorrection, {
    description: 'Ask for the minutes of one of your completed participations to be corrected.',
  })
  requestHourCorrection(
    @Arg('input', () => HourCorrectionRequestInput) input: HourCorrectionRequestInput,
    @Ctx() ctx: Context,
  ) {
    return this.service.requestCorrection(ctx, input);
  }

  @Authorized(Permission.MANAGE_EVENTS)
  @Mutation(() => HourCorrection, {
    description: 'Approve (the minutes change, verification stays) or reject with a note.',
  })
  resolveHourCorrection(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('approve') approve: boolean,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.service.resolveCorrection(ctx, id, version, approve, note);
  }
}
