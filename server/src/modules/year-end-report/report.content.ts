// The figures of a year-end report: the dashboard itself (DashboardService.overview, the same
// statements, scope and suppression the panel shows) for the year and for the year before, so every
// number in the document is one the dashboard gives for that scope and period.
import type { Context } from '../../context/context';
import { dbId } from '../../common/node';
import { DashboardService } from '../dashboard/dashboard.service';
import type { Dashboard } from '../dashboard/dashboard.inputs';
import { Organisation } from '../organisation/organisation.entity';
import { Region } from '../region/region.entity';
import { reportScopeKey, storedPlans } from './report-plans';

export interface ReportRequest {
  year: number;
  regionId?: string | null;
  organisationId?: string | null;
  plans?: string | null;
}

export interface ReportContent {
  year: number;
  scopeName: string;
  current: Dashboard;
  previous: Dashboard;
  plans: string;
}

/** A city year runs on China Standard Time. */
const yearStart = (year: number) => new Date(`${year}-01-01T00:00:00+08:00`);

export async function reportContent(ctx: Context, req: ReportRequest): Promise<ReportContent> {
  const dashboards = new DashboardService();
  const filter = (year: number) => ({
    regionId: req.regionId ?? undefined,
    organisationId: req.organisationId ?? undefined,
    from: yearStart(year),
    to: yearStart(year + 1),
  });
  const [current, previous] = await Promise.all([
    dashboards.overview(ctx, filter(req.year)),
    dashboards.overview(ctx, filter(req.year - 1)),
  ]);
  let scopeName = '全部';
  if (req.organisationId) {
    const org = await ctx.loaders.one(Organisation).load(dbId(req.organisationId, 'Organisation', 'organisationId'));
    scopeName = org?.name ?? scopeName;
  } else if (req.regionId) {
    const region = await ctx.loaders.one(Region).load(dbId(req.regionId, 'Region', 'regionId'));
    scopeName = region?.name ?? scopeName;
  }
  // Plans given with the request win; otherwise the ones saved for this scope and year.
  let plans = req.plans?.trim() ?? '';
  if (req.plans == null) {
    const key = await reportScopeKey(ctx, req);
    plans = (await storedPlans(ctx.db.manager, key, req.year))?.plans ?? '';
  }
  return { year: req.year, scopeName, current, previous, plans };
}
