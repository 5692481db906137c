import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission, PUBLIC } from '../../auth/permissions';
import { Organisation } from '../organisation/organisation.entity';
import { Campaign } from './campaign.entity';
import { CampaignPartner, PartnerRole } from './campaign-partner.entity';
import { CreateCampaignInput, UpdateCampaignInput } from './campaign-workflow.inputs';
import { CampaignWorkflowService } from './campaign-workflow.service';
import { CampaignPartnerService } from './campaign-partner.service';
import { CampaignFigures, CampaignDonationTotals, CampaignPartnerContribution } from './campaign-figures';
import { ThemeDayPreset, themeDayPresets } from './theme-days';

@Resolver(() => Campaign)
export class CampaignWorkflowResolver {
  private readonly service = new CampaignWorkflowService();
  private readonly partners = new CampaignPartnerService();
  private readonly figures = new CampaignFigures();

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
  @Mutation(() => Campaign, { description: 'PUBLISHED → CLOSED.' })
  closeCampaign(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return this.service.close(ctx, id, version);
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
}

@Resolver(() => CampaignPartnerContribution)
export class CampaignPartnerContributionResolver {
  @FieldResolver(() => Organisation)
  organisation(@Root() p: CampaignPartnerContribution, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Organisation, p.organisationId);
  }
}
