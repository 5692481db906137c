// The pairing owner's word on a logged visit: confirmed, it is the volunteer's service time (a
// verified participation, counted in hours, stars and the dashboard); declined, it stays a note.
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { lockToChange, reference } from '../../auth/write-policy';
import { fieldError } from '../../common/errors';
import { dbId } from '../../common/node';
import { assertTransition, type Transitions } from '../../common/state-machine';
import { checkVersion } from '../../common/write';
import { AuditService } from '../audit/audit.service';
import { recordOneOffService } from '../service-event/one-off-service';
import { EventOrigin } from '../service-event/service-event.entity';
import { ServiceType } from '../service-type/service-type.entity';
import { Pairing } from './pairing.entity';
import { PairingVisit, VisitReview } from './pairing-visit.entity';
import { helpedRegionOf } from './pairing.service';

/** A visit is reviewed once; the answer then stands. */
export const VISIT_REVIEW_TRANSITIONS: Transitions<VisitReview> = {
  [VisitReview.PENDING]: [VisitReview.CONFIRMED, VisitReview.DECLINED],
  [VisitReview.CONFIRMED]: [],
  [VisitReview.DECLINED]: [],
};

/** Visits are recorded as starting at 10:00 local time on the day. */
const VISIT_START_HOUR = 10;

export class PairingVisitReviewService {
  private readonly audit = new AuditService();

  /**
   * PENDING → CONFIRMED by whoever may change the pairing (its owners' admins, the federation in
   * scope). The service type is the one given, else the helped person's first recorded need.
   * Confirming a confirmed visit again returns it unchanged.
   */
  confirm(ctx: Context, globalId: string, version: number, serviceTypeGlobalId?: string | null) {
    const id = dbId(globalId, 'PairingVisit', 'id');
    const givenType = serviceTypeGlobalId ? dbId(serviceTypeGlobalId, 'ServiceType', 'serviceTypeId') : null;
    return ctx.db.transaction(async (m) => {
      const { visit, pairing } = await this.lock(ctx, m, id);
      if (visit.review === VisitReview.CONFIRMED) return visit;
      assertTransition(VISIT_REVIEW_TRANSITIONS, visit.review, VisitReview.CONFIRMED, 'id');
      checkVersion(visit, version);
      if (!pairing.volunteerId) throw fieldError('id', 'visitWithoutVolunteer');
      // An open directory: any service type may be named, no row scope needed.
      const serviceTypeId = givenType
        ? (await reference(ctx, ServiceType, givenType, 'serviceTypeId')).id
        : await this.firstNeed(m, pairing);
      if (!serviceTypeId) throw fieldError('serviceTypeId', 'required');
      const regionId = await helpedRegionOf(m, pairing);
      const participationId = await recordOneOffService(ctx, m, {
        origin: EventOrigin.PAIRING_VISIT,
        title: '结对走访',
        servedOn: visit.visitedOn,
        startHour: VISIT_START_HOUR,
        minutes: visit.minutes,
        serviceTypeId,
        organisationId: pairing.ownerAId,
        regionId: regionId!,
        volunteerId: pairing.volunteerId,
        personTimesServed: 1,
      });
      const changes = {
        review: VisitReview.CONFIRMED,
        reviewedAt: ctx.now(),
        reviewedById: ctx.viewer!.accountId,
        participationId,
      };
      await m.update(PairingVisit, { id }, changes);
      await this.audit.write(ctx, m, {
        action: 'CONFIRM_PAIRING_VISIT',
        recordType: 'PairingVisit',
        recordId: id,
        regionId,
        before: { review: visit.review },
        after: { review: changes.review, participationId, minutes: visit.minutes, serviceTypeId },
      });
      return m.findOneByOrFail(PairingVisit, { id });
    });
  }

  /** PENDING → DECLINED with a reason; declining a declined visit again returns it unchanged. */
  decline(ctx: Context, globalId: string, version: number, reason: string) {
    const why = reason.trim();
    if (!why) throw fieldError('reason', 'reasonRequired');
    const id = dbId(globalId, 'PairingVisit', 'id');
    return ctx.db.transaction(async (m) => {
      const { visit, pairing } = await this.lock(ctx, m, id);
      if (visit.review === VisitReview.DECLINED) return visit;
      assertTransition(VISIT_REVIEW_TRANSITIONS, visit.review, VisitReview.DECLINED, 'id');
      checkVersion(visit, version);
      const changes = {
        review: VisitReview.DECLINED,
        reviewedAt: ctx.now(),
        reviewedById: ctx.viewer!.accountId,
        reviewNote: why,
      };
      await m.update(PairingVisit, { id }, changes);
      await this.audit.write(ctx, m, {
        action: 'DECLINE_PAIRING_VISIT',
        recordType: 'PairingVisit',
        recordId: id,
        regionId: await helpedRegionOf(m, pairing),
        reason: why,
        before: { review: visit.review },
        after: { review: changes.review },
      });
      return m.findOneByOrFail(PairingVisit, { id });
    });
  }

  /** The visit, locked, if the viewer may change its pairing (NOT_FOUND outside its read scope). */
  private async lock(ctx: Context, m: EntityManager, id: string) {
    const visit = await lockToChange(ctx, m, PairingVisit, id, Permission.MANAGE_PAIRINGS);
    const pairing = await m.findOneByOrFail(Pairing, { id: visit.pairingId });
    return { visit, pairing };
  }

  /** The helped person's (or household's members') first recorded need. */
  private async firstNeed(m: EntityManager, p: Pairing): Promise<string | null> {
    const [row] = await m.query<Array<{ id: string }>>(
      `SELECT b.need_service_type_ids[1]::text AS id FROM beneficiary b
        WHERE (b.id = $1 OR b.household_id = $2) AND cardinality(b.need_service_type_ids) > 0
        ORDER BY b.id LIMIT 1`,
      [p.beneficiaryId, p.householdId],
    );
    return row?.id ?? null;
  }
}
