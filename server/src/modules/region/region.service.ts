// The region tree: reads (subtree filters use the materialised path) and each jurisdiction's
// star thresholds (Ministry of Civil Affairs record measures), which it may set for itself and below.
import { scopedQuery } from '../../context/scoped-query';
import type { Context } from '../../context/context';
import { paginate, type PageArgs } from '../../common/pagination';
import { whereEquals, whereInRegionSubtree, whereSearch } from '../../common/filters';
import { dbId } from '../../common/node';
import { Permission } from '../../auth/permissions';
import { mayPlace } from '../../auth/write-policy';
import { fieldError, forbidden, notFound, Problems } from '../../common/errors';
import { AuditService } from '../audit/audit.service';
import { DEFAULT_STAR_THRESHOLDS_HOURS } from '../volunteer/star-level';
import { Region } from './region.entity';
import type { RegionFilter } from './region.inputs';

const ancestorIds = (path: string) => path.split('/').filter(Boolean);

export class RegionService {
  private readonly audit = new AuditService();

  list(ctx: Context, filter: RegionFilter = {}, page: PageArgs) {
    const qb = scopedQuery(ctx, Region, 'region');
    whereInRegionSubtree(qb, 'region.id', filter.withinId && dbId(filter.withinId, 'Region', 'filter.withinId'));
    whereEquals(qb, 'region.parentId', filter.parentId && dbId(filter.parentId, 'Region', 'filter.parentId'));
    whereEquals(qb, 'region.level', filter.level);
    whereSearch(qb, 'region.name', filter.search);
    return paginate(qb, page);
  }

  /** The thresholds in force for a region: its own, else its nearest ancestor's, else the default. */
  async starThresholds(ctx: Context, regionId: string): Promise<readonly number[]> {
    const region = await ctx.loaders.one(Region).load(regionId);
    if (!region) return DEFAULT_STAR_THRESHOLDS_HOURS;
    const chain = await ctx.loaders.one(Region).loadMany(ancestorIds(region.path));
    for (const r of [...chain].reverse()) {
      if (r && !(r instanceof Error) && r.starThresholdsHours?.length) return r.starThresholdsHours;
    }
    return DEFAULT_STAR_THRESHOLDS_HOURS;
  }

  /** Sets (or with null, clears to inherit) a jurisdiction's five thresholds, strictly increasing. */
  async setStarThresholds(ctx: Context, regionGlobalId: string, hours: number[] | null): Promise<Region> {
    const regionId = dbId(regionGlobalId, 'Region', 'regionId');
    if (hours) {
      const p = new Problems();
      p.check(hours.length !== 5, 'hours', 'invalid');
      hours.forEach((h, i) =>
        p.check(
          !Number.isInteger(h) || h < 1 || h > 100_000 || (i > 0 && h <= hours[i - 1]),
          `hours[${i}]`,
          'outOfRange',
          {
            min: i > 0 ? hours[i - 1] + 1 : 1,
            max: 100_000,
          },
        ),
      );
      p.throwIfAny();
    }
    return ctx.db.transaction(async (m) => {
      const region = await m
        .getRepository(Region)
        .createQueryBuilder('r')
        .where('r.id = :regionId', { regionId })
        .setLock('pessimistic_write')
        .getOne();
      if (!region) throw notFound('Region');
      if (!mayPlace(ctx, Permission.CONFIGURE_STARS, { regionPath: region.path })) throw forbidden();
      if (hours && hours.length === 0) throw fieldError('hours', 'invalid');
      await m.update(Region, { id: regionId }, { starThresholdsHours: hours });
      await this.audit.write(ctx, m, {
        action: 'SET_STAR_THRESHOLDS',
        recordType: 'Region',
        recordId: regionId,
        regionId,
        before: { starThresholdsHours: region.starThresholdsHours },
        after: { starThresholdsHours: hours },
      });
      return m.findOneByOrFail(Region, { id: regionId });
    });
  }
}
