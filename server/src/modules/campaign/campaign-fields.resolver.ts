import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { CampaignPartnerViewerCan, CampaignViewerCan } from './campaign.inputs';
import { mayAnswer } from './campaign-partner.service';
import { mayChange } from '../../auth/write-policy';
import { nestedFirst } from '../../common/pagination';
import { declareReads } from '../../context/selection';
import { declarePlanned } from '../../context/planner';
import { Region } from '../region/region.entity';
import { Organisation } from '../organisation/organisation.entity';
import { ServiceEvent } from '../service-event/service-event.entity';
import { Campaign, CampaignStatus } from './campaign.entity';
import { CampaignPartner, PartnerStatus } from './campaign-partner.entity';
import { CampaignFigures, CampaignDonationTotals, CampaignPartnerContribution } from './campaign-figures';

// Lists under a campaign and a partner read only the parent's keys (see context/selection.ts).
declareReads(Campaign, { partners: [], events: [] });
declareReads(CampaignPartner, { events: ['campaignId', 'organisationId'] });
// The read planner may fetch these with their parent (context/planner.ts).
declarePlanned(Campaign, {
  partners: { kind: 'many', child: () => CampaignPartner, keys: [['id', 'campaignId']] },
  events: { kind: 'many', child: () => ServiceEvent, keys: [['id', 'campaignId']] },
});
declarePlanned(CampaignPartner, {
  organisation: { kind: 'one', child: () => Organisation, foreignKey: 'organisationId' },
  events: {
    kind: 'many',
    child: () => ServiceEvent,
    keys: [
      ['campaignId', 'campaignId'],
      ['organisationId', 'organiserId'],
    ],
  },
});

@Resolver(() => Campaign)
export class CampaignFieldsResolver {
  private readonly figures = new CampaignFigures();

  @FieldResolver(() => Organisation)
  leadOrganisation(@Root() c: Campaign, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Organisation, c.leadOrganisationId);
  }

  @FieldResolver(() => Region)
  region(@Root() c: Campaign, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Region, c.regionId);
  }

  @FieldResolver(() => [CampaignPartner], { description: 'Partner organisations, first `first` by id.' })
  partners(
    @Root() c: Campaign,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.loaders.list(c, CampaignPartner, 'campaignId', nestedFirst(first), info, c.id);
  }

  @FieldResolver(() => [ServiceEvent], { description: 'Events of the campaign, first `first` by id.' })
  events(
    @Root() c: Campaign,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.loaders.list(c, ServiceEvent, 'campaignId', nestedFirst(first), info, c.id);
  }

  @FieldResolver(() => [CampaignPartnerContribution], {
    description: 'Every partner’s volunteers, events, verified hours, person-times and donations.',
  })
  contributions(@Root() c: Campaign, @Ctx() ctx: Context) {
    return this.figures.contributions(ctx, c.id);
  }

  @FieldResolver(() => CampaignDonationTotals, { description: 'Cash and in-kind donations to the campaign.' })
  donationTotals(@Root() c: Campaign, @Ctx() ctx: Context) {
    return this.figures.donationTotals(ctx, c.id);
  }

  @FieldResolver(() => CampaignViewerCan)
  async viewerCan(@Root() c: Campaign, @Ctx() ctx: Context): Promise<CampaignViewerCan> {
    const lead = await mayChange(ctx, Campaign, Permission.MANAGE_CAMPAIGNS, c.id);
    return {
      edit: lead && c.status !== CampaignStatus.CLOSED,
      publish: lead && c.status === CampaignStatus.DRAFT,
      close: lead && c.status === CampaignStatus.PUBLISHED,
    };
  }
}

@Resolver(() => CampaignPartner)
export class CampaignPartnerFieldsResolver {
  @FieldResolver(() => Campaign, { nullable: true, description: 'Null when outside what you may see.' })
  campaign(@Root() p: CampaignPartner, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Campaign, p.campaignId);
  }

  @FieldResolver(() => Organisation)
  organisation(@Root() p: CampaignPartner, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders.related(p, Organisation, p.organisationId, info);
  }

  @FieldResolver(() => [ServiceEvent], { description: "This partner's events within the campaign." })
  events(
    @Root() p: CampaignPartner,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.loaders.list(
      p,
      ServiceEvent,
      ['campaignId', 'organiserId'],
      nestedFirst(first),
      info,
      `${p.campaignId}:${p.organisationId}`,
    );
  }

  @FieldResolver(() => CampaignPartnerViewerCan)
  async viewerCan(@Root() p: CampaignPartner, @Ctx() ctx: Context): Promise<CampaignPartnerViewerCan> {
    if (p.status !== PartnerStatus.INVITED) return { respond: false };
    const campaign = await ctx.loaders.ref(Campaign, p.campaignId);
    return { respond: !!campaign && campaign.status !== CampaignStatus.CLOSED && (await mayAnswer(ctx, p)) };
  }
}

@Resolver(() => CampaignPartnerContribution)
export class CampaignPartnerContributionFieldsResolver {
  @FieldResolver(() => Organisation)
  organisation(@Root() p: CampaignPartnerContribution, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Organisation, p.organisationId);
  }
}
