import { Arg, Authorized, Args, Ctx, Query, Resolver, ID, Int, Mutation } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { Beneficiary } from './beneficiary.entity';
import { Household } from './household.entity';
import {
  BeneficiaryFilter,
  HouseholdFilter,
  BeneficiaryInput,
  BeneficiaryUpdateInput,
  HouseholdInput,
} from './beneficiary.inputs';
import { BeneficiaryService } from './beneficiary.service';

const BeneficiaryConnection = ConnectionType(Beneficiary);

const HouseholdConnection = ConnectionType(Household);

@Resolver()
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

  @Authorized(Permission.READ_BENEFICIARIES)
  @Query(() => HouseholdConnection, { description: 'Households of disabled people.' })
  households(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => HouseholdFilter, { nullable: true }) filter?: HouseholdFilter,
  ) {
    return this.service.listHouseholds(ctx, filter ?? {}, page);
  }

  @Authorized(Permission.MANAGE_BENEFICIARIES)
  @Mutation(() => Beneficiary, {
    description: 'Registers a disabled person served by a station; the certificate is checked.',
  })
  createBeneficiary(@Arg('input', () => BeneficiaryInput) input: BeneficiaryInput, @Ctx() ctx: Context) {
    return this.service.create(ctx, input);
  }

  @Authorized(Permission.MANAGE_BENEFICIARIES)
  @Mutation(() => Beneficiary, { description: 'Changes what is given; the rest stays as it is.' })
  updateBeneficiary(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => BeneficiaryUpdateInput) input: BeneficiaryUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return this.service.update(ctx, id, version, input);
  }

  @Authorized(Permission.MANAGE_BENEFICIARIES)
  @Mutation(() => Household)
  createHousehold(@Arg('input', () => HouseholdInput) input: HouseholdInput, @Ctx() ctx: Context) {
    return this.service.createHousehold(ctx, input);
  }
}
