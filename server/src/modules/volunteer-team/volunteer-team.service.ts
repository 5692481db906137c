// Volunteer teams: reads, and the registry writes (create, edit, suspend) of the hub, the region's
// admins and the organisation that runs the team.
import { scopedQuery } from '../../context/scoped-query';
import type { Context } from '../../context/context';
import { paginate, type PageArgs } from '../../common/pagination';
import { whereEquals, whereInRegionSubtree, whereSearch } from '../../common/filters';
import { dbId } from '../../common/node';
import { Problems } from '../../common/errors';
import { createOnce } from '../../common/write';
import type { RegistryStatus } from '../../common/registry-status';
import { Permission } from '../../auth/permissions';
import { lockToChange, mayPlace, ownOrganisationId } from '../../auth/write-policy';
import { AuditService } from '../audit/audit.service';
import { Organisation } from '../organisation/organisation.entity';
import { assertInService, regionOf, setRegistryStatus, textChanges } from '../registry/registry-write';
import { VolunteerTeam } from './volunteer-team.entity';
import type { CreateVolunteerTeamInput, UpdateVolunteerTeamInput, VolunteerTeamFilter } from './volunteer-team.inputs';

export class VolunteerTeamService {
  private readonly audit = new AuditService();

  list(ctx: Context, filter: VolunteerTeamFilter = {}, page: PageArgs) {
    const qb = scopedQuery(ctx, VolunteerTeam, 'team');
    whereInRegionSubtree(qb, 'team.regionId', filter.regionId && dbId(filter.regionId, 'Region', 'filter.regionId'));
    whereEquals(
      qb,
      'team.organisationId',
      filter.organisationId && dbId(filter.organisationId, 'Organisation', 'filter.organisationId'),
    );
    whereEquals(qb, 'team.status', filter.status);
    whereSearch(qb, 'team.name', filter.search);
    return paginate(qb, page);
  }

  async create(ctx: Context, input: CreateVolunteerTeamInput): Promise<VolunteerTeam> {
    const p = new Problems();
    const { name } = textChanges(input, ['name'], [], p);
    const region = await regionOf(ctx, input.regionId, 'input.regionId', p);
    const organisationId = input.organisationId
      ? dbId(input.organisationId, 'Organisation', 'input.organisationId')
      : ownOrganisationId(ctx);
    const organisation = organisationId ? await ctx.loaders.one(Organisation).load(organisationId) : null;
    if (organisationId && !organisation) p.add('input.organisationId', 'notFound');
    if (region && !mayPlace(ctx, Permission.MANAGE_REGISTRY, { regionPath: region.path, organisationId })) {
      p.add(input.organisationId || !organisationId ? 'input.regionId' : 'input.organisationId', 'outsideScope');
    }
    p.throwIfAny();
    assertInService(organisation, 'input.organisationId');
    const { idempotencyKey, ...fingerprint } = input;
    return createOnce(ctx, 'createVolunteerTeam', idempotencyKey, fingerprint, VolunteerTeam, async (m) => {
      const team = await m.save(m.create(VolunteerTeam, { name: name!, regionId: region!.id, organisationId }));
      await this.audit.write(ctx, m, {
        action: 'CREATE_VOLUNTEER_TEAM',
        recordType: 'VolunteerTeam',
        recordId: team.id,
        after: { name, regionId: team.regionId, organisationId },
        regionId: team.regionId,
      });
      return team;
    });
  }

  async update(ctx: Context, id: string, version: number, input: UpdateVolunteerTeamInput): Promise<VolunteerTeam> {
    const teamId = dbId(id, 'VolunteerTeam', 'id');
    const p = new Problems();
    const changes: Partial<VolunteerTeam> = textChanges(input, ['name'], [], p) as Partial<VolunteerTeam>;
    const region = input.regionId ? await regionOf(ctx, input.regionId, 'input.regionId', p) : null;
    if (region) changes.regionId = region.id;
    p.throwIfAny();
    return ctx.db.transaction(async (m) => {
      const team = await lockToChange(ctx, m, VolunteerTeam, teamId, Permission.MANAGE_REGISTRY, version);
      if (
        region &&
        !mayPlace(ctx, Permission.MANAGE_REGISTRY, { regionPath: region.path, organisationId: team.organisationId })
      ) {
        new Problems().add('input.regionId', 'outsideScope').throwIfAny();
      }
      const keys = (Object.keys(changes) as Array<keyof VolunteerTeam>).filter((k) => changes[k] !== team[k]);
      if (keys.length) {
        await m.update(VolunteerTeam, { id: team.id }, changes);
        await this.audit.write(ctx, m, {
          action: 'UPDATE_VOLUNTEER_TEAM',
          recordType: 'VolunteerTeam',
          recordId: team.id,
          before: Object.fromEntries(keys.map((k) => [k, team[k]])),
          after: Object.fromEntries(keys.map((k) => [k, changes[k]])),
          regionId: changes.regionId ?? team.regionId,
        });
      }
      return m.findOneByOrFail(VolunteerTeam, { id: team.id });
    });
  }

  setStatus(ctx: Context, id: string, version: number, status: RegistryStatus, reason?: string | null) {
    const teamId = dbId(id, 'VolunteerTeam', 'id');
    return setRegistryStatus(ctx, VolunteerTeam, 'VolunteerTeam', teamId, version, status, reason, (t) => t.regionId);
  }
}
