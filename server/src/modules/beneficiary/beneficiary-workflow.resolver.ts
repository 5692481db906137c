import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { Beneficiary } from './beneficiary.entity';
import { Household } from './household.entity';
import { BeneficiaryInput, BeneficiaryUpdateInput, HouseholdInput } from './beneficiary-workflow.inputs';
import { BeneficiaryWorkflowService } from './beneficiary-workflow.service';

@Resolver(() => Beneficiary)
export class BeneficiaryWorkflowResolver {
  private readonly service = new BeneficiaryWorkflowService();

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
