// GraphQL shapes of accounts, sessions and the viewer (entities stay table descriptions).
import { Field, GraphQLISODateTime, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength } from 'class-validator';
import { Permission, Role } from '../../auth/permissions';
import { Region } from '../region/region.entity';
import { Organisation } from '../organisation/organisation.entity';
import { ServiceStation } from '../service-station/service-station.entity';
import { Volunteer } from '../volunteer/volunteer.entity';
import { AccountStatus } from './user-account.entity';

registerEnumType(AccountStatus, { name: 'AccountStatus' });

@ObjectType({ description: 'A role held with its scope.' })
export class RoleGrantInfo {
  @Field(() => ID, { description: 'Global id of the role assignment.' })
  id: string;

  @Field(() => Role)
  role: Role;

  @Field(() => Region, { nullable: true })
  region: Region | null;

  @Field(() => Organisation, { nullable: true })
  organisation: Organisation | null;

  @Field(() => ServiceStation, { nullable: true })
  station: ServiceStation | null;

  @Field(() => Volunteer, { nullable: true })
  volunteer: Volunteer | null;

  // Raw scope ids, resolved by the field resolvers through loaders.
  regionId: string | null;
  organisationId: string | null;
  stationId: string | null;
  volunteerId: string | null;
}

@ObjectType('Account')
export class AccountInfo {
  @Field(() => ID)
  id: string;

  @Field()
  username: string;

  @Field()
  displayName: string;

  @Field(() => AccountStatus)
  status: AccountStatus;

  @Field({ description: 'Whether the owner has set a password (activated the account).' })
  activated: boolean;

  @Field(() => [RoleGrantInfo])
  roles: RoleGrantInfo[];
}

@ObjectType('Viewer', { description: 'The logged-in account, its roles with scopes, and what they permit.' })
export class ViewerInfo {
  @Field(() => ID)
  id: string;

  @Field()
  username: string;

  @Field()
  displayName: string;

  @Field(() => [RoleGrantInfo])
  roles: RoleGrantInfo[];

  @Field(() => [Permission], { description: 'Effective permissions; the web app draws its menus from these.' })
  permissions: Permission[];
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Short-lived bearer token for the Authorization header.' })
  accessToken: string;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  @Field(() => ViewerInfo)
  viewer: ViewerInfo;
}

@InputType()
export class LoginInput {
  @Field({ description: 'Username, mobile number, e-mail address, or a volunteer’s identity number.' })
  @Length(1, 120)
  username: string;

  @Field()
  @Length(1, 128)
  password: string;
}

@InputType({ description: 'A role and the id of its scope (region, organisation, station or volunteer).' })
export class RoleInput {
  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'For REGION_ADMIN, and optionally VIEWER.' })
  regionId?: string;

  @Field(() => ID, { nullable: true, description: 'For ORG_ADMIN.' })
  organisationId?: string;

  @Field(() => ID, { nullable: true, description: 'For STATION_COORDINATOR.' })
  stationId?: string;

  @Field(() => ID, { nullable: true, description: 'For VOLUNTEER.' })
  volunteerId?: string;
}

@InputType({ description: 'A staff member invited by mobile number or e-mail: they set their own password.' })
export class InviteAccountInput {
  @Field()
  @Length(1, 64)
  displayName: string;

  @Field(() => String, { nullable: true, description: '11 digits starting with 1; the code goes here by SMS.' })
  @IsOptional()
  @MaxLength(20)
  mobile?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the link goes when there is no mobile number.' })
  @IsOptional()
  @MaxLength(120)
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Optional login name (3–32 lower-case letters, digits, dot, dash, underscore); the mobile or e-mail logs in too.',
  })
  @IsOptional()
  @MaxLength(32)
  username?: string | null;

  @Field(() => [RoleInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  roles: RoleInput[];

  @Field(() => String, { nullable: true, description: 'A retry with the same key invites once.' })
  @IsOptional()
  @MaxLength(128)
  idempotencyKey?: string | null;
}
