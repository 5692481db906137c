// One-to-one pairings: reads within scope, and their life: proposed by the helping side, accepted by the
// helped side's organisation, paused, resumed and ended with a reason. Each change is one transaction with its audit entry.
import type { EntityManager } from 'typeorm';
import { scopedQuery } from '../../context/scoped-query';
import type { Context } from '../../context/context';
import { paginate, type PageArgs } from '../../common/pagination';
import { whereBetween, whereEquals } from '../../common/filters';
import { dbId, toGlobalId } from '../../common/node';
import { isoDate, cityDate } from '../../common/dates';
import { Permission } from '../../auth/permissions';
import { lockToChange, mayPlace } from '../../auth/write-policy';
import { conflict, fieldError, forbidden, Problems } from '../../common/errors';
import { assertTransition, invalidState } from '../../common/state-machine';
import { createOnce } from '../../common/write';
import { AuditService } from '../audit/audit.service';
import { notify, NotificationKind } from '../notification';
import { organisationAdmins, organisationName, pairingParties } from '../notification/recipients';
import { Pairing, PAIRING_TRANSITIONS, PairingStatus, PairingKind } from './pairing.entity';
import type { PairingFilter, ProposePairingInput } from './pairing.inputs';
import { resolvePairingParties, type PairingDraft } from './pairing-parties';
import type { AuditAction } from '../audit/audit-actions';

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

const invalidTransition = (status: PairingStatus) => invalidState(status, 'status');

/** What identifies "the same pairing": a second one of those while the first has not ended is a mistake. */
function partiesOf(
  d: Pick<PairingDraft, 'kind' | 'volunteerId' | 'beneficiaryId' | 'householdId' | 'institutionId' | 'ownerAId'>,
) {
  switch (d.kind) {
    case PairingKind.VOLUNTEER_BENEFICIARY:
      return { kind: d.kind, volunteerId: d.volunteerId, beneficiaryId: d.beneficiaryId };
    case PairingKind.CADRE_HOUSEHOLD:
      return { kind: d.kind, volunteerId: d.volunteerId, householdId: d.householdId };
    default:
      return { kind: d.kind, ownerAId: d.ownerAId, institutionId: d.institutionId };
  }
}

interface Change {
  from: PairingStatus[];
  to: PairingStatus;
  action: AuditAction;
  reason?: string | null;
  set?: (today: string) => Partial<Pairing>;
  /** Runs in the transaction after the change (who hears of it). */
  then?: (m: EntityManager, p: Pairing) => Promise<void>;
}

/** The region of the helped side, which audit entries are filed under (region admins read them). */
export async function helpedRegionOf(m: EntityManager, p: Pairing): Promise<string | null> {
  const [row] = await m.query<Array<{ id: string | null }>>(
    `SELECT COALESCE((SELECT region_id FROM beneficiary WHERE id = $1), (SELECT region_id FROM household WHERE id = $2),
       (SELECT region_id FROM organisation WHERE id = $3))::text AS id`,
    [p.beneficiaryId, p.householdId, p.institutionId],
  );
  return row?.id ?? null;
}

export class PairingService {
  private readonly audit = new AuditService();

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

  async propose(ctx: Context, input: ProposePairingInput): Promise<Pairing> {
    const p = new Problems();
    const draft = await resolvePairingParties(ctx, input, p);
    p.throwIfAny();
    const { regionId, counterpartRefused, ...row } = draft!;
    const { idempotencyKey, ...fingerprint } = input;
    return createOnce(ctx, 'proposePairing', idempotencyKey, fingerprint, Pairing, async (m) => {
      if (counterpartRefused) throw fieldError('counterpartOrganisationId', 'pairingPartiesInvalid');
      const parties = partiesOf(row);
      // Two proposals for the same parties at once: the second waits for the first, then sees it.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`pairing:${JSON.stringify(parties)}`]);
      const open = await m
        .getRepository(Pairing)
        .createQueryBuilder('x')
        .where(parties)
        .andWhere('x.status <> :ended', { ended: PairingStatus.ENDED })
        .getExists();
      if (open)
        throw conflict(
          'pairingExists',
          {},
          { field: input.kind === PairingKind.ORGANISATION_INSTITUTION ? 'institutionId' : 'volunteerId' },
        );
      const pairing = await m.save(m.create(Pairing, { ...row, status: PairingStatus.PROPOSED }));
      await this.audit.write(ctx, m, {
        action: 'PROPOSE_PAIRING',
        recordType: 'Pairing',
        recordId: pairing.id,
        after: row,
        regionId,
      });
      // The helped side's admins must confirm it.
      const payload = {
        proposer: await organisationName(m, pairing.ownerAId),
        parties: await pairingParties(m, pairing.id),
        pairingId: toGlobalId('Pairing', pairing.id),
      };
      for (const account of await organisationAdmins(m, pairing.ownerBId))
        await notify(m, account, NotificationKind.PAIRING_PROPOSED, payload);
      return pairing;
    });
  }

  /** Only the helped side's organisation (or a hub or region admin whose scope covers it) accepts. */
  accept(ctx: Context, id: string, version: number): Promise<Pairing> {
    return this.change(
      ctx,
      id,
      version,
      {
        from: [PairingStatus.PROPOSED],
        to: PairingStatus.ACTIVE,
        action: 'ACCEPT_PAIRING',
        set: (today) => ({ startedOn: today }),
        then: (m, accepted) => tellAccepted(m, accepted),
      },
      async (m, pairing) => {
        const [owner] = await m.query<Array<{ path: string }>>(
          `SELECT r.path FROM organisation o JOIN region r ON r.id = o.region_id WHERE o.id = $1`,
          [pairing.ownerBId],
        );
        if (!mayPlace(ctx, Permission.MANAGE_PAIRINGS, { organisationId: pairing.ownerBId, regionPath: owner?.path }))
          throw forbidden('wrongSide');
      },
    );
  }

  pause(ctx: Context, id: string, version: number, reason?: string | null): Promise<Pairing> {
    return this.change(ctx, id, version, {
      from: [PairingStatus.ACTIVE],
      to: PairingStatus.PAUSED,
      action: 'PAUSE_PAIRING',
      reason,
    });
  }

  resume(ctx: Context, id: string, version: number): Promise<Pairing> {
    return this.change(ctx, id, version, {
      from: [PairingStatus.PAUSED],
      to: PairingStatus.ACTIVE,
      action: 'RESUME_PAIRING',
    });
  }

  /** Ending a proposal withdraws or declines it; ending an active or paused pairing closes it. Either needs a reason. */
  end(ctx: Context, id: string, version: number, reason: string): Promise<Pairing> {
    const why = reason.trim();
    if (!why) throw fieldError('reason', 'reasonRequired');
    return this.change(ctx, id, version, {
      from: [PairingStatus.PROPOSED, PairingStatus.ACTIVE, PairingStatus.PAUSED],
      to: PairingStatus.ENDED,
      action: 'END_PAIRING',
      reason: why,
      set: (today) => ({ endedOn: today, endReason: why }),
    });
  }

  /** Locks the pairing in the viewer's write scope at the version read, checks the step, writes it and its audit entry. */
  private change(
    ctx: Context,
    globalId: string,
    version: number,
    c: Change,
    authorise?: (m: EntityManager, p: Pairing) => Promise<void>,
  ): Promise<Pairing> {
    const id = dbId(globalId, 'Pairing', 'id');
    const reason = c.reason?.trim() || null;
    return ctx.db.transaction(async (m) => {
      const pairing = await lockToChange(ctx, m, Pairing, id, Permission.MANAGE_PAIRINGS, version);
      await authorise?.(m, pairing);
      // The lifecycle table first; then the operation's own starting points (accept only a proposal).
      assertTransition(PAIRING_TRANSITIONS, pairing.status, c.to);
      if (!c.from.includes(pairing.status)) throw invalidTransition(pairing.status);
      const changes = { status: c.to, ...c.set?.(cityDate(ctx.now())) };
      await m.update(Pairing, { id }, changes);
      const before = Object.fromEntries(Object.keys(changes).map((k) => [k, pairing[k as keyof Pairing]]));
      await this.audit.write(ctx, m, {
        action: c.action,
        recordType: 'Pairing',
        recordId: id,
        before,
        after: changes,
        reason,
        regionId: await helpedRegionOf(m, pairing),
      });
      const changed = await m.findOneByOrFail(Pairing, { id });
      await c.then?.(m, changed);
      return changed;
    });
  }
}

/** The helping side's admins and its volunteer hear that the pairing runs. */
async function tellAccepted(m: EntityManager, p: Pairing): Promise<void> {
  const payload = {
    acceptedBy: await organisationName(m, p.ownerBId),
    parties: await pairingParties(m, p.id),
    startedOn: p.startedOn,
    pairingId: toGlobalId('Pairing', p.id),
  };
  for (const account of await organisationAdmins(m, p.ownerAId))
    await notify(m, account, NotificationKind.PAIRING_ACCEPTED, payload);
  if (p.volunteerId) await notify(m, { volunteerId: p.volunteerId }, NotificationKind.PAIRING_ACCEPTED, payload);
}
