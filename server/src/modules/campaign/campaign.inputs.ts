import { Field, ID, InputType } from 'type-graphql';
import { CampaignStatus, ThemeDay } from './campaign.entity';

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
