import { Arg, Authorized, Args, Ctx, Query, Resolver, ID, Int, Mutation } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { Donation } from './donation.entity';
import { DonationFilter, RecordDonationInput } from './donation.inputs';
import { DonationService } from './donation.service';

const DonationConnection = ConnectionType(Donation);

@Resolver()
export class DonationResolver {
  private readonly service = new DonationService();

  @Authorized(Permission.READ_DONATIONS)
  @Query(() => DonationConnection, { description: 'Donations in cash (fen) and in kind.' })
  donations(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => DonationFilter, { nullable: true }) filter?: DonationFilter,
  ) {
    return this.service.list(ctx, filter ?? {}, page);
  }

  @Authorized(Permission.MANAGE_DONATIONS)
  @Mutation(() => Donation, { description: 'Records a cash (fen) or in-kind donation by an organisation or a person.' })
  recordDonation(@Arg('input', () => RecordDonationInput) input: RecordDonationInput, @Ctx() ctx: Context) {
    return this.service.record(ctx, input);
  }

  @Authorized(Permission.MANAGE_DONATIONS)
  @Mutation(() => Donation, {
    description: 'Voids a donation recorded in error (kept as evidence, no longer counted).',
  })
  voidDonation(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason') reason: string,
    @Ctx() ctx: Context,
  ) {
    return this.service.void(ctx, id, version, reason);
  }
}
