// The part of the city a dashboard covers: the caller's aggregate scope narrowed by the filter.
import type { Context } from '../../context/context';
import { badInput, userError } from '../../common/errors';
import { dbId } from '../../common/node';
import { Permission, Role } from '../../auth/permissions';
import type { DashboardFilter } from './dashboard.inputs';

export interface Lens {
  /** Materialised path prefix of the region covered, or null for the whole city. */
  regionPath: string | null;
  /** Depth of that region (0 for the city), for "one level down" breakdowns. */
  regionDepth: number;
  organisationId: string | null;
  campaignId: string | null;
  from: Date;
  to: Date;
  /** Viewers without access to personal data get small disability groups suppressed. */
  suppressSmallGroups: boolean;
}

interface RoleLens {
  regionPath: string | null;
  organisationId: string | null;
}

/**
 * Aggregates are scoped like rows, but more widely for viewers: a VIEWER reads the figures of its
 * region (or the city) without reading any person. With several roles, the one that covers the
 * filter is used.
 */
export async function resolveLens(ctx: Context, filter: DashboardFilter): Promise<Lens> {
  const viewer = ctx.viewer!;
  const regionId = filter.regionId ? dbId(filter.regionId, 'Region', 'filter.regionId') : null;
  const organisationId = filter.organisationId
    ? dbId(filter.organisationId, 'Organisation', 'filter.organisationId')
    : null;
  const campaignId = filter.campaignId ? dbId(filter.campaignId, 'Campaign', 'filter.campaignId') : null;
  const now = ctx.now();
  const from = filter.from ?? new Date(Date.UTC(now.getUTCFullYear(), 0, 1) - 8 * 3_600_000);
  const to = filter.to ?? now;
  if (!(from < to)) throw badInput('filter.from', 'The period must start before it ends.');

  const [row] = regionId
    ? await ctx.db.query<Array<{ path: string | null; depth: number }>>(
        `SELECT path, depth FROM region WHERE id = $1`,
        [regionId],
      )
    : [{ path: null, depth: 0 }];
  if (!row) throw badInput('filter.regionId', 'No such region.');

  const lenses: RoleLens[] = [];
  for (const g of viewer.roles) {
    if (g.role === Role.HUB_ADMIN || (g.role === Role.VIEWER && !g.regionId))
      lenses.push({ regionPath: null, organisationId: null });
    else if (g.role === Role.REGION_ADMIN || g.role === Role.VIEWER)
      lenses.push({ regionPath: g.regionPath, organisationId: null });
    else if (g.role === Role.ORG_ADMIN) lenses.push({ regionPath: null, organisationId: g.organisationId });
    else if (g.role === Role.STATION_COORDINATOR && g.stationPath)
      lenses.push({ regionPath: g.stationPath, organisationId: null });
  }
  const fits = (l: RoleLens) =>
    (!l.regionPath || (row.path && String(row.path).startsWith(l.regionPath))) &&
    (!l.organisationId || !organisationId || l.organisationId === organisationId);
  const base = lenses.find((l) => !l.regionPath && !l.organisationId) ?? lenses.find(fits) ?? lenses[0];
  if (!base) throw userError('FORBIDDEN', 'Your roles have no dashboard.');
  if (regionId && base.regionPath && !String(row.path).startsWith(base.regionPath)) {
    throw userError('FORBIDDEN', 'That region is outside your scope.');
  }
  if (organisationId && base.organisationId && organisationId !== base.organisationId) {
    throw userError('FORBIDDEN', 'That organisation is outside your scope.');
  }
  const regionPath = row.path ?? base.regionPath;
  const regionDepth = row.path
    ? Number(row.depth)
    : base.regionPath
      ? base.regionPath.split('/').filter(Boolean).length - 1
      : 0;
  return {
    regionPath,
    regionDepth,
    organisationId: base.organisationId ?? organisationId,
    campaignId,
    from,
    to,
    suppressSmallGroups: !viewer.has(Permission.READ_PERSONAL_DATA_MASKED),
  };
}
