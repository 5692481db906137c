// Hours outside the event flow: self-reported service approved by an organisation (it becomes a
// verified participation, so every total counts it), and corrections of recorded minutes whose
// rows are the history of every change.
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { changeable, lockToChange, mayPlace, ownVolunteerId, refusal } from '../../auth/write-policy';
import { conflict, fieldError, forbidden, Problems } from '../../common/errors';
import { invalidState } from '../../common/state-machine';
import { isoDate } from '../../common/dates';
import { whereBetween, whereEquals, whereInRegionSubtree } from '../../common/filters';
import { dbId } from '../../common/node';
import { paginate, sortOf, type PageArgs } from '../../common/pagination';
import { checkVersion, createOnce } from '../../common/write';
import { scopedQuery } from '../../context/scoped-query';
import { AuditService } from '../audit/audit.service';
import { notify, NotificationKind } from '../notification';
import { Organisation } from '../organisation/organisation.entity';
import { Region } from '../region/region.entity';
import { ServiceType } from '../service-type/service-type.entity';
import { Volunteer, VolunteerStatus } from '../volunteer/volunteer.entity';
import { EventOrigin } from '../service-event/service-event.entity';
import { Participation, ParticipationStatus } from '../service-event/participation.entity';
import { localToday, lockParticipation, regionPath } from '../service-event/event-rules';
import { recordOneOffService } from '../service-event/one-off-service';
import { HourCorrection, ReviewStatus } from './hour-correction.entity';
import { HourReport } from './hour-report.entity';
import type {
  HourCorrectionFilter,
  HourCorrectionRequestInput,
  HourReportFilter,
  ReportHoursInput,
} from './hours.inputs';
import {
  hourCorrectionOrderKeys,
  hourReportOrderKeys,
  type HourCorrectionOrder,
  type HourReportOrder,
} from './hours.inputs';

/** Self-reported service is recorded as starting at 09:00 local time on the day. */
const REPORTED_START_HOUR = 9;

const notPending = (status: string) => invalidState(status, 'id');
const resolution = (approve: boolean, note: string | null | undefined) => {
  const text = note?.trim() || null;
  if (!approve && !text) throw fieldError('note', 'reasonRequired');
  return text;
};

export class HoursService {
  private readonly audit = new AuditService();

  async report(ctx: Context, input: ReportHoursInput): Promise<HourReport> {
    const volunteerId = ownVolunteerId(ctx);
    if (!volunteerId) throw forbidden();
    const p = new Problems();
    const organisationId = dbId(input.organisationId, 'Organisation', 'input.organisationId');
    const serviceTypeId = dbId(input.serviceTypeId, 'ServiceType', 'input.serviceTypeId');
    const regionId = dbId(input.regionId, 'Region', 'input.regionId');
    const m = ctx.db.manager;
    p.check(!(await m.existsBy(Organisation, { id: organisationId })), 'input.organisationId', 'notFound');
    p.check(!(await m.existsBy(ServiceType, { id: serviceTypeId })), 'input.serviceTypeId', 'notFound');
    p.check(!(await m.existsBy(Region, { id: regionId })), 'input.regionId', 'notFound');
    const servedOn = this.date(input.servedOn);
    if (!p.check(!servedOn, 'input.servedOn', 'dateInvalid'))
      p.check(servedOn! > localToday(ctx.now()), 'input.servedOn', 'dateInFuture');
    const description = input.description.trim();
    p.check(!description, 'input.description', 'required');
    p.throwIfAny();
    const volunteer = await m.findOneBy(Volunteer, { id: volunteerId });
    if (volunteer?.status !== VolunteerStatus.ACTIVE) throw forbidden('volunteerNotActive');

    const { idempotencyKey, ...fingerprint } = input;
    return createOnce(ctx, 'reportHours', idempotencyKey, fingerprint, HourReport, async (tx) => {
      const report = await tx.save(
        tx.create(HourReport, {
          volunteerId,
          organisationId,
          serviceTypeId,
          regionId,
          servedOn: servedOn!,
          minutes: input.minutes,
          personTimesServed: input.personTimesServed,
          description,
          status: ReviewStatus.PENDING,
        }),
      );
      await this.audit.write(ctx, tx, {
        action: 'REPORT_HOURS',
        recordType: 'HourReport',
        recordId: report.id,
        regionId,
        after: {
          volunteerId,
          organisationId,
          serviceTypeId,
          servedOn,
          minutes: input.minutes,
          personTimesServed: input.personTimesServed,
        },
      });
      return tx.findOneByOrFail(HourReport, { id: report.id });
    });
  }

  /** PENDING → APPROVED (a closed one-person event with a completed, verified participation) or REJECTED with a note. */
  async review(
    ctx: Context,
    reportGlobalId: string,
    version: number,
    approve: boolean,
    note?: string | null,
  ): Promise<HourReport> {
    const text = resolution(approve, note);
    const id = dbId(reportGlobalId, 'HourReport', 'id');
    return ctx.db.transaction(async (m) => {
      const report = await lockToChange(ctx, m, HourReport, id, Permission.MANAGE_EVENTS);
      // The named organisation's admins approve, or the hub and the region's admins; not a volunteer's other organisations.
      const at = { organisationId: report.organisationId, regionPath: await regionPath(m, report.regionId) };
      if (!mayPlace(ctx, Permission.MANAGE_EVENTS, at)) throw forbidden();
      checkVersion(report, version);
      if (report.status !== ReviewStatus.PENDING) throw notPending(report.status);
      const now = ctx.now();
      // The approved report as a closed one-person event at 09:00 local, with its verified participation.
      const participationId = approve
        ? await recordOneOffService(ctx, m, {
            origin: EventOrigin.HOUR_REPORT,
            title: report.description,
            servedOn: report.servedOn,
            startHour: REPORTED_START_HOUR,
            minutes: report.minutes,
            serviceTypeId: report.serviceTypeId,
            organisationId: report.organisationId,
            regionId: report.regionId,
            volunteerId: report.volunteerId,
            personTimesServed: report.personTimesServed,
          })
        : null;
      const status = approve ? ReviewStatus.APPROVED : ReviewStatus.REJECTED;
      await m.update(
        HourReport,
        { id },
        { status, resolvedById: ctx.viewer!.accountId, resolvedAt: now, resolutionNote: text, participationId },
      );
      await this.audit.write(ctx, m, {
        action: approve ? 'APPROVE_HOUR_REPORT' : 'REJECT_HOUR_REPORT',
        recordType: 'HourReport',
        recordId: id,
        regionId: report.regionId,
        reason: text,
        before: { status: report.status },
        after: { status, participationId, minutes: report.minutes },
      });
      await notify(m, { volunteerId: report.volunteerId }, NotificationKind.HOUR_REPORT_DECIDED, {
        approved: approve ? 1 : 0,
        minutes: report.minutes,
        date: report.servedOn,
        note: text,
      });
      return m.findOneByOrFail(HourReport, { id });
    });
  }

  /** A volunteer asks to change the minutes of one of their completed participations; one pending request at a time. */
  async requestCorrection(ctx: Context, input: HourCorrectionRequestInput): Promise<HourCorrection> {
    if (!ownVolunteerId(ctx)) throw forbidden();
    const reason = input.reason.trim();
    if (!reason) throw fieldError('input.reason', 'reasonRequired');
    const participationId = dbId(input.participationId, 'Participation', 'input.participationId');
    const { idempotencyKey, ...fingerprint } = input;
    return createOnce(ctx, 'requestHourCorrection', idempotencyKey, fingerprint, HourCorrection, async (m) => {
      // The row scope of VOLUNTEER_SELF_SERVICE is the volunteer's own participations only.
      const { event, participation: p } = await lockParticipation(
        ctx,
        m,
        participationId,
        Permission.VOLUNTEER_SELF_SERVICE,
      );
      if (p.status !== ParticipationStatus.COMPLETED) throw invalidState(p.status, 'input.participationId');
      if (input.requestedMinutes === p.minutes) throw fieldError('input.requestedMinutes', 'correctionUnchanged');
      if (await m.existsBy(HourCorrection, { participationId, status: ReviewStatus.PENDING })) {
        throw conflict('correctionPending', {}, { field: 'input.participationId' });
      }
      const correction = await m.save(
        m.create(HourCorrection, {
          participationId,
          volunteerId: p.volunteerId,
          previousMinutes: p.minutes,
          requestedMinutes: input.requestedMinutes,
          reason,
          status: ReviewStatus.PENDING,
        }),
      );
      await this.audit.write(ctx, m, {
        action: 'REQUEST_HOUR_CORRECTION',
        recordType: 'HourCorrection',
        recordId: correction.id,
        regionId: event.regionId,
        reason,
        after: { participationId, previousMinutes: p.minutes, requestedMinutes: input.requestedMinutes },
      });
      return m.findOneByOrFail(HourCorrection, { id: correction.id });
    });
  }

  /** Whoever runs the event decides; approval changes the credited minutes and keeps the verification. */
  async resolveCorrection(
    ctx: Context,
    correctionGlobalId: string,
    version: number,
    approve: boolean,
    note?: string | null,
  ): Promise<HourCorrection> {
    const text = resolution(approve, note);
    const id = dbId(correctionGlobalId, 'HourCorrection', 'id');
    return ctx.db.transaction(async (m) => {
      const found = await changeable(ctx, m, HourCorrection, 'c', Permission.MANAGE_EVENTS)
        .andWhere('c.id = :id', { id })
        .getOne();
      if (!found) throw await refusal(ctx, m, HourCorrection, id);
      // The event and the participation first (the common lock order), then the correction itself.
      const { event, participation } = await lockParticipation(ctx, m, found.participationId, Permission.MANAGE_EVENTS);
      const correction = await lockToChange(ctx, m, HourCorrection, id, Permission.MANAGE_EVENTS, version);
      if (correction.status !== ReviewStatus.PENDING) throw notPending(correction.status);
      const status = approve ? ReviewStatus.APPROVED : ReviewStatus.REJECTED;
      if (approve) await m.update(Participation, { id: participation.id }, { minutes: correction.requestedMinutes });
      await m.update(
        HourCorrection,
        { id },
        { status, resolvedById: ctx.viewer!.accountId, resolvedAt: ctx.now(), resolutionNote: text },
      );
      await this.audit.write(ctx, m, {
        action: approve ? 'APPROVE_HOUR_CORRECTION' : 'REJECT_HOUR_CORRECTION',
        recordType: 'HourCorrection',
        recordId: id,
        regionId: event.regionId,
        reason: text,
        before: { minutes: participation.minutes },
        after: { status, minutes: approve ? correction.requestedMinutes : participation.minutes },
      });
      await notify(m, { volunteerId: correction.volunteerId }, NotificationKind.HOUR_CORRECTION_DECIDED, {
        approved: approve ? 1 : 0,
        event: event.title,
        from: correction.previousMinutes,
        to: correction.requestedMinutes,
        note: text,
      });
      return m.findOneByOrFail(HourCorrection, { id });
    });
  }

  listReports(ctx: Context, f: HourReportFilter, page: PageArgs, orderBy?: HourReportOrder) {
    const qb = scopedQuery(ctx, HourReport, 'r');
    whereEquals(qb, 'r.volunteerId', f.volunteerId && dbId(f.volunteerId, 'Volunteer', 'filter.volunteerId'));
    whereEquals(
      qb,
      'r.organisationId',
      f.organisationId && dbId(f.organisationId, 'Organisation', 'filter.organisationId'),
    );
    whereInRegionSubtree(qb, 'r.regionId', f.regionId && dbId(f.regionId, 'Region', 'filter.regionId'));
    if (f.statuses?.length) qb.andWhere('r.status IN (:...statuses)', { statuses: f.statuses });
    whereBetween(qb, 'r.servedOn', isoDate(f.from, 'filter.from'), isoDate(f.to, 'filter.to'));
    return paginate(qb, page, sortOf(hourReportOrderKeys, orderBy));
  }

  listCorrections(ctx: Context, f: HourCorrectionFilter, page: PageArgs, orderBy?: HourCorrectionOrder) {
    const qb = scopedQuery(ctx, HourCorrection, 'c');
    whereEquals(qb, 'c.volunteerId', f.volunteerId && dbId(f.volunteerId, 'Volunteer', 'filter.volunteerId'));
    whereEquals(
      qb,
      'c.participationId',
      f.participationId && dbId(f.participationId, 'Participation', 'filter.participationId'),
    );
    if (f.eventId) {
      qb.andWhere('c.participationId IN (SELECT ce.id FROM participation ce WHERE ce.event_id = :eventId)', {
        eventId: dbId(f.eventId, 'ServiceEvent', 'filter.eventId'),
      });
    }
    if (f.statuses?.length) qb.andWhere('c.status IN (:...statuses)', { statuses: f.statuses });
    return paginate(qb, page, sortOf(hourCorrectionOrderKeys, orderBy));
  }

  private date(value: string): string | null {
    try {
      return isoDate(value, 'input.servedOn') ?? null;
    } catch {
      return null;
    }
  }
}
