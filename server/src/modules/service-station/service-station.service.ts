// Service stations: reads of the directory, the registry writes (create, place, suspend) of the hub,
// the region's admins and the organisation running a station, and the public board its coordinator
// (or the region's admins) keeps.
import type { AuditAction } from '../audit/audit-actions';
import type { EntityManager } from 'typeorm';
import { scopedQuery } from '../../context/scoped-query';
import type { Context } from '../../context/context';
import { paginate, type PageArgs } from '../../common/pagination';
import { whereEquals, whereInRegionSubtree, whereSearch } from '../../common/filters';
import { dbId } from '../../common/node';
import { Permission } from '../../auth/permissions';
import { lockToChange, mayPlace, ownOrganisationId } from '../../auth/write-policy';
import { forbidden, notFound, Problems } from '../../common/errors';
import { checkVersion, createOnce } from '../../common/write';
import type { RegistryStatus } from '../../common/registry-status';
import { AuditService } from '../audit/audit.service';
import { Organisation } from '../organisation/organisation.entity';
import { Region, RegionLevel } from '../region/region.entity';
import { ServiceType } from '../service-type/service-type.entity';
import { assertInService, contactChanges, regionOf, setRegistryStatus, textChanges } from '../registry/registry-write';
import { ServiceStation } from './service-station.entity';
import type {
  CreateServiceStationInput,
  ServiceStationFilter,
  StationBoardInput,
  UpdateServiceStationInput,
} from './service-station.inputs';

const BOARD_TEXT = ['name', 'address', 'openingHours', 'contactName'] as const;

/** The board fields an input gives, checked: each problem named on its field. */
async function boardChanges(ctx: Context, input: StationBoardInput, p: Problems): Promise<Partial<ServiceStation>> {
  const changes: Partial<ServiceStation> = textChanges(input, BOARD_TEXT, [], p) as Partial<ServiceStation>;
  if (input.contactPhone !== undefined && input.contactPhone !== null) {
    const { contactPhone } = contactChanges({ contactPhone: input.contactPhone }, p);
    if (contactPhone) changes.contactPhone = contactPhone;
    else p.check(contactPhone === null, 'input.contactPhone', 'phoneInvalid');
  }
  if (input.serviceTypeIds) {
    const ids = [
      ...new Set(input.serviceTypeIds.map((id, i) => dbId(id, 'ServiceType', `input.serviceTypeIds[${i}]`))),
    ];
    const found = ids.length
      ? await ctx.db.getRepository(ServiceType).createQueryBuilder('s').where('s.id = ANY(:ids)', { ids }).getCount()
      : 0;
    if (!p.check(found !== ids.length, 'input.serviceTypeIds', 'notFound')) changes.serviceTypeIds = ids;
  }
  return changes;
}

/** A station serves one community (社区/村). */
async function communityOf(ctx: Context, globalId: string, p: Problems): Promise<Region | null> {
  const region = await regionOf(ctx, globalId, 'input.regionId', p);
  if (region && region.level !== RegionLevel.COMMUNITY) p.add('input.regionId', 'invalid');
  return region;
}

/**
 * May edit this station's public board: its own coordinator, or an admin whose scope covers the
 * station (hub; the region's admins). What updateStationBoard checks and viewerCan.editBoard reports.
 */
export function mayEditBoard(ctx: Context, station: ServiceStation, regionPath: string | null | undefined): boolean {
  return mayPlace(ctx, Permission.EDIT_STATION_BOARD, {
    regionPath,
    stationId: station.id,
    organisationId: station.organisationId,
  });
}

export class ServiceStationService {
  private readonly audit = new AuditService();

  list(ctx: Context, filter: ServiceStationFilter = {}, page: PageArgs) {
    const qb = scopedQuery(ctx, ServiceStation, 'station');
    whereInRegionSubtree(qb, 'station.regionId', filter.regionId && dbId(filter.regionId, 'Region', 'filter.regionId'));
    if (filter.serviceTypeId) {
      qb.andWhere('station.serviceTypeIds @> ARRAY[:serviceTypeId]::bigint[]', {
        serviceTypeId: dbId(filter.serviceTypeId, 'ServiceType', 'filter.serviceTypeId'),
      });
    }
    whereEquals(qb, 'station.status', filter.status);
    whereSearch(qb, 'station.name', filter.search);
    return paginate(qb, page);
  }

  async create(ctx: Context, input: CreateServiceStationInput): Promise<ServiceStation> {
    const p = new Problems();
    const board = await boardChanges(ctx, input, p);
    for (const key of [...BOARD_TEXT, 'contactPhone'] as const) {
      if (!input[key] && !p.has(`input.${key}`)) p.add(`input.${key}`, 'required');
    }
    const region = await communityOf(ctx, input.regionId, p);
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
    return createOnce(ctx, 'createServiceStation', idempotencyKey, fingerprint, ServiceStation, async (m) => {
      const station = await m.save(m.create(ServiceStation, { ...board, regionId: region!.id, organisationId }));
      await this.audit.write(ctx, m, {
        action: 'CREATE_SERVICE_STATION',
        recordType: 'ServiceStation',
        recordId: station.id,
        after: { ...board, regionId: station.regionId, organisationId },
        regionId: station.regionId,
      });
      return station;
    });
  }

  /** Registry edit: the board and the community, by those who manage the registry there. */
  async update(ctx: Context, id: string, version: number, input: UpdateServiceStationInput): Promise<ServiceStation> {
    const stationId = dbId(id, 'ServiceStation', 'id');
    const p = new Problems();
    const changes = await boardChanges(ctx, input, p);
    const region = input.regionId ? await communityOf(ctx, input.regionId, p) : null;
    if (region) changes.regionId = region.id;
    p.throwIfAny();
    return ctx.db.transaction(async (m) => {
      const station = await lockToChange(ctx, m, ServiceStation, stationId, Permission.MANAGE_REGISTRY, version);
      const at = { regionPath: region?.path, organisationId: station.organisationId };
      if (region && !mayPlace(ctx, Permission.MANAGE_REGISTRY, at)) {
        new Problems().add('input.regionId', 'outsideScope').throwIfAny();
      }
      return this.apply(ctx, m, station, changes, 'UPDATE_SERVICE_STATION');
    });
  }

  setStatus(ctx: Context, id: string, version: number, status: RegistryStatus, reason?: string | null) {
    const stationId = dbId(id, 'ServiceStation', 'id');
    return setRegistryStatus(
      ctx,
      ServiceStation,
      'ServiceStation',
      stationId,
      version,
      status,
      reason,
      (s) => s.regionId,
    );
  }

  async updateBoard(
    ctx: Context,
    stationGlobalId: string,
    version: number,
    input: StationBoardInput,
  ): Promise<ServiceStation> {
    const stationId = dbId(stationGlobalId, 'ServiceStation', 'id');
    const p = new Problems();
    const changes = await boardChanges(ctx, input, p);
    p.throwIfAny();
    return ctx.db.transaction(async (m) => {
      const station = await m
        .getRepository(ServiceStation)
        .createQueryBuilder('s')
        .where('s.id = :stationId', { stationId })
        .setLock('pessimistic_write')
        .getOne();
      if (!station) throw notFound('ServiceStation');
      const region = await m.findOneBy(Region, { id: station.regionId });
      if (!mayEditBoard(ctx, station, region?.path)) throw forbidden();
      checkVersion(station, version);
      return this.apply(ctx, m, station, changes, 'UPDATE_STATION_BOARD');
    });
  }

  /** Writes the fields that change, audited once with their values before and after. */
  private async apply(
    ctx: Context,
    m: EntityManager,
    station: ServiceStation,
    changes: Partial<ServiceStation>,
    action: AuditAction,
  ): Promise<ServiceStation> {
    const keys = Object.keys(changes) as Array<keyof ServiceStation>;
    if (keys.length) {
      await m.update(ServiceStation, { id: station.id }, changes);
      await this.audit.write(ctx, m, {
        action,
        recordType: 'ServiceStation',
        recordId: station.id,
        regionId: changes.regionId ?? station.regionId,
        before: Object.fromEntries(keys.map((k) => [k, station[k]])),
        after: changes,
      });
    }
    return m.findOneByOrFail(ServiceStation, { id: station.id });
  }
}
