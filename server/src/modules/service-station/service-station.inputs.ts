// Filters of the station directory, and what a board edit may change.
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { RegistryStatus } from '../../common/registry-status';

@InputType()
export class ServiceStationFilter {
  @Field(() => ID, { nullable: true, description: 'Stations in this region subtree (a district, a subdistrict...).' })
  regionId?: string;

  @Field(() => ID, { nullable: true, description: 'Stations offering this service type.' })
  serviceTypeId?: string;

  @Field(() => String, { nullable: true, description: 'Substring of the name.' })
  search?: string;

  @Field(() => RegistryStatus, { nullable: true })
  status?: RegistryStatus;
}

@InputType({ description: 'Board changes: omitted fields stay as they are.' })
export class StationBoardInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. 周一至周五 9:00-17:00' })
  @IsOptional()
  @MaxLength(100)
  openingHours?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(30)
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'Office phone: a mobile or a landline such as 0931-8123456.' })
  @IsOptional()
  @MaxLength(20)
  contactPhone?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The services the station offers.' })
  @IsOptional()
  @ArrayMaxSize(40)
  serviceTypeIds?: string[] | null;
}

@InputType({ description: 'A new station with its board: name, address, hours and contact are required.' })
export class CreateServiceStationInput extends StationBoardInput {
  @Field(() => ID, { description: 'The community (社区/村) the station serves.' })
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

@InputType({ description: 'Board changes, and where the station sits: omitted fields stay as they are.' })
export class UpdateServiceStationInput extends StationBoardInput {
  @Field(() => ID, { nullable: true, description: 'The community (社区/村) the station serves.' })
  @IsOptional()
  regionId?: string | null;
}

@ObjectType({ description: 'What the viewer may do with this station now (the server enforces it).' })
export class ServiceStationViewerCan {
  @Field({ description: 'Edit its registry entry (board, community) and its status.' })
  edit: boolean;

  @Field({ description: 'Suspend it (with a reason) or reinstate it.' })
  suspend: boolean;

  @Field({ description: 'Edit its public board (address, hours, contact, services).' })
  editBoard: boolean;
}
