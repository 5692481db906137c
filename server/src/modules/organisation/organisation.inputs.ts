import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { RegistryStatus } from '../../common/registry-status';
import { OrganisationKind } from './organisation.entity';

@InputType()
export class OrganisationFilter {
  @Field(() => ID, { nullable: true, description: 'Organisations located in this region subtree.' })
  regionId?: string;

  @Field(() => [OrganisationKind], { nullable: true })
  kinds?: OrganisationKind[];

  @Field(() => ID, { nullable: true, description: 'Branches of this organisation.' })
  parentId?: string;

  @Field(() => String, { nullable: true, description: 'Substring of the name.' })
  search?: string;

  @Field(() => RegistryStatus, { nullable: true })
  status?: RegistryStatus;
}

/** The public contact of an organisation; an empty value clears it. */
@InputType() // decorated so subclasses inherit its fields; never referenced, so never emitted
abstract class OrganisationContactInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(30)
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'Office phone: a mobile or a landline such as 0931-8123456.' })
  @IsOptional()
  @MaxLength(20)
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  address?: string | null;
}

@InputType()
export class CreateOrganisationInput extends OrganisationContactInput {
  @Field()
  @MaxLength(60)
  name: string;

  @Field(() => OrganisationKind)
  kind: OrganisationKind;

  @Field(() => ID, { description: 'Where the organisation is registered.' })
  regionId: string;

  @Field(() => ID, { nullable: true, description: 'The city organisation a district branch belongs to.' })
  @IsOptional()
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key creates once.' })
  @IsOptional()
  @MaxLength(128)
  idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to an organisation: omitted fields stay as they are.' })
export class UpdateOrganisationInput extends OrganisationContactInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  name?: string | null;

  @Field(() => OrganisationKind, { nullable: true })
  @IsOptional()
  kind?: OrganisationKind | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  regionId?: string | null;
}
