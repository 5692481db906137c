import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { Organisation } from '../organisation/organisation.entity';
import { Region } from '../region/region.entity';
import { ServiceType } from '../service-type/service-type.entity';
import { Volunteer } from '../volunteer/volunteer.entity';
import { Participation } from '../service-event/participation.entity';
import { HourCorrection } from './hour-correction.entity';
import { HourReport } from './hour-report.entity';

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
