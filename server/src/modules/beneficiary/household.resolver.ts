import { Arg, Authorized, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { maskAddress, maskPhone } from '../../common/mask';
import { Region } from '../region/region.entity';
import { Beneficiary } from './beneficiary.entity';
import { Household } from './household.entity';
import { HouseholdFilter } from './beneficiary.inputs';
import { BeneficiaryService } from './beneficiary.service';

const HouseholdConnection = ConnectionType(Household);

@Resolver(() => Household)
export class HouseholdResolver {
  private readonly service = new BeneficiaryService();

  @Authorized(Permission.READ_BENEFICIARIES)
  @Query(() => HouseholdConnection, { description: 'Households of disabled people.' })
  households(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => HouseholdFilter, { nullable: true }) filter?: HouseholdFilter,
  ) {
    return this.service.listHouseholds(ctx, filter ?? {}, page);
  }

  @Authorized(Permission.READ_PERSONAL_DATA_MASKED)
  @FieldResolver(() => String, { description: 'Address, masked.' })
  address(@Root() h: Household) {
    return maskAddress(h.address);
  }

  @Authorized(Permission.READ_PERSONAL_DATA_MASKED)
  @FieldResolver(() => String, { nullable: true, description: 'Phone, masked.' })
  phone(@Root() h: Household) {
    return maskPhone(h.phone);
  }

  @FieldResolver(() => Region)
  region(@Root() h: Household, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Region, h.regionId);
  }

  @FieldResolver(() => [Beneficiary], { description: 'Disabled members of the household.' })
  members(@Root() h: Household, @Ctx() ctx: Context) {
    return ctx.loaders.many(Beneficiary, 'householdId', 20).load(h.id);
  }
}
