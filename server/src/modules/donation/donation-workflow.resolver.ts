import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  GraphQLISODateTime,
  ID,
  Int,
  Mutation,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { Donation } from './donation.entity';
import { RecordDonationInput } from './donation-workflow.inputs';
import { DonationWorkflowService } from './donation-workflow.service';

@Resolver(() => Donation)
export class DonationWorkflowResolver {
  private readonly service = new DonationWorkflowService();

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

  @FieldResolver(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the donation was voided; lists leave voided ones out.',
  })
  voidedAt(@Root() d: Donation) {
    return d.deletedAt ?? null;
  }
}
