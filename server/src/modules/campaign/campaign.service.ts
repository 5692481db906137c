// The life of a joint campaign: created by its lead organisation as a DRAFT, edited, published and
// closed by the lead's admins (or a federation admin over its region). Partners: campaign-partner.service.ts.
import { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import { scopedQuery } from '../../context/scoped-query';
import type { Context } from '../../context/context';
import { paginate, type PageArgs } from '../../common/pagination';
import type { TreePlan } from '../../context/planner';
import { whereBetween, whereEquals, whereInRegionSubtree, whereSearch } from '../../common/filters';
import { dbId } from '../../common/node';
import { isoDate, cityDate } from '../../common/dates';
import { Permission, Role } from '../../auth/permissions';
import { lockToChange, mayPlace } from '../../auth/write-policy';
import { isIsoDate } from '../../common/calendar';
import { fieldError, forbidden, keyedError, Problems } from '../../common/errors';
import { assertTransition, invalidState } from '../../common/state-machine';
import { checkVersion, createOnce } from '../../common/write';
import { AuditService } from '../audit/audit.service';
import { Campaign, CAMPAIGN_TRANSITIONS, CampaignStatus } from './campaign.entity';
import { settleEvents } from './campaign-events';
import {
  CampaignEventsOnClose,
  type CampaignFilter,
  type CreateCampaignInput,
  type UpdateCampaignInput,
} from './campaign.inputs';
import { CampaignPartner, PartnerRole, PartnerStatus } from './campaign-partner.entity';
import { themeDayDate } from './theme-days';
import type { AuditAction } from '../audit/audit-actions';

interface Place {
  id: string;
  regionId: string;
  path: string;
}

/** An organisation with the path of its region, or null. */
async function organisationPlace(m: Pick<EntityManager, 'query'>, id: string): Promise<Place | null> {
  const [row] = await m.query<Place[]>(
    `SELECT o.id::text AS id, o.region_id::text AS "regionId", r.path FROM organisation o JOIN region r ON r.id = o.region_id WHERE o.id = $1`,
    [id],
  );
  return row ?? null;
}

async function regionPath(m: Pick<EntityManager, 'query'>, id: string): Promise<string | null> {
  const [row] = await m.query<Array<{ path: string }>>(`SELECT path FROM region WHERE id = $1`, [id]);
  return row?.path ?? null;
}

/**
 * The campaign, locked, if the viewer may act for its lead: an admin of the lead organisation, or a
 * hub/region admin over the campaign's region. The read scope of organisation admins covers every
 * partner, so lead-only actions check this explicitly. The version is checked last, so a caller who
 * may not act learns nothing from it.
 */
export async function lockAsLead(
  ctx: Context,
  m: EntityManager,
  id: string,
  version?: number | null,
): Promise<Campaign> {
  // The write policy lets the lead organisation's and the region's admins change a campaign; a partner
  // who sees it is told why it may not.
  const c = await lockToChange(ctx, m, Campaign, id, Permission.MANAGE_CAMPAIGNS).catch((err: unknown) => {
    throw err instanceof GraphQLError && err.extensions.code === 'FORBIDDEN' ? forbidden('campaignLeadOnly') : err;
  });
  checkVersion(c, version);
  return c;
}

export const invalidTransition = (status: string) => invalidState(status, 'status');

/** Checks an optional ISO date field; the valid value or null. */
function dateField(p: Problems, field: string, value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  return p.check(!isIsoDate(v), field, 'dateInvalid') ? null : v;
}

export class CampaignService {
  private readonly audit = new AuditService();

  list(ctx: Context, f: CampaignFilter = {}, page: PageArgs, plan?: TreePlan | null) {
    const qb = scopedQuery(ctx, Campaign, 'c');
    whereInRegionSubtree(qb, 'c.regionId', f.regionId && dbId(f.regionId, 'Region', 'filter.regionId'));
    if (f.organisationId) {
      qb.andWhere('c.id IN (SELECT cp.campaign_id FROM campaign_partner cp WHERE cp.organisation_id = :partnerOrg)', {
        partnerOrg: dbId(f.organisationId, 'Organisation', 'filter.organisationId'),
      });
    }
    if (f.statuses?.length) qb.andWhere('c.status IN (:...statuses)', { statuses: f.statuses });
    whereEquals(qb, 'c.themeDay', f.themeDay);
    whereBetween(qb, 'c.startsOn', isoDate(f.from, 'filter.from'), isoDate(f.to, 'filter.to'));
    whereSearch(qb, 'c.name', f.search);
    return paginate(qb, page, undefined, plan);
  }

  async create(ctx: Context, input: CreateCampaignInput): Promise<Campaign> {
    const p = new Problems();
    const name = input.name.trim();
    p.check(!name, 'name', 'required');
    const lead = await this.leadOrganisation(ctx, input.leadOrganisationId, p);
    const regionId = input.regionId ? dbId(input.regionId, 'Region', 'regionId') : (lead?.regionId ?? null);
    const path = regionId ? await regionPath(ctx.db, regionId) : null;
    if (input.regionId && !path) p.add('regionId', 'notFound');
    let startsOn = dateField(p, 'startsOn', input.startsOn);
    let endsOn = dateField(p, 'endsOn', input.endsOn);
    if (!startsOn && !p.has('startsOn') && input.themeDay) {
      startsOn = themeDayDate(input.themeDay, input.year ?? Number(cityDate(ctx.now()).slice(0, 4)));
    }
    if (!startsOn && !p.has('startsOn')) p.add('startsOn', 'required');
    if (!endsOn && !p.has('endsOn')) endsOn = startsOn;
    if (startsOn && endsOn) p.check(endsOn < startsOn, 'endsOn', 'endBeforeStart');
    p.throwIfAny();

    // Organisation admins lead for their own organisation; federation admins for one in their region.
    const may = (regionPathOf: string | null) =>
      mayPlace(ctx, Permission.MANAGE_CAMPAIGNS, { organisationId: lead!.id, regionPath: regionPathOf });
    if (!may(lead!.path)) throw keyedError('FORBIDDEN', 'outsideScope', {}, { field: 'leadOrganisationId' });
    if (!may(path)) throw keyedError('FORBIDDEN', 'outsideScope', {}, { field: 'regionId' });

    const { idempotencyKey, ...fingerprint } = input;
    return createOnce(ctx, 'createCampaign', idempotencyKey, fingerprint, Campaign, async (m) => {
      const campaign = await m.save(
        m.create(Campaign, {
          name,
          description: input.description?.trim() ?? '',
          themeDay: input.themeDay ?? null,
          startsOn: startsOn!,
          endsOn: endsOn!,
          status: CampaignStatus.DRAFT,
          leadOrganisationId: lead!.id,
          regionId: regionId!,
        }),
      );
      await m.insert(CampaignPartner, {
        campaignId: campaign.id,
        organisationId: lead!.id,
        role: PartnerRole.LEAD,
        status: PartnerStatus.ACCEPTED,
        respondedAt: ctx.now(),
      });
      await this.audit.write(ctx, m, {
        action: 'CREATE_CAMPAIGN',
        recordType: 'Campaign',
        recordId: campaign.id,
        regionId: campaign.regionId,
        after: { name, themeDay: campaign.themeDay, startsOn, endsOn, leadOrganisationId: lead!.id, regionId },
      });
      return campaign;
    });
  }

  async update(ctx: Context, id: string, version: number, input: UpdateCampaignInput): Promise<Campaign> {
    const campaignId = dbId(id, 'Campaign', 'id');
    const p = new Problems();
    const changes: Partial<Campaign> = {};
    if (input.name !== undefined && input.name !== null) {
      if (!p.check(!input.name.trim(), 'input.name', 'required')) changes.name = input.name.trim();
    }
    if (input.description !== undefined && input.description !== null) changes.description = input.description.trim();
    if (input.themeDay) changes.themeDay = input.themeDay;
    const startsOn = dateField(p, 'input.startsOn', input.startsOn);
    const endsOn = dateField(p, 'input.endsOn', input.endsOn);
    if (startsOn) changes.startsOn = startsOn;
    if (endsOn) changes.endsOn = endsOn;
    let path: string | null = null;
    if (input.regionId) {
      changes.regionId = dbId(input.regionId, 'Region', 'input.regionId');
      path = await regionPath(ctx.db, changes.regionId);
      p.check(!path, 'input.regionId', 'notFound');
    }
    p.throwIfAny();

    return ctx.db.transaction(async (m) => {
      const c = await lockAsLead(ctx, m, campaignId, version);
      if (c.status === CampaignStatus.CLOSED) throw invalidTransition(c.status);
      if ((changes.endsOn ?? c.endsOn) < (changes.startsOn ?? c.startsOn))
        throw fieldError('input.endsOn', 'endBeforeStart');
      if (
        changes.regionId &&
        !mayPlace(ctx, Permission.MANAGE_CAMPAIGNS, { organisationId: c.leadOrganisationId, regionPath: path })
      ) {
        throw keyedError('FORBIDDEN', 'outsideScope', {}, { field: 'input.regionId' });
      }
      const keys = (Object.keys(changes) as Array<keyof Campaign>).filter((k) => changes[k] !== c[k]);
      if (keys.length) {
        await m.update(Campaign, { id: c.id }, changes);
        await this.audit.write(ctx, m, {
          action: 'UPDATE_CAMPAIGN',
          recordType: 'Campaign',
          recordId: c.id,
          regionId: changes.regionId ?? c.regionId,
          before: Object.fromEntries(keys.map((k) => [k, c[k]])),
          after: Object.fromEntries(keys.map((k) => [k, changes[k]])),
        });
      }
      return m.findOneByOrFail(Campaign, { id: c.id });
    });
  }

  publish(ctx: Context, id: string, version: number): Promise<Campaign> {
    return this.transition(ctx, id, version, CampaignStatus.PUBLISHED, 'PUBLISH_CAMPAIGN');
  }

  /** PUBLISHED → CLOSED; its events still DRAFT or OPEN close or are cancelled, as the lead chooses. */
  close(ctx: Context, id: string, version: number, events = CampaignEventsOnClose.CLOSE): Promise<Campaign> {
    return this.transition(ctx, id, version, CampaignStatus.CLOSED, 'CLOSE_CAMPAIGN', (m, c) =>
      settleEvents(m, c, events),
    );
  }

  private transition(
    ctx: Context,
    id: string,
    version: number,
    to: CampaignStatus,
    action: AuditAction,
    then?: (m: EntityManager, c: Campaign) => Promise<Array<Record<string, unknown>>>,
  ) {
    const campaignId = dbId(id, 'Campaign', 'id');
    return ctx.db.transaction(async (m) => {
      const c = await lockAsLead(ctx, m, campaignId, version);
      assertTransition(CAMPAIGN_TRANSITIONS, c.status, to);
      await m.update(Campaign, { id: c.id }, { status: to });
      const events = await then?.(m, c);
      await this.audit.write(ctx, m, {
        action,
        recordType: 'Campaign',
        recordId: c.id,
        regionId: c.regionId,
        before: { status: c.status },
        after: events ? { status: to, events } : { status: to },
      });
      return m.findOneByOrFail(Campaign, { id: c.id });
    });
  }

  /** The named lead organisation, or the viewer's own when it administers exactly one. */
  private async leadOrganisation(ctx: Context, given: string | null | undefined, p: Problems): Promise<Place | null> {
    if (given) {
      const place = await organisationPlace(ctx.db, dbId(given, 'Organisation', 'leadOrganisationId'));
      p.check(!place, 'leadOrganisationId', 'notFound');
      return place;
    }
    const own = [
      ...new Set((ctx.viewer?.roles ?? []).filter((g) => g.role === Role.ORG_ADMIN).map((g) => g.organisationId!)),
    ];
    if (own.length !== 1) {
      p.add('leadOrganisationId', 'required');
      return null;
    }
    return organisationPlace(ctx.db, own[0]);
  }
}
