// The organisation directory: reads, and the registry writes (create, edit, suspend) a hub admin
// makes anywhere, a region admin in its region, an organisation admin on its own organisation.
import { scopedQuery } from '../../context/scoped-query';
import type { Context } from '../../context/context';
import { paginate, type PageArgs } from '../../common/pagination';
import { whereEquals, whereInRegionSubtree, whereSearch } from '../../common/filters';
import { dbId } from '../../common/node';
import { Problems } from '../../common/errors';
import { createOnce } from '../../common/write';
import type { RegistryStatus } from '../../common/registry-status';
import { Permission } from '../../auth/permissions';
import { lockToChange, mayPlace } from '../../auth/write-policy';
import { AuditService } from '../audit/audit.service';
import { assertInService, contactChanges, regionOf, setRegistryStatus, textChanges } from '../registry/registry-write';
import { Organisation } from './organisation.entity';
import type { CreateOrganisationInput, OrganisationFilter, UpdateOrganisationInput } from './organisation.inputs';

const TEXT = ['contactName', 'address'] as const;

export class OrganisationService {
  private readonly audit = new AuditService();

  list(ctx: Context, filter: OrganisationFilter = {}, page: PageArgs) {
    const qb = scopedQuery(ctx, Organisation, 'org');
    whereInRegionSubtree(qb, 'org.regionId', filter.regionId && dbId(filter.regionId, 'Region', 'filter.regionId'));
    whereEquals(qb, 'org.parentId', filter.parentId && dbId(filter.parentId, 'Organisation', 'filter.parentId'));
    whereEquals(qb, 'org.status', filter.status);
    if (filter.kinds?.length) qb.andWhere('org.kind IN (:...kinds)', { kinds: filter.kinds });
    whereSearch(qb, 'org.name', filter.search);
    return paginate(qb, page);
  }

  async create(ctx: Context, input: CreateOrganisationInput): Promise<Organisation> {
    const p = new Problems();
    const fields = {
      ...textChanges(input, ['name'], TEXT, p),
      ...contactChanges(input, p),
    };
    const region = await regionOf(ctx, input.regionId, 'input.regionId', p);
    const parentId = input.parentId ? dbId(input.parentId, 'Organisation', 'input.parentId') : null;
    const parent = parentId ? await ctx.loaders.one(Organisation).load(parentId) : null;
    if (parentId && !parent) p.add('input.parentId', 'notFound');
    if (region && !mayPlace(ctx, Permission.MANAGE_REGISTRY, { regionPath: region.path })) {
      p.add('input.regionId', 'outsideScope');
    }
    p.throwIfAny();
    assertInService(parent, 'input.parentId');
    const { idempotencyKey, ...fingerprint } = input;
    return createOnce(ctx, 'createOrganisation', idempotencyKey, fingerprint, Organisation, async (m) => {
      const org = await m.save(
        m.create(Organisation, { ...fields, name: fields.name!, kind: input.kind, regionId: region!.id, parentId }),
      );
      await this.audit.write(ctx, m, {
        action: 'CREATE_ORGANISATION',
        recordType: 'Organisation',
        recordId: org.id,
        after: { ...fields, kind: input.kind, regionId: org.regionId, parentId },
        regionId: org.regionId,
      });
      return org;
    });
  }

  async update(ctx: Context, id: string, version: number, input: UpdateOrganisationInput): Promise<Organisation> {
    const orgId = dbId(id, 'Organisation', 'id');
    const p = new Problems();
    const changes = { ...textChanges(input, ['name'], TEXT, p), ...contactChanges(input, p) } as Partial<Organisation>;
    if (input.kind) changes.kind = input.kind;
    const region = input.regionId ? await regionOf(ctx, input.regionId, 'input.regionId', p) : null;
    if (region && !mayPlace(ctx, Permission.MANAGE_REGISTRY, { regionPath: region.path })) {
      p.add('input.regionId', 'outsideScope');
    }
    if (region) changes.regionId = region.id;
    p.throwIfAny();
    return ctx.db.transaction(async (m) => {
      const org = await lockToChange(ctx, m, Organisation, orgId, Permission.MANAGE_REGISTRY, version);
      const keys = (Object.keys(changes) as Array<keyof Organisation>).filter((k) => changes[k] !== org[k]);
      if (keys.length) {
        await m.update(Organisation, { id: org.id }, changes);
        await this.audit.write(ctx, m, {
          action: 'UPDATE_ORGANISATION',
          recordType: 'Organisation',
          recordId: org.id,
          before: Object.fromEntries(keys.map((k) => [k, org[k]])),
          after: Object.fromEntries(keys.map((k) => [k, changes[k]])),
          regionId: changes.regionId ?? org.regionId,
        });
      }
      return m.findOneByOrFail(Organisation, { id: org.id });
    });
  }

  setStatus(ctx: Context, id: string, version: number, status: RegistryStatus, reason?: string | null) {
    const orgId = dbId(id, 'Organisation', 'id');
    return setRegistryStatus(ctx, Organisation, 'Organisation', orgId, version, status, reason, (o) => o.regionId);
  }
}
