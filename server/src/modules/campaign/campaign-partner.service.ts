// Partners of a joint campaign: the lead invites organisations, and each invited organisation's own
// admins accept or decline. Every change is one transaction with its audit entry.
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context/context';
import { Permission, Role } from '../../auth/permissions';
import { changeable, mayChange } from '../../auth/write-policy';
import { conflict, fieldError, forbidden, notFound } from '../../common/errors';
import { dbId, toGlobalId } from '../../common/node';
import { checkVersion } from '../../common/write';
import { AuditService } from '../audit/audit.service';
import { notify, NotificationKind } from '../notification';
import { organisationAdmins, organisationName } from '../notification/recipients';
import { Organisation } from '../organisation/organisation.entity';
import { Campaign, CampaignStatus } from './campaign.entity';
import { CampaignPartner, PartnerRole, PartnerStatus } from './campaign-partner.entity';
import { INVITABLE_ROLES } from './campaign.inputs';
import { invalidTransition, lockAsLead } from './campaign.service';

export class CampaignPartnerService {
  private readonly audit = new AuditService();

  /** Invites an organisation, or invites again one that declined; the campaign's version moves on. */
  async invite(
    ctx: Context,
    campaignGid: string,
    organisationGid: string,
    role: PartnerRole,
    version?: number | null,
  ): Promise<CampaignPartner> {
    const campaignId = dbId(campaignGid, 'Campaign', 'campaignId');
    const organisationId = dbId(organisationGid, 'Organisation', 'organisationId');
    if (!INVITABLE_ROLES.includes(role)) throw fieldError('role', 'invalid');
    return ctx.db.transaction(async (m) => {
      const c = await lockAsLead(ctx, m, campaignId, version);
      if (c.status === CampaignStatus.CLOSED) throw invalidTransition(c.status);
      if (!(await m.existsBy(Organisation, { id: organisationId }))) throw notFound('Organisation');
      const existing = await m.findOne(CampaignPartner, {
        where: { campaignId, organisationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (existing && existing.status !== PartnerStatus.DECLINED)
        throw conflict('alreadyPartner', {}, { field: 'organisationId' });
      let partnerId: string;
      if (existing) {
        await m.update(
          CampaignPartner,
          { id: existing.id },
          { role, status: PartnerStatus.INVITED, respondedAt: null },
        );
        partnerId = existing.id;
      } else {
        const inserted = await m.insert(CampaignPartner, {
          campaignId,
          organisationId,
          role,
          status: PartnerStatus.INVITED,
          respondedAt: null,
        });
        partnerId = String(inserted.identifiers[0].id);
      }
      // Partners are part of the campaign: a client holding an older copy of it must reload.
      await m.query(`UPDATE campaign SET version = version + 1, updated_at = now() WHERE id = $1`, [c.id]);
      await this.audit.write(ctx, m, {
        action: 'INVITE_CAMPAIGN_PARTNER',
        recordType: 'Campaign',
        recordId: c.id,
        regionId: c.regionId,
        before: existing ? { organisationId, role: existing.role, status: existing.status } : null,
        after: { organisationId, role, status: PartnerStatus.INVITED },
      });
      await tellInvited(m, c, organisationId);
      return m.findOneByOrFail(CampaignPartner, { id: partnerId });
    });
  }

  /**
   * Answers the invitation of the viewer's own organisation (as its ORG_ADMIN). `version` is the
   * partner record's. Answering again the same way changes nothing.
   */
  async respond(ctx: Context, campaignGid: string, accept: boolean, version?: number | null): Promise<CampaignPartner> {
    const campaignId = dbId(campaignGid, 'Campaign', 'campaignId');
    const ownOrganisations = adminOrganisations(ctx);
    return ctx.db.transaction(async (m) => {
      const partner = ownOrganisations.length
        ? await changeable(ctx, m, CampaignPartner, 'p', Permission.MANAGE_CAMPAIGNS)
            .andWhere('p.campaignId = :campaignId AND p.organisationId IN (:...ownOrganisations)', {
              campaignId,
              ownOrganisations,
            })
            .orderBy('p.id')
            .setLock('pessimistic_write')
            .getOne()
        : null;
      if (!partner) {
        // Through the caller's read scope: a campaign it cannot see does not exist for it.
        if (!(await ctx.loaders.one(Campaign).load(campaignId))) throw notFound('Campaign');
        throw forbidden('notInvited');
      }
      const campaign = await m.findOneOrFail(Campaign, {
        where: { id: campaignId },
        lock: { mode: 'pessimistic_read' },
      });
      if (partner.role === PartnerRole.LEAD && !accept) throw fieldError('accept', 'leadCannotDecline');
      if (campaign.status === CampaignStatus.CLOSED) throw invalidTransition(campaign.status);
      checkVersion(partner, version);
      const status = accept ? PartnerStatus.ACCEPTED : PartnerStatus.DECLINED;
      if (partner.status === status) return partner;
      if (partner.status !== PartnerStatus.INVITED) throw invalidTransition(partner.status);
      await m.update(CampaignPartner, { id: partner.id }, { status, respondedAt: ctx.now() });
      await this.audit.write(ctx, m, {
        action: accept ? 'ACCEPT_CAMPAIGN_INVITATION' : 'DECLINE_CAMPAIGN_INVITATION',
        recordType: 'CampaignPartner',
        recordId: partner.id,
        regionId: campaign.regionId,
        before: { status: partner.status },
        after: { status },
      });
      await tellAnswered(m, campaign, partner.organisationId, accept);
      return m.findOneByOrFail(CampaignPartner, { id: partner.id });
    });
  }
}

/** The organisations the viewer administers: the only ones whose invitations it answers. */
export const adminOrganisations = (ctx: Context): string[] =>
  (ctx.viewer?.roles ?? []).filter((g) => g.role === Role.ORG_ADMIN).map((g) => g.organisationId!);

/**
 * May answer this invitation: it is addressed to an organisation the viewer administers, and the
 * write policy lets the viewer change the partner record. What respondToCampaignInvitation checks
 * (with the same query) and viewerCan.respond reports, with the states it needs.
 */
export async function mayAnswer(ctx: Context, p: CampaignPartner): Promise<boolean> {
  if (!adminOrganisations(ctx).includes(p.organisationId)) return false;
  return mayChange(ctx, CampaignPartner, Permission.MANAGE_CAMPAIGNS, p.id);
}

const leadOf = async (m: EntityManager, campaignId: string) =>
  (
    await m.query<Array<{ organisation_id: string }>>(
      `SELECT organisation_id::text FROM campaign_partner WHERE campaign_id = $1 AND role = 'LEAD' ORDER BY id LIMIT 1`,
      [campaignId],
    )
  )[0]?.organisation_id ?? null;

/** The invited organisation's admins are asked to answer. */
async function tellInvited(m: EntityManager, c: Campaign, organisationId: string) {
  const lead = await leadOf(m, c.id);
  const payload = {
    campaign: c.name,
    lead: lead ? await organisationName(m, lead) : '',
    campaignId: toGlobalId('Campaign', c.id),
  };
  for (const account of await organisationAdmins(m, organisationId))
    await notify(m, account, NotificationKind.CAMPAIGN_INVITATION, payload);
}

/** The lead organisation's admins hear the answer. */
async function tellAnswered(m: EntityManager, c: Campaign, organisationId: string, accept: boolean) {
  const lead = await leadOf(m, c.id);
  if (!lead || lead === organisationId) return;
  const payload = {
    campaign: c.name,
    organisation: await organisationName(m, organisationId),
    approved: accept ? 1 : 0,
    campaignId: toGlobalId('Campaign', c.id),
  };
  for (const account of await organisationAdmins(m, lead))
    await notify(m, account, NotificationKind.CAMPAIGN_INVITATION_ANSWERED, payload);
}
