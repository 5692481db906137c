import { Arg, Authorized, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { maskAddress, maskBirthDate, maskIdNumber, maskPhone } from '../../common/mask';
import { Region } from '../region/region.entity';
import { ServiceStation } from '../service-station/service-station.entity';
import { ServiceType } from '../service-type/service-type.entity';
import { Beneficiary } from './beneficiary.entity';
import { Household } from './household.entity';
import { BeneficiaryFilter } from './beneficiary.inputs';
import { BeneficiaryService } from './beneficiary.service';

const BeneficiaryConnection = ConnectionType(Beneficiary);

@Resolver(() => Beneficiary)
export class BeneficiaryResolver {
  private readonly service = new BeneficiaryService();

  @Authorized(Permission.READ_BENEFICIARIES)
  @Query(() => BeneficiaryConnection, { description: 'Disabled people served by the network.' })
  beneficiaries(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => BeneficiaryFilter, { nullable: true }) filter?: BeneficiaryFilter,
  ) {
    return this.service.list(ctx, filter ?? {}, page);
  }

  @Authorized(Permission.READ_PERSONAL_DATA_MASKED)
  @FieldResolver(() => String, { description: 'Identity number, masked.' })
  idNumber(@Root() b: Beneficiary) {
    return maskIdNumber(b.idNumber);
  }

  @Authorized(Permission.READ_PERSONAL_DATA_MASKED)
  @FieldResolver(() => String, { description: 'Disability certificate number, masked.' })
  certificateNumber(@Root() b: Beneficiary) {
    return maskIdNumber(b.certificateNumber);
  }

  @Authorized(Permission.READ_PERSONAL_DATA_MASKED)
  @FieldResolver(() => String, { description: 'Birth date, masked to the year.' })
  birthDate(@Root() b: Beneficiary) {
    return maskBirthDate(b.birthDate);
  }

  @Authorized(Permission.READ_PERSONAL_DATA_MASKED)
  @FieldResolver(() => String, { nullable: true, description: 'Phone, masked.' })
  phone(@Root() b: Beneficiary) {
    return maskPhone(b.phone);
  }

  @Authorized(Permission.READ_PERSONAL_DATA_MASKED)
  @FieldResolver(() => String, { nullable: true, description: 'Address, masked.' })
  address(@Root() b: Beneficiary) {
    return maskAddress(b.address);
  }

  @FieldResolver(() => Region)
  region(@Root() b: Beneficiary, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Region, b.regionId);
  }

  @FieldResolver(() => Household, { nullable: true })
  household(@Root() b: Beneficiary, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Household, b.householdId);
  }

  @FieldResolver(() => ServiceStation, { nullable: true })
  station(@Root() b: Beneficiary, @Ctx() ctx: Context) {
    return ctx.loaders.ref(ServiceStation, b.stationId);
  }

  @FieldResolver(() => [ServiceType], { description: 'Services this person needs.' })
  async needs(@Root() b: Beneficiary, @Ctx() ctx: Context) {
    const types = await ctx.loaders.one(ServiceType).loadMany(b.needServiceTypeIds ?? []);
    return types.filter((t): t is ServiceType => t instanceof ServiceType);
  }
}
