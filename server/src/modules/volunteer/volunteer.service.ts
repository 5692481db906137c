// Volunteers: the roster, public registration, review by the chosen organisation's or region's
// admins, status changes and profile edits. Every write is one transaction with its audit entry.
import { QueryFailedError, type EntityManager } from 'typeorm';
import { scopedQuery } from '../../context/scoped-query';
import type { Context } from '../../context/context';
import { paginate, sortOf, type PageArgs } from '../../common/pagination';
import type { TreePlan } from '../../context/planner';
import { whereBetween, whereEquals, whereInRegionSubtree, whereSearch } from '../../common/filters';
import { dbId } from '../../common/node';
import { Permission } from '../../auth/permissions';
import { lockToChange, mayPlace, ownVolunteerId } from '../../auth/write-policy';
import { fieldConflict, fieldError, forbidden, Problems } from '../../common/errors';
import { invalidState } from '../../common/state-machine';
import { ensureVolunteerAccount } from '../account/volunteer-account';
import { birthDateFromIdentity, genderFromIdentity, MOBILE_NUMBER } from '../../common/identity';
import { createOnce } from '../../common/write';
import { allocateReference } from '../../common/reference';
import { SkillService } from '../skill/skill.service';
import { availabilitySlots, checkAge } from './volunteer-rules';
import { AuditService } from '../audit/audit.service';
import { notify, NotificationKind } from '../notification';
import { organisationName } from '../notification/recipients';
import { Organisation } from '../organisation/organisation.entity';
import { Region } from '../region/region.entity';
import { ServiceStation } from '../service-station/service-station.entity';
import { VolunteerTeam } from '../volunteer-team/volunteer-team.entity';
import { Volunteer, Gender, VolunteerStatus } from './volunteer.entity';
import { checkPersonFields } from './volunteer.rules';
import {
  type VolunteerFilter,
  CONSENT_VERSION,
  STATUS_CHANGES,
  type VolunteerAdminInput,
  type VolunteerProfileInput,
  type VolunteerRegistrationInput,
} from './volunteer.inputs';
import { volunteerOrderKeys, type VolunteerOrder } from './volunteer.inputs';
import type { AuditAction } from '../audit/audit-actions';

const isUniqueViolation = (err: unknown) =>
  err instanceof QueryFailedError && (err.driverError as { code?: string }).code === '23505';

/** The identity number is taken: say so on the field, and nothing about whose it is. */
const identityTaken = () => fieldConflict('idNumber', 'identityTaken');

export class VolunteerService {
  private readonly audit = new AuditService();
  private readonly skills = new SkillService();

  list(ctx: Context, f: VolunteerFilter = {}, page: PageArgs, orderBy?: VolunteerOrder, plan?: TreePlan | null) {
    const qb = scopedQuery(ctx, Volunteer, 'v');
    whereInRegionSubtree(qb, 'v.homeRegionId', f.regionId && dbId(f.regionId, 'Region', 'filter.regionId'));
    whereEquals(
      qb,
      'v.organisationId',
      f.organisationId && dbId(f.organisationId, 'Organisation', 'filter.organisationId'),
    );
    whereEquals(qb, 'v.teamId', f.teamId && dbId(f.teamId, 'VolunteerTeam', 'filter.teamId'));
    whereEquals(qb, 'v.stationId', f.stationId && dbId(f.stationId, 'ServiceStation', 'filter.stationId'));
    if (f.statuses?.length) qb.andWhere('v.status IN (:...statuses)', { statuses: f.statuses });
    if (f.categories?.length) qb.andWhere('v.category IN (:...categories)', { categories: f.categories });
    if (f.skillId)
      qb.andWhere('v.skillIds @> ARRAY[:skill]::bigint[]', { skill: dbId(f.skillId, 'Skill', 'filter.skillId') });
    whereBetween(qb, 'v.registeredAt', f.registeredFrom, f.registeredTo);
    whereSearch(qb, 'v.realName', f.search);
    return paginate(qb, page, sortOf(volunteerOrderKeys, orderBy), plan);
  }

  async register(ctx: Context, input: VolunteerRegistrationInput): Promise<Volunteer> {
    const p = new Problems();
    const { realName, idNumber, phone } = checkPersonFields(p, input);
    if (!input.consentAccepted) p.add('consentAccepted', 'consentRequired');
    else
      p.check(input.consentVersion !== CONSENT_VERSION, 'consentVersion', 'consentOutdated', {
        version: CONSENT_VERSION,
      });
    const guardian = checkAge(ctx, idNumber, input.guardian, p);
    const place = await this.affiliation(ctx, input, p);
    // Skills come from the list of the city the volunteer joins (unknown until an affiliation is chosen).
    const skillIds = place.homeRegionId
      ? await this.skills.checkIds(ctx, input.skillIds, place.homeRegionId, 'skillIds', p)
      : [];
    p.throwIfAny();

    const { idempotencyKey, ...fingerprint } = input;
    try {
      return await createOnce(ctx, 'registerVolunteer', idempotencyKey, fingerprint, Volunteer, async (m) => {
        if ((await m.query<unknown[]>(`SELECT 1 FROM volunteer WHERE id_number = $1`, [idNumber])).length)
          throw identityTaken();
        const now = ctx.now();
        const reference = await allocateReference(m);
        const volunteer = await m.save(
          m.create(Volunteer, {
            realName,
            idNumber,
            phone,
            category: input.category,
            skillIds,
            otherSkill: input.otherSkill?.trim() || null,
            reference,
            ...(guardian && { ...guardian, guardianConsentAt: now }),
            gender: genderFromIdentity(idNumber) as Gender,
            birthDate: birthDateFromIdentity(idNumber)!,
            status: VolunteerStatus.PENDING,
            ...place,
            registeredAt: now,
            consentAt: now,
            consentVersion: CONSENT_VERSION,
          }),
        );
        await this.audit.write(ctx, m, {
          action: 'REGISTER_VOLUNTEER',
          recordType: 'Volunteer',
          recordId: volunteer.id,
          actorId: ctx.viewer?.accountId ?? null,
          after: {
            realName,
            idNumber,
            phone,
            category: input.category,
            ...place,
            consentVersion: CONSENT_VERSION,
            reference,
            ...guardian,
          },
          regionId: place.homeRegionId,
        });
        return volunteer;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw identityTaken(); // a concurrent registration won the race
      throw err;
    }
  }

  /** PENDING → ACTIVE, ACTIVE → SUSPENDED / RETIRED, SUSPENDED → ACTIVE, PENDING → REJECTED. */
  async changeStatus(
    ctx: Context,
    id: string,
    version: number,
    status: VolunteerStatus,
    reason?: string | null,
  ): Promise<Volunteer> {
    const rule = STATUS_CHANGES[status];
    if (!rule) throw fieldError('status', 'invalid');
    const why = reason?.trim() || null;
    if (rule.needsReason && !why) throw fieldError('reason', 'reasonRequired');
    const volunteerId = dbId(id, 'Volunteer', 'id');
    return ctx.db.transaction(async (m) => {
      const v = await lockToChange(ctx, m, Volunteer, volunteerId, Permission.MANAGE_VOLUNTEERS, version);
      if (!rule.from.includes(v.status)) throw invalidState(v.status, 'status');
      await m.update(Volunteer, { id: v.id }, { status, statusReason: why });
      // Approval gives the volunteer a login, activated with a code sent to the registered mobile;
      // the code's issue is recorded in the approval's one entry.
      const login =
        status === VolunteerStatus.ACTIVE ? await ensureVolunteerAccount(ctx, m, v, { audit: false }) : null;
      await this.audit.write(ctx, m, {
        // STATUS_CHANGES has no rule into PENDING, so the status here is one of the four it leads to.
        action: `VOLUNTEER_${status as Exclude<VolunteerStatus, VolunteerStatus.PENDING>}`,
        recordType: 'Volunteer',
        recordId: v.id,
        reason: why,
        before: { status: v.status },
        after: login ? { status, accountId: login.account.id, activation: login.activation } : { status },
        regionId: v.homeRegionId,
      });
      if (v.status === VolunteerStatus.PENDING) await tellRegistrationDecided(m, v, status, why);
      return m.findOneByOrFail(Volunteer, { id: v.id });
    });
  }

  async updateOwnProfile(ctx: Context, version: number, input: VolunteerProfileInput): Promise<Volunteer> {
    const own = ownVolunteerId(ctx);
    if (!own) throw forbidden();
    const changes = await this.profileChanges(ctx, await this.homeOf(ctx, own), input, new Problems());
    return this.applyChanges(ctx, own, version, Permission.VOLUNTEER_SELF_SERVICE, changes, 'UPDATE_OWN_PROFILE');
  }

  async update(ctx: Context, id: string, version: number, input: VolunteerAdminInput): Promise<Volunteer> {
    const p = new Problems();
    const volunteerId = dbId(id, 'Volunteer', 'id');
    const changes = await this.profileChanges(ctx, await this.homeOf(ctx, volunteerId), input, p, false);
    if (input.realName !== undefined && input.realName !== null) {
      if (!p.check(input.realName.trim().length < 2, 'realName', 'required')) changes.realName = input.realName.trim();
    }
    if (input.insured !== undefined && input.insured !== null) changes.insured = input.insured;
    if (input.organisationId !== undefined) {
      const orgId = input.organisationId ? dbId(input.organisationId, 'Organisation', 'input.organisationId') : null;
      const org = orgId ? await ctx.db.getRepository(Organisation).findOneBy({ id: orgId }) : null;
      if (orgId && !org) p.add('input.organisationId', 'notFound');
      else if (
        org &&
        !mayPlace(ctx, Permission.MANAGE_VOLUNTEERS, {
          organisationId: org.id,
          regionPath: await this.pathOf(ctx, org.regionId),
        })
      ) {
        p.add('input.organisationId', 'forbidden');
      } else changes.organisationId = orgId;
    }
    // A team or station is referenced through the viewer's read scope, then must be a place the
    // viewer may put volunteers: its own organisation's (an organisation admin), its region's (a region admin).
    if (input.teamId !== undefined) {
      const teamId = input.teamId ? dbId(input.teamId, 'VolunteerTeam', 'input.teamId') : null;
      const team = teamId ? await ctx.loaders.one(VolunteerTeam).load(teamId) : null;
      if (teamId && !team) p.add('input.teamId', 'notFound');
      else if (
        team &&
        !mayPlace(ctx, Permission.MANAGE_VOLUNTEERS, {
          organisationId: team.organisationId,
          regionPath: await this.pathOf(ctx, team.regionId),
        })
      )
        p.add('input.teamId', 'forbidden');
      else changes.teamId = teamId;
    }
    if (input.stationId !== undefined) {
      const stationId = input.stationId ? dbId(input.stationId, 'ServiceStation', 'input.stationId') : null;
      const station = stationId ? await ctx.loaders.one(ServiceStation).load(stationId) : null;
      if (stationId && !station) p.add('input.stationId', 'notFound');
      else if (
        station &&
        !mayPlace(ctx, Permission.MANAGE_VOLUNTEERS, {
          organisationId: station.organisationId,
          stationId: station.id,
          regionPath: await this.pathOf(ctx, station.regionId),
        })
      )
        p.add('input.stationId', 'forbidden');
      else changes.stationId = stationId;
    }
    p.throwIfAny();
    return this.applyChanges(ctx, volunteerId, version, Permission.MANAGE_VOLUNTEERS, changes, 'UPDATE_VOLUNTEER');
  }

  private async profileChanges(
    ctx: Context,
    homeRegionId: string,
    input: VolunteerProfileInput,
    p: Problems,
    throwNow = true,
  ): Promise<Partial<Volunteer>> {
    const changes: Partial<Volunteer> = {};
    if (input.phone !== undefined && input.phone !== null) {
      if (!p.check(!MOBILE_NUMBER.test(input.phone.trim()), 'input.phone', 'phoneInvalid'))
        changes.phone = input.phone.trim();
    }
    if (input.category) changes.category = input.category;
    if (input.skillIds)
      changes.skillIds = await this.skills.checkIds(ctx, input.skillIds, homeRegionId, 'input.skillIds', p);
    if (input.otherSkill !== undefined) changes.otherSkill = input.otherSkill?.trim() || null;
    if (input.availability) changes.availability = availabilitySlots(input.availability, p);
    if (input.preferredDistrictIds)
      changes.preferredDistrictIds = await this.districts(ctx, input.preferredDistrictIds, p);
    if (throwNow) p.throwIfAny();
    return changes;
  }

  private async applyChanges(
    ctx: Context,
    volunteerId: string,
    version: number,
    permission: Permission,
    changes: Partial<Volunteer>,
    action: AuditAction,
  ): Promise<Volunteer> {
    return ctx.db.transaction(async (m: EntityManager) => {
      const v = await lockToChange(ctx, m, Volunteer, volunteerId, permission, version);
      const keys = Object.keys(changes) as Array<keyof Volunteer>;
      if (keys.length) {
        await m.update(Volunteer, { id: v.id }, changes);
        await this.audit.write(ctx, m, {
          action,
          recordType: 'Volunteer',
          recordId: v.id,
          regionId: v.homeRegionId,
          before: Object.fromEntries(keys.map((k) => [k, v[k]])),
          after: changes,
        });
      }
      return m.findOneByOrFail(Volunteer, { id: v.id });
    });
  }

  /** Organisation, station or region chosen at registration, and the home region that follows from it. */
  private async affiliation(ctx: Context, input: VolunteerRegistrationInput, p: Problems) {
    const orgId = input.organisationId ? dbId(input.organisationId, 'Organisation', 'organisationId') : null;
    const stationId = input.stationId ? dbId(input.stationId, 'ServiceStation', 'stationId') : null;
    const regionId = input.regionId ? dbId(input.regionId, 'Region', 'regionId') : null;
    const [org, station, region] = await Promise.all([
      orgId ? ctx.db.getRepository(Organisation).findOneBy({ id: orgId }) : null,
      stationId ? ctx.db.getRepository(ServiceStation).findOneBy({ id: stationId }) : null,
      regionId ? ctx.db.getRepository(Region).findOneBy({ id: regionId }) : null,
    ]);
    if (orgId && !org) p.add('organisationId', 'notFound');
    if (stationId && !station) p.add('stationId', 'notFound');
    if (regionId && !region) p.add('regionId', 'notFound');
    const homeRegionId = station?.regionId ?? region?.id ?? org?.regionId ?? null;
    if (!orgId && !stationId && !regionId) p.add('organisationId', 'affiliationRequired');
    return { organisationId: org?.id ?? null, stationId: station?.id ?? null, homeRegionId: homeRegionId as string };
  }

  /** The home region of a volunteer the viewer can see (its skills come from that city's list). */
  private async homeOf(ctx: Context, volunteerId: string): Promise<string> {
    return (await ctx.loaders.one(Volunteer).load(volunteerId))?.homeRegionId ?? '0';
  }

  /** District ids, checked to be districts; problems go on the field. */
  private async districts(ctx: Context, globalIds: readonly string[], p: Problems): Promise<string[]> {
    const ids = [...new Set(globalIds.map((g) => dbId(g, 'Region', 'input.preferredDistrictIds')))];
    const found = await ctx.db.query<unknown[]>(
      `SELECT 1 FROM region WHERE id = ANY($1::bigint[]) AND level = 'DISTRICT'`,
      [ids],
    );
    p.check(found.length !== ids.length, 'input.preferredDistrictIds', 'districtRequired');
    return ids.sort((a, b) => Number(a) - Number(b));
  }

  private async pathOf(ctx: Context, regionId: string): Promise<string | null> {
    return (await ctx.db.getRepository(Region).findOneBy({ id: regionId }))?.path ?? null;
  }
}

/** The applicant hears of the decision on their registration (with the reason of a rejection). */
async function tellRegistrationDecided(m: EntityManager, v: Volunteer, status: VolunteerStatus, reason: string | null) {
  const approved = status === VolunteerStatus.ACTIVE;
  await notify(
    m,
    { volunteerId: v.id },
    approved ? NotificationKind.VOLUNTEER_APPROVED : NotificationKind.VOLUNTEER_REJECTED,
    { name: v.realName, organisation: (await organisationName(m, v.organisationId)) || null, reason },
  );
}
