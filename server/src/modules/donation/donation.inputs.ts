import { Field, ID, InputType } from 'type-graphql';
import { DonationKind } from './donation.entity';

@InputType()
export class DonationFilter {
  @Field(() => DonationKind, { nullable: true })
  kind?: DonationKind;

  @Field(() => ID, { nullable: true })
  campaignId?: string;

  @Field(() => ID, { nullable: true })
  pairingId?: string;

  @Field(() => ID, { nullable: true })
  beneficiaryId?: string;

  @Field(() => ID, { nullable: true })
  householdId?: string;

  @Field(() => ID, { nullable: true, description: 'The donating organisation.' })
  donorOrganisationId?: string;

  @Field(() => String, { nullable: true, description: 'Donated on or after (ISO date).' })
  from?: string;

  @Field(() => String, { nullable: true, description: 'Donated before (ISO date).' })
  to?: string;
}
