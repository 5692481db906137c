// Training for registered volunteers: sessions scheduled by organisations or regions, enrolment, and
// attendance recorded after the session. Each write is one transaction with its audit entry.
import { scopedQuery } from '../../context/scoped-query';
import type { Context } from '../../context/context';
import { paginate, type PageArgs } from '../../common/pagination';
import { whereBetween, whereEquals, whereInRegionSubtree, whereSearch } from '../../common/filters';
import { dbId, toGlobalId } from '../../common/node';
import { isoDate, cityDate } from '../../common/dates';
import { Permission, Role } from '../../auth/permissions';
import { lockToChange, mayPlace, ownOrganisationId, rolesFor } from '../../auth/write-policy';
import { fieldError, Problems } from '../../common/errors';
import { createOnce } from '../../common/write';
import { AuditService } from '../audit/audit.service';
import { Organisation } from '../organisation/organisation.entity';
import { Region } from '../region/region.entity';
import { Volunteer, VolunteerStatus } from '../volunteer/volunteer.entity';
import { TrainingSession } from './training-session.entity';
import type { TrainingSessionFilter, ScheduleTrainingSessionInput, TrainingEnrolment } from './training.inputs';
import { TrainingAttendance } from './training-attendance.entity';

/** Global ids of a list argument as database ids, each error naming its position. */
const idsOf = (globalIds: string[], field: string) => globalIds.map((g, i) => dbId(g, 'Volunteer', `${field}[${i}]`));

export class TrainingService {
  private readonly audit = new AuditService();

  list(ctx: Context, f: TrainingSessionFilter = {}, page: PageArgs) {
    const qb = scopedQuery(ctx, TrainingSession, 's');
    whereInRegionSubtree(qb, 's.regionId', f.regionId && dbId(f.regionId, 'Region', 'filter.regionId'));
    whereEquals(
      qb,
      's.organisationId',
      f.organisationId && dbId(f.organisationId, 'Organisation', 'filter.organisationId'),
    );
    whereBetween(qb, 's.heldOn', isoDate(f.from, 'filter.from'), isoDate(f.to, 'filter.to'));
    whereSearch(qb, 's.title', f.search);
    return paginate(qb, page);
  }

  async schedule(ctx: Context, input: ScheduleTrainingSessionInput): Promise<TrainingSession> {
    const p = new Problems();
    const title = input.title.trim();
    p.check(!title, 'title', 'required');
    let heldOn: string | undefined;
    try {
      heldOn = isoDate(input.heldOn, 'heldOn');
    } catch {
      p.add('heldOn', 'dateInvalid');
    }
    const organisationId = input.organisationId
      ? dbId(input.organisationId, 'Organisation', 'organisationId')
      : ownOrganisationId(ctx);
    const organisation = organisationId
      ? await ctx.db.getRepository(Organisation).findOneBy({ id: organisationId })
      : null;
    if (!organisationId) p.add('organisationId', 'required');
    else if (!organisation) p.add('organisationId', 'notFound');
    const regionId = input.regionId ? dbId(input.regionId, 'Region', 'regionId') : organisation?.regionId;
    const region = regionId ? await ctx.db.getRepository(Region).findOneBy({ id: regionId }) : null;
    if (input.regionId && !region) p.add('regionId', 'notFound');
    // The same rule that later lets the viewer see and change the session (auth/scope.ts, training):
    // organisation admins by the organisation, region admins by where it is held.
    if (
      organisation &&
      region &&
      !mayPlace(ctx, Permission.MANAGE_TRAINING, { organisationId: organisation.id, regionPath: region.path })
    ) {
      p.add(
        rolesFor(ctx, Permission.MANAGE_TRAINING).some((r) => r.role === Role.REGION_ADMIN)
          ? 'regionId'
          : 'organisationId',
        'forbidden',
      );
    }
    p.throwIfAny();

    const { idempotencyKey, ...fingerprint } = input;
    return createOnce(ctx, 'scheduleTrainingSession', idempotencyKey, fingerprint, TrainingSession, async (m) => {
      const session = await m.save(
        m.create(TrainingSession, {
          title,
          heldOn: heldOn!,
          minutes: input.minutes,
          organisationId: organisation!.id,
          regionId: region!.id,
        }),
      );
      await this.audit.write(ctx, m, {
        action: 'SCHEDULE_TRAINING_SESSION',
        recordType: 'TrainingSession',
        recordId: session.id,
        after: {
          title,
          heldOn,
          minutes: input.minutes,
          organisationId: session.organisationId,
          regionId: session.regionId,
        },
        regionId: session.regionId,
      });
      return session;
    });
  }

  /** Enrols active volunteers the viewer can see; those enrolled already are skipped, so a retry is harmless. */
  async enrol(ctx: Context, sessionGlobalId: string, volunteerGlobalIds: string[]): Promise<TrainingEnrolment> {
    const sessionId = dbId(sessionGlobalId, 'TrainingSession', 'sessionId');
    const ids = idsOf(volunteerGlobalIds, 'volunteerIds');
    if (!ids.length) throw fieldError('volunteerIds', 'required');
    return ctx.db.transaction(async (m) => {
      const session = await lockToChange(ctx, m, TrainingSession, sessionId, Permission.MANAGE_TRAINING);
      const found = await scopedQuery(ctx, Volunteer, 'v').andWhere('v.id IN (:...ids)', { ids }).getMany();
      const byId = new Map(found.map((v) => [v.id, v]));
      const p = new Problems();
      ids.forEach((id, i) => {
        const v = byId.get(id);
        if (!v) p.add(`volunteerIds[${i}]`, 'notFound');
        else p.check(v.status !== VolunteerStatus.ACTIVE, `volunteerIds[${i}]`, 'volunteerNotActive');
      });
      p.throwIfAny();
      const existing = new Set(
        (await m.find(TrainingAttendance, { where: { sessionId }, select: { volunteerId: true } })).map(
          (a) => a.volunteerId,
        ),
      );
      const added = [...new Set(ids)].filter((id) => !existing.has(id));
      if (added.length) {
        await m.insert(
          TrainingAttendance,
          added.map((volunteerId) => ({ sessionId, volunteerId, attended: false })),
        );
        await this.audit.write(ctx, m, {
          action: 'ENROL_IN_TRAINING',
          recordType: 'TrainingSession',
          recordId: sessionId,
          after: { volunteerIds: added },
          regionId: session.regionId,
        });
      }
      return {
        session,
        enrolled: added.length,
        alreadyEnrolled: [...new Set(ids)].filter((id) => existing.has(id)).map((id) => toGlobalId('Volunteer', id)),
      };
    });
  }

  /** After the session: the listed enrolled volunteers attended, every other enrolled one did not. */
  async recordAttendance(ctx: Context, sessionGlobalId: string, attendedGlobalIds: string[]): Promise<TrainingSession> {
    const sessionId = dbId(sessionGlobalId, 'TrainingSession', 'sessionId');
    const attended = idsOf(attendedGlobalIds, 'attendedVolunteerIds');
    return ctx.db.transaction(async (m) => {
      const session = await lockToChange(ctx, m, TrainingSession, sessionId, Permission.MANAGE_TRAINING);
      if (session.heldOn > cityDate(ctx.now())) throw fieldError('sessionId', 'trainingNotHeld');
      const enrolled = new Set(
        (await m.find(TrainingAttendance, { where: { sessionId }, select: { volunteerId: true } })).map(
          (a) => a.volunteerId,
        ),
      );
      const p = new Problems();
      attended.forEach((id, i) => p.check(!enrolled.has(id), `attendedVolunteerIds[${i}]`, 'notEnrolled'));
      p.throwIfAny();
      // Only rows whose answer changes are written (and versioned), so recording twice changes nothing.
      const changed = await m
        .query<[Array<{ volunteer_id: string; attended: boolean }>, number]>(
          `UPDATE training_attendance SET attended = (volunteer_id = ANY($2::bigint[])), version = version + 1, updated_at = now()
          WHERE session_id = $1 AND attended IS DISTINCT FROM (volunteer_id = ANY($2::bigint[]))
          RETURNING volunteer_id::text, attended`,
          [sessionId, attended],
        )
        .then(([rows]) => rows);
      if (changed.length) {
        await this.audit.write(ctx, m, {
          action: 'RECORD_TRAINING_ATTENDANCE',
          recordType: 'TrainingSession',
          recordId: sessionId,
          regionId: session.regionId,
          after: {
            attended: changed.filter((r) => r.attended).map((r) => r.volunteer_id),
            absent: changed.filter((r) => !r.attended).map((r) => r.volunteer_id),
          },
        });
      }
      return session;
    });
  }
}
