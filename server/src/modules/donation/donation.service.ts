// Reads of donations (cash in fen, in-kind items).
import { scopedQuery } from '../../context/scoped-query';
import type { Context } from '../../context/context';
import { paginate, type PageArgs } from '../../common/pagination';
import { whereBetween, whereEquals } from '../../common/filters';
import { dbId } from '../../common/node';
import { isoDate } from '../../common/dates';
import { Donation } from './donation.entity';
import type { DonationFilter } from './donation.inputs';

export class DonationService {
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
}
