// Revealing personal data in the clear, audited.
import type { HubModule } from '../hub-module';
import { PersonalDataResolver } from './personal-data.resolver';

export const personalDataModule: HubModule = {
  resolvers: [PersonalDataResolver],
};
