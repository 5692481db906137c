// Disabled people and their households.
import type { HubModule } from '../hub-module';
import { Household } from './household.entity';
import { Beneficiary } from './beneficiary.entity';
import { BeneficiaryResolver } from './beneficiary.resolver';
import { BeneficiaryFieldsResolver, HouseholdFieldsResolver } from './beneficiary-fields.resolver';
import { beneficiaryScope } from './beneficiary.scope';

export const beneficiaryModule: HubModule = {
  entities: [Household, Beneficiary],
  resolvers: [BeneficiaryResolver, BeneficiaryFieldsResolver, HouseholdFieldsResolver],
  nodes: [Household, Beneficiary],
  scope: beneficiaryScope,
};
