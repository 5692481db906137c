import { Field, ID, InputType } from 'type-graphql';
import { PairingKind, PairingStatus } from './pairing.entity';

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
