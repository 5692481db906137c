// Skill lists per city: listing (anyone), and their management by the city's admins, each change
// audited in its transaction. The city of any region is the first id of its path.
import { QueryFailedError } from 'typeorm';
import type { Context } from '../../context/context';
import { scopedQuery } from '../../context/scoped-query';
import { paginate, type PageArgs } from '../../common/pagination';
import { dbId } from '../../common/node';
import { fieldConflict, forbidden, Problems } from '../../common/errors';
import { createOnce } from '../../common/write';
import { Permission } from '../../auth/permissions';
import { lockToChange, mayPlace, reference } from '../../auth/write-policy';
import { AuditService } from '../audit/audit.service';
import { Region, RegionLevel } from '../region/region.entity';
import { ServiceType } from '../service-type/service-type.entity';
import { Skill } from './skill.entity';
import type { CreateSkillInput, SkillFilter, UpdateSkillInput } from './skill.inputs';

const cityIdOf = (region: Region) => region.path.split('/').filter(Boolean)[0] ?? region.id;

const nameTaken = (err: unknown) =>
  err instanceof QueryFailedError && (err.driverError as { code?: string }).code === '23505'
    ? fieldConflict('input.name', 'skillTaken')
    : err;

export class SkillService {
  private readonly audit = new AuditService();

  async list(ctx: Context, f: SkillFilter, page: PageArgs) {
    const qb = scopedQuery(ctx, Skill, 's');
    if (f.regionId) {
      const region = await reference(ctx, Region, dbId(f.regionId, 'Region', 'filter.regionId'), 'filter.regionId');
      qb.andWhere('s.regionId = :city', { city: cityIdOf(region) });
    }
    if (f.activeOnly !== false) qb.andWhere('s.active');
    return paginate(qb, page);
  }

  /** The ids, checked to be skills of the volunteer's city still offered; problems go on `field`. */
  async checkIds(ctx: Context, ids: readonly string[], cityRegionId: string | null, field: string, p: Problems) {
    const dbIds = [...new Set(ids.map((g) => dbId(g, 'Skill', field)))];
    if (!dbIds.length) return [];
    const found = await ctx.db.query<Array<{ id: string }>>(
      `SELECT s.id::text AS id FROM skill s JOIN region r ON r.id = $2
        WHERE s.id = ANY($1::bigint[]) AND s.active AND r.path LIKE '/' || s.region_id || '/%'`,
      [dbIds, cityRegionId ?? '0'],
    );
    p.check(found.length !== dbIds.length, field, 'notFound');
    return dbIds.sort((a, b) => Number(a) - Number(b));
  }

  async create(ctx: Context, input: CreateSkillInput): Promise<Skill> {
    const p = new Problems();
    const name = input.name.trim();
    p.check(!name, 'input.name', 'required');
    const region = await reference(ctx, Region, dbId(input.regionId, 'Region', 'input.regionId'), 'input.regionId');
    p.check(region.level !== RegionLevel.CITY, 'input.regionId', 'skillListIsPerCity');
    const serviceTypeId = await this.serviceType(ctx, input.serviceTypeId, p);
    p.throwIfAny();
    if (!mayPlace(ctx, Permission.MANAGE_SKILLS, { regionPath: region.path })) throw forbidden();
    const { idempotencyKey, ...fingerprint } = input;
    try {
      return await createOnce(ctx, 'createSkill', idempotencyKey, fingerprint, Skill, async (m) => {
        const skill = await m.save(m.create(Skill, { name, regionId: region.id, serviceTypeId, active: true }));
        await this.audit.write(ctx, m, {
          action: 'CREATE_SKILL',
          recordType: 'Skill',
          recordId: skill.id,
          after: { name, serviceTypeId },
          regionId: region.id,
        });
        return skill;
      });
    } catch (err) {
      throw nameTaken(err);
    }
  }

  async update(ctx: Context, id: string, version: number, input: UpdateSkillInput): Promise<Skill> {
    const p = new Problems();
    const changes: Partial<Skill> = {};
    if (input.name !== undefined && input.name !== null) {
      if (!p.check(!input.name.trim(), 'input.name', 'required')) changes.name = input.name.trim();
    }
    if (input.serviceTypeId !== undefined) changes.serviceTypeId = await this.serviceType(ctx, input.serviceTypeId, p);
    if (input.active !== undefined && input.active !== null) changes.active = input.active;
    p.throwIfAny();
    const skillId = dbId(id, 'Skill', 'id');
    try {
      return await ctx.db.transaction(async (m) => {
        const skill = await lockToChange(ctx, m, Skill, skillId, Permission.MANAGE_SKILLS, version);
        const keys = Object.keys(changes) as Array<keyof Skill>;
        if (keys.length) {
          await m.update(Skill, { id: skill.id }, changes);
          await this.audit.write(ctx, m, {
            action: 'UPDATE_SKILL',
            recordType: 'Skill',
            recordId: skill.id,
            before: Object.fromEntries(keys.map((k) => [k, skill[k]])),
            after: changes,
            regionId: skill.regionId,
          });
        }
        return m.findOneByOrFail(Skill, { id: skill.id });
      });
    } catch (err) {
      throw nameTaken(err);
    }
  }

  private async serviceType(ctx: Context, globalId: string | null | undefined, p: Problems) {
    if (!globalId) return null;
    const id = dbId(globalId, 'ServiceType', 'input.serviceTypeId');
    const found = await ctx.loaders.one(ServiceType).load(id);
    p.check(!found, 'input.serviceTypeId', 'notFound');
    return id;
  }
}
