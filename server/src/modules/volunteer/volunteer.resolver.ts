import { Arg, Authorized, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { maskBirthDate, maskIdNumber, maskPhone } from '../../common/mask';
import { Region } from '../region/region.entity';
import { Organisation } from '../organisation/organisation.entity';
import { VolunteerTeam } from '../volunteer-team/volunteer-team.entity';
import { ServiceStation } from '../service-station/service-station.entity';
import { Volunteer } from './volunteer.entity';
import { VolunteerFilter } from './volunteer.inputs';
import { VolunteerService } from './volunteer.service';

const VolunteerConnection = ConnectionType(Volunteer);

@Resolver(() => Volunteer)
export class VolunteerResolver {
  private readonly service = new VolunteerService();

  @Authorized(Permission.READ_VOLUNTEERS)
  @Query(() => VolunteerConnection, { description: 'The volunteer roster.' })
  volunteers(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => VolunteerFilter, { nullable: true }) filter?: VolunteerFilter,
  ) {
    return this.service.list(ctx, filter ?? {}, page);
  }

  @Authorized(Permission.READ_PERSONAL_DATA_MASKED)
  @FieldResolver(() => String, { description: 'Identity number, masked.' })
  idNumber(@Root() v: Volunteer) {
    return maskIdNumber(v.idNumber);
  }

  @Authorized(Permission.READ_PERSONAL_DATA_MASKED)
  @FieldResolver(() => String, { description: 'Mobile number, masked.' })
  phone(@Root() v: Volunteer) {
    return maskPhone(v.phone);
  }

  @Authorized(Permission.READ_PERSONAL_DATA_MASKED)
  @FieldResolver(() => String, { description: 'Birth date, masked to the year.' })
  birthDate(@Root() v: Volunteer) {
    return maskBirthDate(v.birthDate);
  }

  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Organisation, v.organisationId);
  }

  @FieldResolver(() => VolunteerTeam, { nullable: true })
  team(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return ctx.loaders.ref(VolunteerTeam, v.teamId);
  }

  @FieldResolver(() => ServiceStation, { nullable: true })
  station(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return ctx.loaders.ref(ServiceStation, v.stationId);
  }

  @FieldResolver(() => Region)
  homeRegion(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Region, v.homeRegionId);
  }
}
