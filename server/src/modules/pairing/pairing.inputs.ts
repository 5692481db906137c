// Pairing filters, and the inputs that propose a pairing and log its visits.
import { Field, ID, InputType, ArgsType, Int, ObjectType } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Donation, DonationKind } from '../donation/donation.entity';
import { PairingKind, PairingStatus, Pairing } from './pairing.entity';
import { PairingVisit, VisitMode } from './pairing-visit.entity';

@InputType()
export class PairingFilter {
  @Field(() => [PairingKind], { nullable: true })
  kinds?: PairingKind[];

  @Field(() => [PairingStatus], { nullable: true })
  statuses?: PairingStatus[];

  @Field(() => ID, { nullable: true, description: 'Pairings where this organisation owns either side.' })
  organisationId?: string;

  @Field(() => ID, { nullable: true })
  volunteerId?: string;

  @Field(() => ID, { nullable: true })
  beneficiaryId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Pairings whose helped side (beneficiary or household) lives in this region subtree.',
  })
  regionId?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Active pairings without a visit for more than the configured number of days (60 by default).',
  })
  overdue?: boolean;

  @Field(() => String, { nullable: true, description: 'Started on or after (ISO date).' })
  startedFrom?: string;

  @Field(() => String, { nullable: true, description: 'Started before (ISO date).' })
  startedTo?: string;
}

@InputType({ description: 'A proposed pairing. Which parties are given depends on the kind.' })
export class ProposePairingInput {
  @Field(() => PairingKind)
  kind: PairingKind;

  @Field(() => ID, {
    nullable: true,
    description: 'The helping volunteer (a cadre or civil servant for CADRE_HOUSEHOLD).',
  })
  volunteerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The helped person (VOLUNTEER_BENEFICIARY).' })
  beneficiaryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The helped household (CADRE_HOUSEHOLD).' })
  householdId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The service institution or disabled-persons’ enterprise (ORGANISATION_INSTITUTION).',
  })
  institutionId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The helping side’s organisation (owner A). An organisation admin proposes for their own; ' +
      'hub and region admins name it (volunteer pairings default to the volunteer’s organisation or federation branch).',
  })
  proposerOrganisationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The helped side’s organisation (owner B), whose admins accept. Defaults to the disabled persons’ ' +
      'federation branch of the person’s or household’s district; for institutions it is the institution itself.',
  })
  counterpartOrganisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key proposes once.' })
  @IsOptional()
  @MaxLength(128)
  idempotencyKey?: string | null;
}

@InputType({ description: 'A donation handed over during a visit: cash in fen, or an item with a quantity.' })
export class VisitDonationInput {
  @Field(() => DonationKind)
  kind: DonationKind;

  @Field(() => Int, { nullable: true, description: 'CASH: the amount in fen (1 yuan = 100 fen).' })
  @IsOptional()
  @Min(1)
  amountFen?: number | null;

  @Field(() => String, { nullable: true, description: 'IN_KIND: what was given.' })
  @IsOptional()
  @MaxLength(60)
  item?: string | null;

  @Field(() => Int, { nullable: true, description: 'IN_KIND: how many.' })
  @IsOptional()
  @Min(1)
  @Max(100_000)
  quantity?: number | null;

  @Field(() => String, { nullable: true, description: 'IN_KIND: the unit, e.g. 袋, 套, 箱.' })
  @IsOptional()
  @MaxLength(10)
  unit?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Given by the volunteer personally; otherwise on behalf of the helping organisation (owner A).',
  })
  personal: boolean;
}

@InputType()
export class LogPairingVisitInput {
  @Field(() => ID)
  pairingId: string;

  @Field({ description: 'ISO date of the visit: not in the future, not before the pairing started.' })
  @MaxLength(10)
  visitedOn: string;

  @Field(() => Int, { description: 'Length of the visit, 1 to 1440 minutes.' })
  @Min(1)
  @Max(1440)
  minutes: number;

  @Field(() => VisitMode)
  mode: VisitMode;

  @Field({ defaultValue: '' })
  @MaxLength(1000)
  notes: string;

  @Field(() => VisitDonationInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  donation?: VisitDonationInput | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key logs the visit once.' })
  @IsOptional()
  @MaxLength(128)
  idempotencyKey?: string | null;
}

@ObjectType({
  description: 'A logged visit, the pairing it belongs to (with its new last visit) and the donation recorded with it.',
})
export class LoggedVisit {
  @Field(() => PairingVisit)
  visit: PairingVisit;

  @Field(() => Pairing)
  pairing: Pairing;

  @Field(() => Donation, { nullable: true })
  donation: Donation | null;
}

@ArgsType()
export class PairingStepArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT.' })
  version: number;
}

@ArgsType()
export class PairingPauseArgs extends PairingStepArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  reason?: string | null;
}

@ArgsType()
export class PairingEndArgs extends PairingStepArgs {
  @Field({ description: 'Why the pairing ends (or the proposal is withdrawn or declined).' })
  @MaxLength(500)
  reason: string;
}

@ObjectType({ description: 'What the viewer may do with this visit now (the server enforces it).' })
export class PairingVisitViewerCan {
  @Field({ description: 'Confirm it as the volunteer’s service time.' })
  confirm: boolean;

  @Field({ description: 'Decline it, with a reason.' })
  decline: boolean;
}

@ObjectType({ description: 'What the viewer may do with this pairing now (the server enforces it).' })
export class PairingViewerCan {
  @Field({ description: 'Pause, resume or end it.' })
  manage: boolean;

  @Field({ description: 'Log a visit.' })
  logVisit: boolean;

  @Field({ description: 'Accept the proposal: the helped side’s organisation, or the federation over it.' })
  accept: boolean;

  @Field({ description: 'Confirm or decline its volunteer’s visits as service time.' })
  reviewVisits: boolean;
}

@ArgsType()
export class ConfirmVisitArgs {
  @Field(() => ID, { description: 'The visit.' })
  id: string;

  @Field(() => Int, { description: 'The visit’s version you read; a stale one gets CONFLICT.' })
  version: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The service the visit was; by default the helped person’s first recorded need.',
  })
  serviceTypeId?: string | null;
}

@ArgsType()
export class DeclineVisitArgs {
  @Field(() => ID, { description: 'The visit.' })
  id: string;

  @Field(() => Int, { description: 'The visit’s version you read; a stale one gets CONFLICT.' })
  version: number;

  @Field(() => String)
  @MaxLength(500)
  reason: string;
}
