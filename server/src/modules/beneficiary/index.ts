// Disabled people and their households.
import { Permission } from '../../auth/permissions';
import type { HubModule } from '../hub-module';
import { Household } from './household.entity';
import { Beneficiary } from './beneficiary.entity';
import { BeneficiaryResolver } from './beneficiary.resolver';
import { BeneficiaryFieldsResolver, HouseholdFieldsResolver } from './beneficiary-fields.resolver';
import { beneficiaryScope } from './beneficiary.scope';

export const beneficiaryModule: HubModule = {
  entities: [Household, Beneficiary],
  resolvers: [BeneficiaryResolver, BeneficiaryFieldsResolver, HouseholdFieldsResolver],
  nodes: { Household: Permission.READ_BENEFICIARIES, Beneficiary: Permission.READ_BENEFICIARIES },
  scope: beneficiaryScope,
};
