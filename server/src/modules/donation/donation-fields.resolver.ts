import { Ctx, FieldResolver, Resolver, Root, GraphQLISODateTime } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import type { Context } from '../../context/context';
import { Organisation } from '../organisation/organisation.entity';
import { Campaign } from '../campaign/campaign.entity';
import { Pairing } from '../pairing/pairing.entity';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { Household } from '../beneficiary/household.entity';
import { Donation } from './donation.entity';

@Resolver(() => Donation)
export class DonationFieldsResolver {
  @FieldResolver(() => GraphQLSafeInt, { nullable: true, description: 'Cash amount in fen (1 yuan = 100 fen).' })
  amountFen(@Root() d: Donation) {
    return d.amountFen === null ? null : Number(d.amountFen);
  }

  @FieldResolver(() => Organisation, { nullable: true })
  donorOrganisation(@Root() d: Donation, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Organisation, d.donorOrganisationId);
  }

  @FieldResolver(() => Campaign, { nullable: true })
  campaign(@Root() d: Donation, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Campaign, d.campaignId);
  }

  @FieldResolver(() => Pairing, { nullable: true })
  pairing(@Root() d: Donation, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Pairing, d.pairingId);
  }

  @FieldResolver(() => Beneficiary, { nullable: true })
  beneficiary(@Root() d: Donation, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Beneficiary, d.beneficiaryId);
  }

  @FieldResolver(() => Household, { nullable: true })
  household(@Root() d: Donation, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Household, d.householdId);
  }

  @FieldResolver(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the donation was voided; lists leave voided ones out.',
  })
  voidedAt(@Root() d: Donation) {
    return d.deletedAt ?? null;
  }
}
