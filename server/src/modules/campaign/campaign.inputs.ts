// Campaign filters, and the inputs that create and edit a campaign and invite a partner.
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { CampaignStatus, ThemeDay } from './campaign.entity';
import { PartnerRole } from './campaign-partner.entity';
import { PRESET_YEARS } from './theme-days';

@InputType()
export class CampaignFilter {
  @Field(() => ID, { nullable: true, description: 'Campaigns covering this region subtree.' })
  regionId?: string;

  @Field(() => ID, { nullable: true, description: 'Campaigns this organisation leads or partners in.' })
  organisationId?: string;

  @Field(() => [CampaignStatus], { nullable: true })
  statuses?: CampaignStatus[];

  @Field(() => ThemeDay, { nullable: true })
  themeDay?: ThemeDay;

  @Field(() => String, { nullable: true, description: 'Starting on or after (ISO date).' })
  from?: string;

  @Field(() => String, { nullable: true, description: 'Starting before (ISO date).' })
  to?: string;

  @Field(() => String, { nullable: true, description: 'Substring of the name.' })
  search?: string;
}

@InputType()
export class CreateCampaignInput {
  @Field()
  @MaxLength(100)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  description?: string | null;

  @Field(() => ThemeDay, { nullable: true, description: 'Without dates, the campaign runs on this day of `year`.' })
  themeDay?: ThemeDay | null;

  @Field(() => Int, { nullable: true, description: 'Year of the theme day (default: the current year).' })
  @IsOptional()
  @Min(PRESET_YEARS.min)
  @Max(PRESET_YEARS.max)
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'First day, ISO date (default: the theme day).' })
  @IsOptional()
  @MaxLength(10)
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day, ISO date (default: the first day).' })
  @IsOptional()
  @MaxLength(10)
  endsOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'Region covered (default: the lead organisation’s region).' })
  regionId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Lead organisation (an organisation admin: their own, the default).',
  })
  leadOrganisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key creates the campaign once.' })
  @IsOptional()
  @MaxLength(128)
  idempotencyKey?: string | null;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateCampaignInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  description?: string | null;

  @Field(() => ThemeDay, { nullable: true })
  themeDay?: ThemeDay | null;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  @IsOptional()
  @MaxLength(10)
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  @IsOptional()
  @MaxLength(10)
  endsOn?: string | null;

  @Field(() => ID, { nullable: true })
  regionId?: string | null;
}

/** The roles a partner can be invited to: LEAD belongs to the creating organisation only. */
export const INVITABLE_ROLES: readonly PartnerRole[] = [PartnerRole.CO_ORGANISER, PartnerRole.SUPPORTER];

@ObjectType({ description: 'What the viewer may do with this campaign now (the server enforces it).' })
export class CampaignViewerCan {
  @Field({ description: 'Edit it and invite partners.' })
  edit: boolean;

  @Field({ description: 'Publish it.' })
  publish: boolean;

  @Field({ description: 'Close it.' })
  close: boolean;
}

@ObjectType({ description: 'What the viewer may do with this partner record now (the server enforces it).' })
export class CampaignPartnerViewerCan {
  @Field({
    description: 'Accept or decline the invitation: its organisation’s admin, while it waits and the campaign is open.',
  })
  respond: boolean;
}

/** What closing a campaign does to its events that are still DRAFT or OPEN. */
export enum CampaignEventsOnClose {
  /** Open events close (who never came is NO_SHOW); drafts are cancelled. */
  CLOSE = 'CLOSE',
  /** Every event without attendance is cancelled with its sign-ups; an attended one closes. */
  CANCEL = 'CANCEL',
}
registerEnumType(CampaignEventsOnClose, { name: 'CampaignEventsOnClose' });
