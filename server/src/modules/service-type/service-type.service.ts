// The service catalogue: reads, and its upkeep, which is the hub's (one catalogue for the city).
import { QueryFailedError } from 'typeorm';
import { scopedQuery } from '../../context/scoped-query';
import type { Context } from '../../context/context';
import { paginate, type PageArgs } from '../../common/pagination';
import { whereEquals } from '../../common/filters';
import { dbId } from '../../common/node';
import { fieldConflict, Problems } from '../../common/errors';
import { createOnce } from '../../common/write';
import type { RegistryStatus } from '../../common/registry-status';
import { Permission } from '../../auth/permissions';
import { lockToChange, mayPlace } from '../../auth/write-policy';
import { AuditService } from '../audit/audit.service';
import { setRegistryStatus, textChanges } from '../registry/registry-write';
import { ServiceAudience, ServiceType } from './service-type.entity';
import type { CreateServiceTypeInput, ServiceTypeFilter, UpdateServiceTypeInput } from './service-type.inputs';

const CODE = /^[A-Z][A-Z0-9_]{1,39}$/;
const isUniqueViolation = (err: unknown) =>
  err instanceof QueryFailedError && (err.driverError as { code?: string }).code === '23505';

export class ServiceTypeService {
  private readonly audit = new AuditService();

  list(ctx: Context, filter: ServiceTypeFilter = {}, page: PageArgs) {
    const qb = scopedQuery(ctx, ServiceType, 'st');
    whereEquals(qb, 'st.audience', filter.audience);
    whereEquals(qb, 'st.status', filter.status);
    const term = filter.search?.trim();
    if (term) qb.andWhere('(st.name ILIKE :q OR st.nameEn ILIKE :q)', { q: `%${term}%` });
    return paginate(qb, page);
  }

  async create(ctx: Context, input: CreateServiceTypeInput): Promise<ServiceType> {
    const p = new Problems();
    const code = input.code.trim().toUpperCase();
    p.check(!CODE.test(code), 'input.code', 'invalid');
    const names = textChanges(input, ['name', 'nameEn'], [], p);
    for (const key of ['name', 'nameEn'] as const)
      if (!input[key]) p.check(!p.has(`input.${key}`), `input.${key}`, 'required');
    // The catalogue is the city's: only a role covering every region places an entry in it.
    p.check(!mayPlace(ctx, Permission.MANAGE_REGISTRY, {}), 'input.code', 'outsideScope');
    p.throwIfAny();
    const audience = input.audience ?? ServiceAudience.GENERAL;
    const { idempotencyKey, ...fingerprint } = input;
    try {
      return await createOnce(ctx, 'createServiceType', idempotencyKey, fingerprint, ServiceType, async (m) => {
        const type = await m.save(m.create(ServiceType, { code, name: names.name!, nameEn: names.nameEn!, audience }));
        await this.audit.write(ctx, m, {
          action: 'CREATE_SERVICE_TYPE',
          recordType: 'ServiceType',
          recordId: type.id,
          after: { code, ...names, audience },
        });
        return type;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw fieldConflict('input.code', 'codeExists');
      throw err;
    }
  }

  async update(ctx: Context, id: string, version: number, input: UpdateServiceTypeInput): Promise<ServiceType> {
    const typeId = dbId(id, 'ServiceType', 'id');
    const p = new Problems();
    const changes: Partial<ServiceType> = textChanges(input, ['name', 'nameEn'], [], p) as Partial<ServiceType>;
    if (input.audience) changes.audience = input.audience;
    p.throwIfAny();
    return ctx.db.transaction(async (m) => {
      const type = await lockToChange(ctx, m, ServiceType, typeId, Permission.MANAGE_REGISTRY, version);
      const keys = (Object.keys(changes) as Array<keyof ServiceType>).filter((k) => changes[k] !== type[k]);
      if (keys.length) {
        await m.update(ServiceType, { id: type.id }, changes);
        await this.audit.write(ctx, m, {
          action: 'UPDATE_SERVICE_TYPE',
          recordType: 'ServiceType',
          recordId: type.id,
          before: Object.fromEntries(keys.map((k) => [k, type[k]])),
          after: Object.fromEntries(keys.map((k) => [k, changes[k]])),
        });
      }
      return m.findOneByOrFail(ServiceType, { id: type.id });
    });
  }

  setStatus(ctx: Context, id: string, version: number, status: RegistryStatus, reason?: string | null) {
    const typeId = dbId(id, 'ServiceType', 'id');
    return setRegistryStatus(ctx, ServiceType, 'ServiceType', typeId, version, status, reason, () => null);
  }
}
