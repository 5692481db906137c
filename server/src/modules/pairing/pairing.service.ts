// Reads of one-to-one pairings and their visit logs.
import { scopedQuery } from '../../context/scoped-query';
import type { Context } from '../../context/context';
import { paginate, type PageArgs } from '../../common/pagination';
import { whereBetween, whereEquals } from '../../common/filters';
import { dbId } from '../../common/node';
import { isoDate } from '../../common/dates';
import { Pairing, PairingStatus } from './pairing.entity';
import type { PairingFilter } from './pairing.inputs';

/** Days without a visit after which an active pairing is overdue (the access/work issues make it configurable). */
export const OVERDUE_DAYS = 60;

export class PairingService {
  list(ctx: Context, f: PairingFilter = {}, page: PageArgs) {
    const qb = scopedQuery(ctx, Pairing, 'p');
    if (f.kinds?.length) qb.andWhere('p.kind IN (:...kinds)', { kinds: f.kinds });
    if (f.statuses?.length) qb.andWhere('p.status IN (:...statuses)', { statuses: f.statuses });
    if (f.organisationId) {
      qb.andWhere('(p.ownerAId = :ownerOrg OR p.ownerBId = :ownerOrg)', {
        ownerOrg: dbId(f.organisationId, 'Organisation', 'filter.organisationId'),
      });
    }
    whereEquals(qb, 'p.volunteerId', f.volunteerId && dbId(f.volunteerId, 'Volunteer', 'filter.volunteerId'));
    whereEquals(qb, 'p.beneficiaryId', f.beneficiaryId && dbId(f.beneficiaryId, 'Beneficiary', 'filter.beneficiaryId'));
    if (f.regionId) {
      qb.andWhere(
        `(p.beneficiary_id IN (SELECT b.id FROM beneficiary b JOIN region r ON r.id = b.region_id WHERE r.path LIKE (SELECT path FROM region WHERE id = :pairRegion) || '%')
          OR p.household_id IN (SELECT h.id FROM household h JOIN region r ON r.id = h.region_id WHERE r.path LIKE (SELECT path FROM region WHERE id = :pairRegion) || '%'))`,
        { pairRegion: dbId(f.regionId, 'Region', 'filter.regionId') },
      );
    }
    if (f.overdue !== undefined && f.overdue !== null) {
      const overdue = `p.status = :active AND COALESCE(p.last_visit_at, p.started_on::timestamptz) < now() - make_interval(days => :overdueDays)`;
      qb.andWhere(f.overdue ? overdue : `NOT (${overdue})`, { active: PairingStatus.ACTIVE, overdueDays: OVERDUE_DAYS });
    }
    whereBetween(qb, 'p.startedOn', isoDate(f.startedFrom, 'filter.startedFrom'), isoDate(f.startedTo, 'filter.startedTo'));
    return paginate(qb, page);
  }
}
