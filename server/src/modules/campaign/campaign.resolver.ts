import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Args, Ctx, Info, Int, Query, Resolver, ID, Mutation } from 'type-graphql';
import type { Context } from '../../context/context';
import { PUBLIC, Permission } from '../../auth/permissions';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { Campaign } from './campaign.entity';
import { CampaignPartner, PartnerRole } from './campaign-partner.entity';
import { CampaignEventsOnClose, CampaignFilter, CreateCampaignInput, UpdateCampaignInput } from './campaign.inputs';
import { CampaignService } from './campaign.service';
import { CampaignPartnerService } from './campaign-partner.service';
import { ThemeDayPreset, themeDayPresets } from './theme-days';

const CampaignConnection = ConnectionType(Campaign);

@Resolver()
export class CampaignResolver {
  private readonly service = new CampaignService();
  private readonly partners = new CampaignPartnerService();

  @Authorized(PUBLIC)
  @Query(() => CampaignConnection, { description: 'Joint campaigns with partner agencies.' })
  campaigns(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => CampaignFilter, { nullable: true }) filter?: CampaignFilter,
  ) {
    return this.service.list(ctx, filter ?? {}, page, ctx.loaders.planConnection(Campaign, info));
  }

  @Authorized(PUBLIC)
  @Query(() => [ThemeDayPreset], {
    description: 'The theme days of a year (2000–2100) with suggested names, for new campaigns.',
  })
  themeDayPresets(@Arg('year', () => Int) year: number) {
    return themeDayPresets(year);
  }

  @Authorized(Permission.MANAGE_CAMPAIGNS)
  @Mutation(() => Campaign, { description: 'A DRAFT campaign; its lead organisation joins as LEAD, accepted.' })
  createCampaign(@Arg('input', () => CreateCampaignInput) input: CreateCampaignInput, @Ctx() ctx: Context) {
    return this.service.create(ctx, input);
  }

  @Authorized(Permission.MANAGE_CAMPAIGNS)
  @Mutation(() => Campaign, {
    description: 'Edits a DRAFT or PUBLISHED campaign (lead organisation or federation admin).',
  })
  updateCampaign(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateCampaignInput) input: UpdateCampaignInput,
    @Ctx() ctx: Context,
  ) {
    return this.service.update(ctx, id, version, input);
  }

  @Authorized(Permission.MANAGE_CAMPAIGNS)
  @Mutation(() => CampaignPartner, {
    description: 'Invites an organisation (again, if it declined). `version` is the campaign’s.',
  })
  inviteCampaignPartner(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('organisationId', () => ID) organisationId: string,
    @Arg('role', () => PartnerRole) role: PartnerRole,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() ctx: Context,
  ) {
    return this.partners.invite(ctx, campaignId, organisationId, role, version);
  }

  @Authorized(Permission.MANAGE_CAMPAIGNS)
  @Mutation(() => CampaignPartner, {
    description: 'Accepts or declines for your own organisation. `version` is the partner record’s.',
  })
  respondToCampaignInvitation(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('accept') accept: boolean,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() ctx: Context,
  ) {
    return this.partners.respond(ctx, campaignId, accept, version);
  }

  @Authorized(Permission.MANAGE_CAMPAIGNS)
  @Mutation(() => Campaign, { description: 'DRAFT → PUBLISHED.' })
  publishCampaign(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return this.service.publish(ctx, id, version);
  }

  @Authorized(Permission.MANAGE_CAMPAIGNS)
  @Mutation(() => Campaign, { description: 'PUBLISHED → CLOSED, with its live events closed or cancelled.' })
  closeCampaign(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('events', () => CampaignEventsOnClose, { defaultValue: CampaignEventsOnClose.CLOSE })
    events: CampaignEventsOnClose,
    @Ctx() ctx: Context,
  ) {
    return this.service.close(ctx, id, version, events);
  }
}
