// Disabled people and their households: reads within scope, registration by a station or region, edits.
// Every write is one transaction with its audit entry.
import { QueryFailedError } from 'typeorm';
import { scopedQuery } from '../../context/scoped-query';
import type { Context } from '../../context/context';
import { paginate, type PageArgs } from '../../common/pagination';
import { whereEquals, whereInRegionSubtree, whereSearch } from '../../common/filters';
import { dbId, toGlobalId } from '../../common/node';
import { Permission } from '../../auth/permissions';
import { lockToChange, mayPlace, ownStationId } from '../../auth/write-policy';
import { fieldConflict, notFound, Problems } from '../../common/errors';
import { birthDateFromIdentity, genderFromIdentity, MOBILE_NUMBER } from '../../common/identity';
import { createOnce } from '../../common/write';
import { AuditService } from '../audit/audit.service';
import { Region } from '../region/region.entity';
import { ServiceStation } from '../service-station/service-station.entity';
import { ServiceType } from '../service-type/service-type.entity';
import type { Gender } from '../volunteer/volunteer.entity';
import { Beneficiary } from './beneficiary.entity';
import { Household } from './household.entity';
import { checkBeneficiaryPerson } from './beneficiary.rules';
import type {
  BeneficiaryFilter,
  HouseholdFilter,
  BeneficiaryInput,
  BeneficiaryUpdateInput,
  HouseholdInput,
} from './beneficiary.inputs';

const uniqueViolation = (err: unknown): string | null =>
  err instanceof QueryFailedError && (err.driverError as { code?: string }).code === '23505'
    ? String((err.driverError as { detail?: string }).detail ?? '')
    : null;

export class BeneficiaryService {
  private readonly audit = new AuditService();

  list(ctx: Context, f: BeneficiaryFilter = {}, page: PageArgs) {
    const qb = scopedQuery(ctx, Beneficiary, 'b');
    whereInRegionSubtree(qb, 'b.regionId', f.regionId && dbId(f.regionId, 'Region', 'filter.regionId'));
    whereEquals(qb, 'b.stationId', f.stationId && dbId(f.stationId, 'ServiceStation', 'filter.stationId'));
    whereEquals(qb, 'b.householdId', f.householdId && dbId(f.householdId, 'Household', 'filter.householdId'));
    if (f.categories?.length) qb.andWhere('b.disabilityCategory IN (:...categories)', { categories: f.categories });
    whereEquals(qb, 'b.disabilityGrade', f.grade);
    whereSearch(qb, 'b.realName', f.search);
    return paginate(qb, page);
  }

  listHouseholds(ctx: Context, f: HouseholdFilter = {}, page: PageArgs) {
    const qb = scopedQuery(ctx, Household, 'h');
    whereInRegionSubtree(qb, 'h.regionId', f.regionId && dbId(f.regionId, 'Region', 'filter.regionId'));
    whereSearch(qb, 'h.headName', f.search);
    return paginate(qb, page);
  }

  async create(ctx: Context, input: BeneficiaryInput): Promise<Beneficiary> {
    const values = await this.validate(ctx, input);
    const { idempotencyKey, ...fingerprint } = input;
    try {
      return await createOnce(ctx, 'createBeneficiary', idempotencyKey, fingerprint, Beneficiary, async (m) => {
        const taken = await m.query<Array<{ id_taken: boolean }>>(
          `SELECT id_number = $1 AS id_taken FROM beneficiary WHERE id_number = $1 OR certificate_number = $2 LIMIT 1`,
          [values.idNumber, values.certificateNumber],
        );
        if (taken.length) throw this.taken(taken[0].id_taken);
        const b = await m.save(m.create(Beneficiary, values));
        await this.audit.write(ctx, m, {
          action: 'CREATE_BENEFICIARY',
          recordType: 'Beneficiary',
          recordId: b.id,
          after: values,
          regionId: b.regionId,
        });
        return b;
      });
    } catch (err) {
      const detail = uniqueViolation(err);
      if (detail !== null) throw this.taken(detail.includes('id_number'));
      throw err;
    }
  }

  async update(ctx: Context, id: string, version: number, changes: BeneficiaryUpdateInput): Promise<Beneficiary> {
    const beneficiaryId = dbId(id, 'Beneficiary', 'id');
    const current = await scopedQuery(ctx, Beneficiary, 'b')
      .andWhere('b.id = :beneficiaryId', { beneficiaryId })
      .getOne();
    if (!current) throw notFound('Beneficiary');
    const values = await this.validate(ctx, this.merge(current, changes));
    try {
      return await ctx.db.transaction(async (m) => {
        const b = await lockToChange(ctx, m, Beneficiary, beneficiaryId, Permission.MANAGE_BENEFICIARIES, version);
        await m.update(Beneficiary, { id: b.id }, values);
        const { version: _v, createdAt: _c, updatedAt: _u, ...before } = b;
        await this.audit.write(ctx, m, {
          action: 'UPDATE_BENEFICIARY',
          recordType: 'Beneficiary',
          recordId: b.id,
          before,
          after: values,
          regionId: values.regionId,
        });
        return m.findOneByOrFail(Beneficiary, { id: b.id });
      });
    } catch (err) {
      const detail = uniqueViolation(err);
      if (detail !== null) throw this.taken(detail.includes('id_number'));
      throw err;
    }
  }

  async createHousehold(ctx: Context, input: HouseholdInput): Promise<Household> {
    const p = new Problems();
    const headName = input.headName.trim();
    p.check(headName.length < 2, 'input.headName', 'required');
    p.check(!input.address.trim(), 'input.address', 'required');
    if (input.phone) p.check(!MOBILE_NUMBER.test(input.phone.trim()), 'input.phone', 'phoneInvalid');
    const region = await this.region(ctx, input.regionId, p);
    if (region)
      p.check(
        !mayPlace(ctx, Permission.MANAGE_BENEFICIARIES, { regionPath: region.path }),
        'input.regionId',
        'forbidden',
      );
    p.throwIfAny();
    const { idempotencyKey, ...fingerprint } = input;
    return createOnce(ctx, 'createHousehold', idempotencyKey, fingerprint, Household, async (m) => {
      const values = {
        headName,
        size: input.size,
        regionId: region!.id,
        address: input.address.trim(),
        phone: input.phone?.trim() || null,
      };
      const h = await m.save(m.create(Household, values));
      await this.audit.write(ctx, m, {
        action: 'CREATE_HOUSEHOLD',
        recordType: 'Household',
        recordId: h.id,
        after: values,
        regionId: h.regionId,
      });
      return h;
    });
  }

  /** Every problem of the input at once; the values to store when there are none. */
  private async validate(ctx: Context, input: BeneficiaryInput) {
    const p = new Problems();
    const { realName, idNumber, certificateNumber: cert } = checkBeneficiaryPerson(p, input, (f) => `input.${f}`);

    const region = await this.region(ctx, input.regionId, p);
    const stationId = input.stationId
      ? dbId(input.stationId, 'ServiceStation', 'input.stationId')
      : this.ownStation(ctx);
    const station = stationId ? await ctx.db.getRepository(ServiceStation).findOneBy({ id: stationId }) : null;
    if (stationId && !station) p.add('input.stationId', 'notFound');
    if (region && !mayPlace(ctx, Permission.MANAGE_BENEFICIARIES, { regionPath: region.path, stationId }))
      p.add('input.regionId', 'forbidden');

    const householdId = input.householdId ? dbId(input.householdId, 'Household', 'input.householdId') : null;
    if (householdId) {
      const visible = await ctx.scope
        .apply(
          ctx.db.getRepository(Household).createQueryBuilder('h').where('h.id = :householdId', { householdId }),
          'Household',
        )
        .getExists();
      p.check(!visible, 'input.householdId', 'notFound');
    }
    const needIds = [
      ...new Set(input.needServiceTypeIds.map((id, i) => dbId(id, 'ServiceType', `input.needServiceTypeIds[${i}]`))),
    ];
    if (needIds.length) {
      const found = await ctx.db
        .getRepository(ServiceType)
        .createQueryBuilder('s')
        .where('s.id = ANY(:needIds)', { needIds })
        .getCount();
      p.check(found !== needIds.length, 'input.needServiceTypeIds', 'notFound');
    }
    p.throwIfAny();
    return {
      realName,
      idNumber,
      certificateNumber: cert,
      disabilityCategory: input.disabilityCategory,
      disabilityGrade: input.disabilityGrade,
      gender: genderFromIdentity(idNumber) as Gender,
      birthDate: birthDateFromIdentity(idNumber)!,
      regionId: region!.id,
      stationId: station?.id ?? null,
      householdId,
      phone: input.phone?.trim() || null,
      address: input.address?.trim() || null,
      needServiceTypeIds: needIds,
      accessNeeds: [...new Set(input.accessNeeds)],
    };
  }

  /** The record as it would be after the changes, in the shape a create takes. */
  private merge(b: Beneficiary, c: BeneficiaryUpdateInput): BeneficiaryInput {
    const gid = (type: string, v: string | null) => (v ? toGlobalId(type, v) : null);
    const keep = <T>(given: T | null | undefined, current: T): T =>
      given === undefined || given === null ? current : given;
    return {
      realName: keep(c.realName, b.realName),
      idNumber: c.idNumber?.trim() || b.idNumber,
      disabilityCategory: keep(c.disabilityCategory, b.disabilityCategory),
      disabilityGrade: keep(c.disabilityGrade, b.disabilityGrade),
      certificateNumber: c.certificateNumber?.trim() || b.certificateNumber,
      regionId: keep(c.regionId, toGlobalId('Region', b.regionId)),
      stationId: c.stationId !== undefined ? c.stationId : gid('ServiceStation', b.stationId),
      householdId: c.householdId !== undefined ? c.householdId : gid('Household', b.householdId),
      phone: keep(c.phone, b.phone),
      address: keep(c.address, b.address),
      needServiceTypeIds: keep(
        c.needServiceTypeIds,
        b.needServiceTypeIds.map((s) => toGlobalId('ServiceType', s)),
      ),
      accessNeeds: keep(c.accessNeeds, b.accessNeeds),
    };
  }

  private async region(ctx: Context, globalId: string, p: Problems): Promise<Region | null> {
    const region = await ctx.db.getRepository(Region).findOneBy({ id: dbId(globalId, 'Region', 'input.regionId') });
    if (!region) p.add('input.regionId', 'notFound');
    return region;
  }

  private ownStation(ctx: Context): string | null {
    return ownStationId(ctx);
  }

  private taken(identity: boolean) {
    return identity
      ? fieldConflict('input.idNumber', 'identityTaken')
      : fieldConflict('input.certificateNumber', 'certificateTaken');
  }
}
