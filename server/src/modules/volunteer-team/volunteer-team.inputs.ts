import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { RegistryStatus } from '../../common/registry-status';

@InputType()
export class VolunteerTeamFilter {
  @Field(() => ID, { nullable: true, description: 'Teams in this region subtree.' })
  regionId?: string;

  @Field(() => ID, { nullable: true })
  organisationId?: string;

  @Field(() => String, { nullable: true, description: 'Substring of the name.' })
  search?: string;

  @Field(() => RegistryStatus, { nullable: true })
  status?: RegistryStatus;
}

@InputType()
export class CreateVolunteerTeamInput {
  @Field()
  @MaxLength(60)
  name: string;

  @Field(() => ID, { description: 'Where the team serves (a district at least).' })
  regionId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation running it; an organisation admin’s own by default.',
  })
  @IsOptional()
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key creates once.' })
  @IsOptional()
  @MaxLength(128)
  idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to a team: omitted fields stay as they are.' })
export class UpdateVolunteerTeamInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  name?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  regionId?: string | null;
}
