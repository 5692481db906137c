// Reads of one-to-one pairings and their visit logs.
import { scopedQuery } from '../../context/scoped-query';
import type { Context } from '../../context/context';
import { paginate, type PageArgs } from '../../common/pagination';
import { whereBetween, whereEquals } from '../../common/filters';
import { dbId } from '../../common/node';
import { isoDate } from '../../common/dates';
import { Pairing, PairingStatus } from './pairing.entity';
import type { PairingFilter } from './pairing.inputs';

const DAY_MS = 86_400_000;

/**
 * An active pairing is overdue when its last visit (or, before any visit, its start) lies more than
 * `days` before `now`. The twin of OVERDUE_SQL, for a single row already loaded.
 */
export function isOverdue(p: Pick<Pairing, 'status' | 'lastVisitAt' | 'startedOn'>, now: Date, days: number): boolean {
  if (p.status !== PairingStatus.ACTIVE) return false;
  const last = p.lastVisitAt ? p.lastVisitAt.getTime() : p.startedOn ? Date.parse(`${p.startedOn}T00:00:00Z`) : null;
  return last !== null && last < now.getTime() - days * DAY_MS;
}

/** The same rule in SQL over alias `p`; the clock and the setting are parameters, never the database's now(). */
const OVERDUE_SQL = `p.status = :active AND COALESCE(p.last_visit_at, p.started_on::timestamptz) < :overdueNow::timestamptz - make_interval(days => :overdueDays)`;

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
      qb.andWhere(f.overdue ? OVERDUE_SQL : `NOT COALESCE((${OVERDUE_SQL}), FALSE)`, {
        active: PairingStatus.ACTIVE,
        overdueNow: ctx.now().toISOString(),
        overdueDays: ctx.settings.pairingOverdueDays,
      });
    }
    whereBetween(
      qb,
      'p.startedOn',
      isoDate(f.startedFrom, 'filter.startedFrom'),
      isoDate(f.startedTo, 'filter.startedTo'),
    );
    return paginate(qb, page);
  }
}
