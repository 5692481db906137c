// Inputs of the skill list and its management.
import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';

@InputType()
export class SkillFilter {
  @Field(() => ID, { nullable: true, description: 'The city (or any region inside it) whose list to show.' })
  regionId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only skills still offered (default) or also retired ones.' })
  activeOnly?: boolean | null;
}

@InputType()
export class CreateSkillInput {
  @Field({ description: 'At most 30 characters; unique within the city.' })
  @MaxLength(30)
  name: string;

  @Field(() => ID, { description: 'The city whose list it joins.' })
  regionId: string;

  @Field(() => ID, { nullable: true })
  serviceTypeId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(128)
  idempotencyKey?: string | null;
}

@InputType()
export class UpdateSkillInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(30)
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'Set, or null to detach from any service type.' })
  serviceTypeId?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}
