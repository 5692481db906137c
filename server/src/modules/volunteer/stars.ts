// Star levels by cumulative verified service hours (Ministry of Civil Affairs volunteer service
// record measures: 100 / 300 / 600 / 1000 / 1500 hours for one to five stars), which a jurisdiction
// may set for itself and everything below it.
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { canPlace } from '../../auth/placement';
import { fieldError, forbidden, notFound, Problems } from '../../common/errors';
import { dbId } from '../../common/node';
import { AuditService } from '../audit/audit.service';
import { Region } from '../region/region.entity';
import type { Volunteer } from './volunteer.entity';

export const DEFAULT_STAR_THRESHOLDS_HOURS = [100, 300, 600, 1000, 1500] as const;

export function starLevel(
  verifiedMinutes: number,
  thresholdsHours: readonly number[] = DEFAULT_STAR_THRESHOLDS_HOURS,
): number {
  return thresholdsHours.filter((h) => verifiedMinutes >= h * 60).length;
}

const ancestorIds = (path: string) => path.split('/').filter(Boolean);

export class StarService {
  private readonly audit = new AuditService();

  /** The thresholds in force for a region: its own, else its nearest ancestor's, else the default. */
  async thresholdsFor(ctx: Context, regionId: string): Promise<readonly number[]> {
    const region = await ctx.loaders.one(Region).load(regionId);
    if (!region) return DEFAULT_STAR_THRESHOLDS_HOURS;
    const chain = await ctx.loaders.one(Region).loadMany(ancestorIds(region.path));
    for (const r of [...chain].reverse()) {
      if (r && !(r instanceof Error) && r.starThresholdsHours?.length) return r.starThresholdsHours;
    }
    return DEFAULT_STAR_THRESHOLDS_HOURS;
  }

  async levelOf(ctx: Context, v: Volunteer): Promise<number> {
    return starLevel(Number(v.verifiedMinutes), await this.thresholdsFor(ctx, v.homeRegionId));
  }

  /** Sets (or with null, clears to inherit) a jurisdiction's five thresholds, strictly increasing. */
  async setThresholds(ctx: Context, regionGlobalId: string, hours: number[] | null): Promise<Region> {
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
      if (!canPlace(ctx, Permission.CONFIGURE_STARS, { regionPath: region.path })) throw forbidden();
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
