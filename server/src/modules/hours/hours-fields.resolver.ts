import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { mayChange, mayPlace } from '../../auth/write-policy';
import { Organisation } from '../organisation/organisation.entity';
import { Region } from '../region/region.entity';
import { ServiceType } from '../service-type/service-type.entity';
import { Volunteer } from '../volunteer/volunteer.entity';
import { Participation } from '../service-event/participation.entity';
import { HourCorrection, ReviewStatus } from './hour-correction.entity';
import { HourReport } from './hour-report.entity';

@ObjectType({ description: 'What the viewer may do with this hour report now (the server enforces it).' })
export class HourReportViewerCan {
  @Field({ description: 'Approve or reject it: the named organisation’s admins, or the federation over it.' })
  review: boolean;
}

@Resolver(() => HourReport)
export class HourReportFieldsResolver {
  @FieldResolver(() => Volunteer, { nullable: true, description: 'Null when outside what you may see.' })
  volunteer(@Root() r: HourReport, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Volunteer, r.volunteerId);
  }

  @FieldResolver(() => Organisation, { description: 'The approving organisation.' })
  organisation(@Root() r: HourReport, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Organisation, r.organisationId);
  }

  @FieldResolver(() => ServiceType)
  serviceType(@Root() r: HourReport, @Ctx() ctx: Context) {
    return ctx.loaders.ref(ServiceType, r.serviceTypeId);
  }

  @FieldResolver(() => Region)
  region(@Root() r: HourReport, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Region, r.regionId);
  }

  @FieldResolver(() => Participation, {
    nullable: true,
    description: 'The verified participation an approval created.',
  })
  participation(@Root() r: HourReport, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Participation, r.participationId);
  }

  @FieldResolver(() => HourReportViewerCan)
  async viewerCan(@Root() r: HourReport, @Ctx() ctx: Context): Promise<HourReportViewerCan> {
    if (r.status !== ReviewStatus.PENDING) return { review: false };
    if (!(await mayChange(ctx, HourReport, Permission.MANAGE_EVENTS, r.id))) return { review: false };
    // As reviewHourReport places it: the named organisation, or a region admin over the report's region.
    const region = await ctx.loaders.one(Region).load(r.regionId);
    return {
      review: mayPlace(ctx, Permission.MANAGE_EVENTS, { organisationId: r.organisationId, regionPath: region?.path }),
    };
  }
}

@Resolver(() => HourCorrection)
export class HourCorrectionFieldsResolver {
  @FieldResolver(() => Participation, { nullable: true, description: 'Null when outside what you may see.' })
  participation(@Root() c: HourCorrection, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Participation, c.participationId);
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: 'Null when outside what you may see.' })
  volunteer(@Root() c: HourCorrection, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Volunteer, c.volunteerId);
  }
}
