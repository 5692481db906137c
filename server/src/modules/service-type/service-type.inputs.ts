import { Field, InputType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { RegistryStatus } from '../../common/registry-status';
import { ServiceAudience } from './service-type.entity';

@InputType()
export class ServiceTypeFilter {
  @Field(() => ServiceAudience, { nullable: true })
  audience?: ServiceAudience;

  @Field(() => String, { nullable: true, description: 'Substring of the Chinese or English name.' })
  search?: string;

  @Field(() => RegistryStatus, { nullable: true })
  status?: RegistryStatus;
}

@InputType({ description: 'Changes to a catalogue entry: omitted fields stay as they are.' })
export class UpdateServiceTypeInput {
  @Field(() => String, { nullable: true, description: 'Chinese name shown on the public board.' })
  @IsOptional()
  @MaxLength(40)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(80)
  nameEn?: string | null;

  @Field(() => ServiceAudience, { nullable: true })
  @IsOptional()
  audience?: ServiceAudience | null;
}

@InputType()
export class CreateServiceTypeInput extends UpdateServiceTypeInput {
  @Field({ description: 'Stable code: upper-case letters, digits and underscores, e.g. LEGAL_AID.' })
  @MaxLength(40)
  code: string;

  @Field(() => String, { nullable: true, description: 'A retry with the same key creates once.' })
  @IsOptional()
  @MaxLength(128)
  idempotencyKey?: string | null;
}
