// Recording donations (cash in fen, in-kind items) against what the viewer may see, and voiding them:
// donations are evidence, so a mistaken one is soft-deleted with a reason, never removed.
import { scopedQuery } from '../../context/scoped-query';
import type { Context } from '../../context/context';
import { paginate, type PageArgs } from '../../common/pagination';
import { whereBetween, whereEquals } from '../../common/filters';
import { dbId } from '../../common/node';
import { isoDate, cityDate } from '../../common/dates';
import { Permission, Role } from '../../auth/permissions';
import { lockToChange, rolesFor } from '../../auth/write-policy';
import { isIsoDate } from '../../common/calendar';
import { fieldError, forbidden, notFound, Problems } from '../../common/errors';
import { createOnce } from '../../common/write';
import { AuditService } from '../audit/audit.service';
import { Organisation } from '../organisation/organisation.entity';
import { Campaign } from '../campaign/campaign.entity';
import { Pairing } from '../pairing/pairing.entity';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { Household } from '../beneficiary/household.entity';
import { Donation, DonationKind } from './donation.entity';
import type { DonationFilter, RecordDonationInput } from './donation.inputs';

const optionalId = (value: string | null | undefined, type: string, field: string) =>
  value ? dbId(value, type, field) : null;
const given = (v: unknown) => v !== undefined && v !== null;

export class DonationService {
  private readonly audit = new AuditService();

  list(ctx: Context, f: DonationFilter = {}, page: PageArgs) {
    const qb = scopedQuery(ctx, Donation, 'd');
    whereEquals(qb, 'd.kind', f.kind);
    whereEquals(qb, 'd.campaignId', f.campaignId && dbId(f.campaignId, 'Campaign', 'filter.campaignId'));
    whereEquals(qb, 'd.pairingId', f.pairingId && dbId(f.pairingId, 'Pairing', 'filter.pairingId'));
    whereEquals(qb, 'd.beneficiaryId', f.beneficiaryId && dbId(f.beneficiaryId, 'Beneficiary', 'filter.beneficiaryId'));
    whereEquals(qb, 'd.householdId', f.householdId && dbId(f.householdId, 'Household', 'filter.householdId'));
    whereEquals(
      qb,
      'd.donorOrganisationId',
      f.donorOrganisationId && dbId(f.donorOrganisationId, 'Organisation', 'filter.donorOrganisationId'),
    );
    whereBetween(qb, 'd.donatedOn', isoDate(f.from, 'filter.from'), isoDate(f.to, 'filter.to'));
    return paginate(qb, page);
  }

  async record(ctx: Context, input: RecordDonationInput): Promise<Donation> {
    const p = new Problems();
    const values = this.whatWasGiven(ctx, input, p);
    const donorName = input.donorName?.trim() || null;
    const donorOrganisationId = optionalId(input.donorOrganisationId, 'Organisation', 'donorOrganisationId');
    p.check(!donorName && !donorOrganisationId, 'donor', 'donorRequired');
    const targets = {
      campaignId: optionalId(input.campaignId, 'Campaign', 'campaignId'),
      pairingId: optionalId(input.pairingId, 'Pairing', 'pairingId'),
      beneficiaryId: optionalId(input.beneficiaryId, 'Beneficiary', 'beneficiaryId'),
      householdId: optionalId(input.householdId, 'Household', 'householdId'),
    };
    p.check(
      Object.values(targets).every((v) => !v),
      'target',
      'donationTargetRequired',
    );
    p.throwIfAny();

    // Every target through the viewer's row scope: what it cannot see does not exist for it.
    const [campaign, pairing, beneficiary, household, donor] = await Promise.all([
      ctx.loaders.ref(Campaign, targets.campaignId),
      ctx.loaders.ref(Pairing, targets.pairingId),
      ctx.loaders.ref(Beneficiary, targets.beneficiaryId),
      ctx.loaders.ref(Household, targets.householdId),
      ctx.loaders.ref(Organisation, donorOrganisationId),
    ]);
    if (targets.campaignId && !campaign) throw notFound('Campaign');
    if (targets.pairingId && !pairing) throw notFound('Pairing');
    if (targets.beneficiaryId && !beneficiary) throw notFound('Beneficiary');
    if (targets.householdId && !household) throw notFound('Household');
    if (donorOrganisationId && !donor) throw notFound('Organisation');
    await this.assertMayRecord(ctx, donorOrganisationId, campaign, pairing);

    const { idempotencyKey, ...fingerprint } = input;
    return createOnce(ctx, 'recordDonation', idempotencyKey, fingerprint, Donation, async (m) => {
      const donation = await m.save(m.create(Donation, { ...values, donorOrganisationId, donorName, ...targets }));
      await this.audit.write(ctx, m, {
        action: 'RECORD_DONATION',
        recordType: 'Donation',
        recordId: donation.id,
        regionId: campaign?.regionId ?? beneficiary?.regionId ?? household?.regionId ?? null,
        after: { ...values, donorOrganisationId, donorName, ...targets },
      });
      return donation;
    });
  }

  async void(ctx: Context, id: string, version: number, reason: string): Promise<Donation> {
    const why = reason.trim();
    if (!why) throw fieldError('reason', 'reasonRequired');
    if (why.length > 500) throw fieldError('reason', 'tooLong', { max: 500 });
    const donationId = dbId(id, 'Donation', 'id');
    return ctx.db.transaction(async (m) => {
      const d = await lockToChange(ctx, m, Donation, donationId, Permission.MANAGE_DONATIONS, version);
      await m.update(Donation, { id: d.id }, { deletedAt: ctx.now() });
      await this.audit.write(ctx, m, {
        action: 'VOID_DONATION',
        recordType: 'Donation',
        recordId: d.id,
        reason: why,
        before: { kind: d.kind, amountFen: d.amountFen, item: d.item, quantity: d.quantity, donatedOn: d.donatedOn },
      });
      return m.findOneOrFail(Donation, { where: { id: d.id }, withDeleted: true });
    });
  }

  /** Kind-specific values: cash has only an amount, an in-kind gift an item, quantity and unit. */
  private whatWasGiven(ctx: Context, input: RecordDonationInput, p: Problems) {
    const item = input.item?.trim() || null;
    const unit = input.unit?.trim() || null;
    const positive = (field: string, v: number | null | undefined) =>
      given(v) ? p.check(!Number.isInteger(v) || v <= 0, field, 'mustBePositive') : p.add(field, 'required');
    if (input.kind === DonationKind.CASH) {
      positive('amountFen', input.amountFen);
      p.check(item !== null, 'item', 'notWithKind');
      p.check(given(input.quantity), 'quantity', 'notWithKind');
      p.check(unit !== null, 'unit', 'notWithKind');
    } else {
      p.check(given(input.amountFen), 'amountFen', 'notWithKind');
      p.check(!item, 'item', 'required');
      positive('quantity', input.quantity);
      p.check(!unit, 'unit', 'required');
    }
    const today = cityDate(ctx.now());
    const donatedOn = input.donatedOn?.trim() || today;
    if (!p.check(!isIsoDate(donatedOn), 'donatedOn', 'dateInvalid'))
      p.check(donatedOn > today, 'donatedOn', 'dateInFuture');
    const cash = input.kind === DonationKind.CASH;
    return {
      kind: input.kind,
      donatedOn,
      amountFen: cash ? String(input.amountFen) : null,
      item: cash ? null : item,
      quantity: cash ? null : (input.quantity ?? null),
      unit: cash ? null : unit,
    };
  }

  /**
   * Federation admins record any donation they can see the targets of; an organisation admin only
   * its own organisation's, or one to a campaign it takes part in or a pairing it owns.
   */
  private async assertMayRecord(
    ctx: Context,
    donorId: string | null,
    campaign: Campaign | null,
    pairing: Pairing | null,
  ) {
    const roles = rolesFor(ctx, Permission.MANAGE_DONATIONS);
    if (roles.some((g) => g.role === Role.HUB_ADMIN || g.role === Role.REGION_ADMIN)) return;
    const own = roles.filter((g) => g.role === Role.ORG_ADMIN).map((g) => g.organisationId!);
    // May reference the donor: an organisation admin gives in its own organisation's name only.
    if (donorId && !own.includes(donorId)) throw fieldError('donorOrganisationId', 'forbidden');
    if (donorId) return;
    if (pairing && (own.includes(pairing.ownerAId) || own.includes(pairing.ownerBId))) return;
    if (campaign && own.length) {
      const partner = await ctx.db.query<unknown[]>(
        `SELECT 1 FROM campaign_partner WHERE campaign_id = $1 AND organisation_id = ANY($2::bigint[]) AND status = 'ACCEPTED'`,
        [campaign.id, own],
      );
      if (partner.length) return;
    }
    throw forbidden('notYourDonation');
  }
}
