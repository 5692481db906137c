// Donation filters, and recording a donation: cash in fen or an in-kind item, who gave it and what it is for.
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Max, MaxLength } from 'class-validator';
import { GraphQLSafeInt } from 'graphql-scalars';
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

@InputType()
export class RecordDonationInput {
  @Field(() => DonationKind)
  kind: DonationKind;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'CASH: the amount in fen (1 yuan = 100 fen), above 0.' })
  @IsOptional()
  @Max(1_000_000_000_00)
  amountFen?: number | null;

  @Field(() => String, { nullable: true, description: 'IN_KIND: what was given.' })
  @IsOptional()
  @MaxLength(100)
  item?: string | null;

  @Field(() => Int, { nullable: true, description: 'IN_KIND: how many, above 0.' })
  @IsOptional()
  @Max(1_000_000)
  quantity?: number | null;

  @Field(() => String, { nullable: true, description: 'IN_KIND: the unit (套, 件, 箱 …).' })
  @IsOptional()
  @MaxLength(20)
  unit?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date, not in the future (default: today).' })
  @IsOptional()
  @MaxLength(10)
  donatedOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'The donating organisation (this, or donorName, or both).' })
  donorOrganisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'A person donating in their own name.' })
  @IsOptional()
  @MaxLength(50)
  donorName?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'At least one of campaignId, pairingId, beneficiaryId, householdId.',
  })
  campaignId?: string | null;

  @Field(() => ID, { nullable: true })
  pairingId?: string | null;

  @Field(() => ID, { nullable: true })
  beneficiaryId?: string | null;

  @Field(() => ID, { nullable: true })
  householdId?: string | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key records the donation once.' })
  @IsOptional()
  @MaxLength(128)
  idempotencyKey?: string | null;
}
