// Donations: cash in fen and in-kind items.
import { Permission } from '../../auth/permissions';
import type { HubModule } from '../hub-module';
import { Donation } from './donation.entity';
import { DonationResolver } from './donation.resolver';
import { DonationFieldsResolver } from './donation-fields.resolver';
import { donationScope } from './donation.scope';

export const donationModule: HubModule = {
  entities: [Donation],
  resolvers: [DonationResolver, DonationFieldsResolver],
  nodes: { Donation: Permission.READ_DONATIONS },
  scope: donationScope,
};
