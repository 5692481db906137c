import { Arg, Authorized, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { PUBLIC } from '../../auth/permissions';
import { ConnectionType, nestedFirst, PageArgs } from '../../common/pagination';
import { Region } from '../region/region.entity';
import { Organisation } from '../organisation/organisation.entity';
import { ServiceEvent } from '../service-event/service-event.entity';
import { Campaign } from './campaign.entity';
import { CampaignPartner } from './campaign-partner.entity';
import { CampaignFilter } from './campaign.inputs';
import { CampaignService } from './campaign.service';

const CampaignConnection = ConnectionType(Campaign);

@Resolver(() => Campaign)
export class CampaignResolver {
  private readonly service = new CampaignService();

  @Authorized(PUBLIC)
  @Query(() => CampaignConnection, { description: 'Joint campaigns with partner agencies.' })
  campaigns(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => CampaignFilter, { nullable: true }) filter?: CampaignFilter,
  ) {
    return this.service.list(ctx, filter ?? {}, page);
  }

  @FieldResolver(() => Organisation)
  leadOrganisation(@Root() c: Campaign, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Organisation, c.leadOrganisationId);
  }

  @FieldResolver(() => Region)
  region(@Root() c: Campaign, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Region, c.regionId);
  }

  @FieldResolver(() => [CampaignPartner], { description: 'Partner organisations, first `first` by id.' })
  partners(@Root() c: Campaign, @Ctx() ctx: Context, @Arg('first', () => Int, { defaultValue: 20 }) first: number) {
    return ctx.loaders.many(CampaignPartner, 'campaignId', nestedFirst(first)).load(c.id);
  }

  @FieldResolver(() => [ServiceEvent], { description: 'Events of the campaign, first `first` by id.' })
  events(@Root() c: Campaign, @Ctx() ctx: Context, @Arg('first', () => Int, { defaultValue: 20 }) first: number) {
    return ctx.loaders.many(ServiceEvent, 'campaignId', nestedFirst(first)).load(c.id);
  }
}

@Resolver(() => CampaignPartner)
export class CampaignPartnerResolver {
  @FieldResolver(() => Campaign, { nullable: true, description: 'Null when outside what you may see.' })
  campaign(@Root() p: CampaignPartner, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Campaign, p.campaignId);
  }

  @FieldResolver(() => Organisation)
  organisation(@Root() p: CampaignPartner, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Organisation, p.organisationId);
  }

  @FieldResolver(() => [ServiceEvent], { description: "This partner's events within the campaign." })
  events(
    @Root() p: CampaignPartner,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
  ) {
    return ctx.loaders
      .many(ServiceEvent, ['campaignId', 'organiserId'], nestedFirst(first))
      .load(`${p.campaignId}:${p.organisationId}`);
  }
}
