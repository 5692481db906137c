// Service stations: reads of the directory, and the public board their coordinator (or the region's
// admins) keeps.
import { scopedQuery } from '../../context/scoped-query';
import type { Context } from '../../context/context';
import { paginate, type PageArgs } from '../../common/pagination';
import { whereInRegionSubtree, whereSearch } from '../../common/filters';
import { dbId } from '../../common/node';
import { Permission } from '../../auth/permissions';
import { mayPlace } from '../../auth/write-policy';
import { forbidden, notFound, Problems } from '../../common/errors';
import { checkVersion } from '../../common/write';
import { AuditService } from '../audit/audit.service';
import { Region } from '../region/region.entity';
import { ServiceType } from '../service-type/service-type.entity';
import { ServiceStation } from './service-station.entity';
import type { ServiceStationFilter, StationBoardInput } from './service-station.inputs';

const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;

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
    whereSearch(qb, 'station.name', filter.search);
    return paginate(qb, page);
  }

  async updateBoard(
    ctx: Context,
    stationGlobalId: string,
    version: number,
    input: StationBoardInput,
  ): Promise<ServiceStation> {
    const stationId = dbId(stationGlobalId, 'ServiceStation', 'id');
    const p = new Problems();
    const changes: Partial<ServiceStation> = {};
    for (const key of ['name', 'address', 'openingHours', 'contactName'] as const) {
      const value = input[key];
      if (value === undefined || value === null) continue;
      if (!p.check(!value.trim(), `input.${key}`, 'required')) changes[key] = value.trim();
    }
    if (input.contactPhone !== undefined && input.contactPhone !== null) {
      const phone = input.contactPhone.replace(/\s/g, '');
      if (!p.check(!PHONE.test(phone), 'input.contactPhone', 'phoneInvalid')) changes.contactPhone = phone;
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
      const at = { regionPath: region?.path, stationId: station.id, organisationId: station.organisationId };
      if (!mayPlace(ctx, Permission.EDIT_STATION_BOARD, at)) throw forbidden();
      checkVersion(station, version);
      const keys = Object.keys(changes) as Array<keyof ServiceStation>;
      if (keys.length) {
        await m.update(ServiceStation, { id: station.id }, changes);
        await this.audit.write(ctx, m, {
          action: 'UPDATE_STATION_BOARD',
          recordType: 'ServiceStation',
          recordId: station.id,
          regionId: station.regionId,
          before: Object.fromEntries(keys.map((k) => [k, station[k]])),
          after: changes,
        });
      }
      return m.findOneByOrFail(ServiceStation, { id: station.id });
    });
  }
}
