// Roster filters; inputs and payloads of registration, review and profile edits.
import { Field, ID, InputType, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { GuardianRelation, VolunteerCategory, VolunteerStatus } from './volunteer.entity';
import { ReceiptStation } from '../submission/submission.types';
import { OrderInput, type SortKey } from '../../common/pagination';

@InputType()
export class VolunteerFilter {
  @Field(() => ID, { nullable: true, description: 'Volunteers whose home region lies in this subtree.' })
  regionId?: string;

  @Field(() => ID, { nullable: true })
  organisationId?: string;

  @Field(() => ID, { nullable: true })
  teamId?: string;

  @Field(() => ID, { nullable: true })
  stationId?: string;

  @Field(() => [VolunteerStatus], { nullable: true })
  statuses?: VolunteerStatus[];

  @Field(() => [VolunteerCategory], { nullable: true })
  categories?: VolunteerCategory[];

  @Field(() => ID, { nullable: true, description: 'A skill (from the list) the volunteer has.' })
  skillId?: string;

  @Field(() => Date, { nullable: true, description: 'Registered at or after.' })
  registeredFrom?: Date;

  @Field(() => Date, { nullable: true, description: 'Registered before.' })
  registeredTo?: Date;

  @Field(() => String, { nullable: true, description: 'Substring of the real name.' })
  search?: string;
}

/** The personal-data notice volunteers consent to; bump the version when its text changes. */
export const CONSENT_VERSION = '2026-01';

@InputType({ description: "A minor's guardian, who consents for them." })
export class GuardianInput {
  @Field()
  @MaxLength(30)
  name: string;

  @Field(() => GuardianRelation)
  relation: GuardianRelation;

  @Field({ description: 'Mobile number, 11 digits.' })
  @MaxLength(11)
  phone: string;

  @Field({ description: 'The guardian accepted the personal-data notice for the minor.' })
  consentAccepted: boolean;

  @Field({ description: `Version of the notice shown (current: ${CONSENT_VERSION}).` })
  @MaxLength(20)
  consentVersion: string;
}

@InputType({ description: 'One weekly slot: weekday 1 (Monday) – 7 (Sunday), from and to as HH:MM, city time.' })
export class AvailabilitySlotInput {
  @Field(() => Int)
  weekday: number;

  @Field()
  @MaxLength(5)
  from: string;

  @Field()
  @MaxLength(5)
  to: string;
}

@InputType()
export class VolunteerRegistrationInput {
  @Field()
  @MaxLength(30)
  realName: string;

  @Field({ description: 'Resident identity number (GB 11643); birth date and gender are derived from it.' })
  @MaxLength(18)
  idNumber: string;

  @Field({ description: 'Mobile number, 11 digits.' })
  @MaxLength(11)
  phone: string;

  @Field(() => VolunteerCategory)
  category: VolunteerCategory;

  @Field(() => [ID], { defaultValue: [], description: "Skills from the city's list (`skills`)." })
  @ArrayMaxSize(20)
  skillIds: string[];

  @Field(() => String, { nullable: true, description: 'A skill not on the list ("other").' })
  @IsOptional()
  @MaxLength(30)
  otherSkill?: string | null;

  @Field(() => GuardianInput, {
    nullable: true,
    description: 'Required when the identity number gives an age under 18.',
  })
  @IsOptional()
  @ValidateNested()
  guardian?: GuardianInput | null;

  @Field(() => ID, { nullable: true, description: 'The organisation joined (its admins approve).' })
  organisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Or a service station (its region’s admins approve).' })
  stationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Or a district/subdistrict/community (its admins approve).' })
  regionId?: string | null;

  @Field({ description: 'The volunteer accepted the personal-data notice.' })
  consentAccepted: boolean;

  @Field({ description: `Version of the notice shown (current: ${CONSENT_VERSION}).` })
  @MaxLength(20)
  consentVersion: string;

  @Field(() => String, { nullable: true, description: 'A retry with the same key registers once.' })
  @IsOptional()
  @MaxLength(128)
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'What a public registration returns: no personal data.' })
export class VolunteerRegistration {
  @Field({ description: 'Short reference to quote or look up (submissionStatus), e.g. TX-7K3M-9Q.' })
  reference: string;

  @Field(() => ReceiptStation, { nullable: true, description: 'The station to call about it.' })
  station: ReceiptStation | null;

  @Field(() => VolunteerStatus)
  status: VolunteerStatus;

  @Field(() => GraphQLISODateTime)
  registeredAt: Date;
}

@InputType({ description: 'Fields a volunteer may change in their own profile.' })
export class VolunteerProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(11)
  phone?: string | null;

  @Field(() => VolunteerCategory, { nullable: true })
  category?: VolunteerCategory | null;

  @Field(() => [ID], { nullable: true, description: "Skills from the city's list." })
  @IsOptional()
  @ArrayMaxSize(20)
  skillIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A skill not on the list; empty to clear.' })
  @IsOptional()
  @MaxLength(30)
  otherSkill?: string | null;

  @Field(() => [AvailabilitySlotInput], { nullable: true, description: 'Replaces the weekly slots.' })
  @IsOptional()
  @ArrayMaxSize(21)
  @ValidateNested({ each: true })
  availability?: AvailabilitySlotInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'Districts preferred besides home (replaces).' })
  @IsOptional()
  @ArrayMaxSize(14)
  preferredDistrictIds?: string[] | null;
}

@InputType({ description: 'Fields an admin may change, within scope.' })
export class VolunteerAdminInput extends VolunteerProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(30)
  realName?: string | null;

  @Field(() => ID, { nullable: true })
  organisationId?: string | null;

  @Field(() => ID, { nullable: true })
  teamId?: string | null;

  @Field(() => ID, { nullable: true })
  stationId?: string | null;

  @Field(() => Boolean, { nullable: true })
  insured?: boolean | null;
}

/** Status changes after approval, and which states they leave. */
export const STATUS_CHANGES: Partial<Record<VolunteerStatus, { from: VolunteerStatus[]; needsReason: boolean }>> = {
  [VolunteerStatus.ACTIVE]: { from: [VolunteerStatus.PENDING, VolunteerStatus.SUSPENDED], needsReason: false },
  [VolunteerStatus.REJECTED]: { from: [VolunteerStatus.PENDING], needsReason: true },
  [VolunteerStatus.SUSPENDED]: { from: [VolunteerStatus.ACTIVE], needsReason: true },
  [VolunteerStatus.RETIRED]: { from: [VolunteerStatus.ACTIVE, VolunteerStatus.SUSPENDED], needsReason: true },
};

@ObjectType({ description: 'What the viewer may do with this volunteer now (the server enforces it).' })
export class VolunteerViewerCan {
  @Field({ description: 'Edit the record (updateVolunteer).' })
  edit: boolean;

  @Field({ description: 'Approve or reject the registration.' })
  approve: boolean;

  @Field({ description: 'Suspend or retire the volunteer.' })
  suspend: boolean;
}

/** What the list may be ordered by (`orderBy`); newest first when left out. */
export const volunteerOrderKeys = {
  REGISTERED_AT: { sql: 'v.registeredAt', property: 'registeredAt', type: 'timestamptz' },
  NAME: { sql: 'v.realName', property: 'realName', type: 'text' },
} satisfies Record<string, SortKey>;
export const VolunteerOrder = OrderInput('VolunteerOrder', volunteerOrderKeys);
export type VolunteerOrder = InstanceType<typeof VolunteerOrder>;
