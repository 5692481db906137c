// Logging visits of an active pairing, with a donation handed over on the way if there was one.
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { lockToChange } from '../../auth/write-policy';
import { fieldError, Problems } from '../../common/errors';
import { invalidState } from '../../common/state-machine';
import { cityDate, cityNoon, isoDate } from '../../common/dates';
import { dbId } from '../../common/node';
import { createOnce } from '../../common/write';
import { AuditService } from '../audit/audit.service';
import { Donation, DonationKind } from '../donation/donation.entity';
import { Volunteer } from '../volunteer/volunteer.entity';
import { Pairing, PairingStatus } from './pairing.entity';
import { PairingVisit } from './pairing-visit.entity';
import type { LoggedVisit, LogPairingVisitInput, VisitDonationInput } from './pairing.inputs';
import { helpedRegionOf } from './pairing.service';

/** Checks a visit's donation: cash is an amount in fen and nothing else; in kind is an item with a quantity. */
function checkDonation(d: VisitDonationInput, p: Problems) {
  const item = d.item?.trim() || null;
  if (d.kind === DonationKind.CASH) {
    p.check(!d.amountFen, 'donation.amountFen', 'required');
    p.check(!!item, 'donation.item', 'notWithKind');
  } else {
    p.check(!item, 'donation.item', 'required');
    p.check(!d.quantity, 'donation.quantity', 'required');
    p.check(!!d.amountFen, 'donation.amountFen', 'notWithKind');
  }
}

export class PairingVisitService {
  private readonly audit = new AuditService();

  /** The pairing's own volunteer, or a manager whose scope covers the pairing (LOG_VISITS write scope). */
  async log(ctx: Context, input: LogPairingVisitInput): Promise<LoggedVisit> {
    const pairingId = dbId(input.pairingId, 'Pairing', 'pairingId');
    const p = new Problems();
    let visitedOn: string | undefined;
    try {
      visitedOn = isoDate(input.visitedOn, 'visitedOn');
    } catch {
      p.add('visitedOn', 'dateInvalid');
    }
    p.check(!!visitedOn && visitedOn > cityDate(ctx.now()), 'visitedOn', 'dateInFuture');
    if (input.donation) checkDonation(input.donation, p);
    p.throwIfAny();

    const { idempotencyKey, ...fingerprint } = input;
    const visit = await createOnce(ctx, 'logPairingVisit', idempotencyKey, fingerprint, PairingVisit, async (m) => {
      const pairing = await lockToChange(ctx, m, Pairing, pairingId, Permission.LOG_VISITS);
      if (pairing.status !== PairingStatus.ACTIVE) throw invalidState(pairing.status, 'pairingId');
      if (pairing.startedOn && visitedOn! < pairing.startedOn)
        throw fieldError('visitedOn', 'visitBeforeStart', { startedOn: pairing.startedOn });
      const row = await m.save(
        m.create(PairingVisit, {
          pairingId,
          visitedOn: visitedOn!,
          minutes: input.minutes,
          mode: input.mode,
          notes: input.notes.trim(),
        }),
      );
      // lastVisitAt caches the visits for the overdue filter; it is not an edit of the pairing, so the
      // version clients hold stays valid. Noon keeps the visit's date the same in UTC and in the city.
      await m.query(`UPDATE pairing SET last_visit_at = GREATEST(last_visit_at, $2::timestamptz) WHERE id = $1`, [
        pairingId,
        cityNoon(visitedOn!),
      ]);
      let donation: Donation | null = null;
      if (input.donation) {
        const d = input.donation;
        const volunteer = pairing.volunteerId ? await m.findOneBy(Volunteer, { id: pairing.volunteerId }) : null;
        if (d.personal && !volunteer) throw fieldError('donation.personal', 'donorRequired');
        donation = await m.save(
          m.create(Donation, {
            kind: d.kind,
            amountFen: d.kind === DonationKind.CASH ? String(d.amountFen) : null,
            item: d.kind === DonationKind.IN_KIND ? d.item!.trim() : null,
            quantity: d.kind === DonationKind.IN_KIND ? d.quantity! : null,
            unit: d.kind === DonationKind.IN_KIND ? d.unit?.trim() || null : null,
            donatedOn: visitedOn!,
            // As the federation records the cadres' gifts: the organisation gives, the volunteer hands it over.
            donorOrganisationId: d.personal ? null : pairing.ownerAId,
            donorName: volunteer?.realName ?? null,
            pairingId,
            visitId: row.id,
            beneficiaryId: pairing.beneficiaryId,
            householdId: pairing.householdId,
          }),
        );
      }
      await this.audit.write(ctx, m, {
        action: 'LOG_PAIRING_VISIT',
        recordType: 'PairingVisit',
        recordId: row.id,
        after: {
          pairingId,
          visitedOn,
          minutes: input.minutes,
          mode: input.mode,
          donationId: donation?.id ?? null,
          donation: input.donation ?? null,
        },
        regionId: await helpedRegionOf(m, pairing),
      });
      return row;
    });
    // A retry returns the first visit: read its pairing and donation afresh rather than from this attempt.
    const [pairing, donation] = await Promise.all([
      ctx.db.getRepository(Pairing).findOneByOrFail({ id: visit.pairingId }),
      ctx.db.getRepository(Donation).findOneBy({ visitId: visit.id }),
    ]);
    return { visit, pairing, donation };
  }
}
