import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { maskPhone } from '../../common/mask';
import { Region } from '../region/region.entity';
import { ServiceStation } from '../service-station/service-station.entity';
import { ServiceType } from '../service-type/service-type.entity';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { Volunteer } from '../volunteer/volunteer.entity';
import { Participation } from '../service-event/participation.entity';
import { ServiceRequest } from './service-request.entity';

@Resolver(() => ServiceRequest)
export class ServiceRequestFieldsResolver {
  @Authorized(Permission.READ_PERSONAL_DATA_MASKED)
  @FieldResolver(() => String, { description: 'Callback phone, masked.' })
  phone(@Root() r: ServiceRequest) {
    return maskPhone(r.phone);
  }

  @FieldResolver(() => Region)
  region(@Root() r: ServiceRequest, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Region, r.regionId);
  }

  @FieldResolver(() => ServiceStation, { nullable: true })
  station(@Root() r: ServiceRequest, @Ctx() ctx: Context) {
    return ctx.loaders.ref(ServiceStation, r.stationId);
  }

  @FieldResolver(() => ServiceType)
  serviceType(@Root() r: ServiceRequest, @Ctx() ctx: Context) {
    return ctx.loaders.ref(ServiceType, r.serviceTypeId);
  }

  @FieldResolver(() => Beneficiary, { nullable: true })
  beneficiary(@Root() r: ServiceRequest, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Beneficiary, r.beneficiaryId);
  }

  @FieldResolver(() => Volunteer, { nullable: true })
  assignedVolunteer(@Root() r: ServiceRequest, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Volunteer, r.assignedVolunteerId);
  }

  @FieldResolver(() => Participation, {
    nullable: true,
    description: 'The verified participation recorded when the request was done.',
  })
  participation(@Root() r: ServiceRequest, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Participation, r.participationId);
  }
}
