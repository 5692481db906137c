// Commendations (表彰): the register, ranking a year's volunteers, and awarding, within the viewer's scope.
import { scopedQuery } from '../../context/scoped-query';
import type { Context } from '../../context/context';
import { paginate, type PageArgs, nestedFirst } from '../../common/pagination';
import { whereEquals } from '../../common/filters';
import { dbId } from '../../common/node';
import { Permission } from '../../auth/permissions';
import { mayPlace, ownOrganisationId } from '../../auth/write-policy';
import { conflict, fieldError, forbidden, notFound, Problems } from '../../common/errors';
import { createOnce } from '../../common/write';
import { AuditService } from '../audit/audit.service';
import { Organisation } from '../organisation/organisation.entity';
import { Region } from '../region/region.entity';
import { Volunteer } from '../volunteer/volunteer.entity';
import { Commendation } from './commendation.entity';
import type { CommendationFilter, AwardCommendationInput, CommendationCandidate } from './commendation.inputs';

/** Years run on China Standard Time. */
const yearBounds = (year: number) => [`${year}-01-01T00:00:00+08:00`, `${year + 1}-01-01T00:00:00+08:00`];

export class CommendationService {
  private readonly audit = new AuditService();

  list(ctx: Context, f: CommendationFilter = {}, page: PageArgs) {
    const qb = scopedQuery(ctx, Commendation, 'c');
    whereEquals(qb, 'c.year', f.year);
    whereEquals(qb, 'c.volunteerId', f.volunteerId && dbId(f.volunteerId, 'Volunteer', 'filter.volunteerId'));
    whereEquals(qb, 'c.awardedById', f.awardedById && dbId(f.awardedById, 'Organisation', 'filter.awardedById'));
    return paginate(qb, page);
  }

  /** One statement ranks; the volunteers then come through the request's loader (one more). */
  async candidates(
    ctx: Context,
    year: number,
    first: number,
    regionId?: string | null,
    organisationId?: string | null,
  ): Promise<CommendationCandidate[]> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw fieldError('year', 'outOfRange', { min: 2000, max: 2100 });
    const scope = ctx.scope.writePredicate('Volunteer', 'v', Permission.AWARD_COMMENDATIONS) ?? 'TRUE';
    const params: unknown[] = [...yearBounds(year), nestedFirst(first), year];
    let filters = '';
    if (regionId) {
      const region = await ctx.db.getRepository(Region).findOneBy({ id: dbId(regionId, 'Region', 'regionId') });
      if (!region) throw notFound('Region');
      params.push(`${region.path}%`);
      filters += ` AND v.home_region_id IN (SELECT r.id FROM region r WHERE r.path LIKE $${params.length})`;
    }
    if (organisationId) {
      params.push(dbId(organisationId, 'Organisation', 'organisationId'));
      filters += ` AND v.organisation_id = $${params.length}`;
    }
    const rows: Array<{ id: string; minutes: string; events: number; commended: boolean }> = await ctx.db.query(
      `SELECT v.id::text, sum(p.minutes)::bigint AS minutes, count(DISTINCT p.event_id)::int AS events,
              EXISTS (SELECT 1 FROM commendation c WHERE c.volunteer_id = v.id AND c.year = $4) AS commended
         FROM participation p
         JOIN service_event e ON e.id = p.event_id
         JOIN volunteer v ON v.id = p.volunteer_id
        WHERE p.verified_at IS NOT NULL AND p.deleted_at IS NULL AND p.minutes > 0
          AND e.starts_at >= $1 AND e.starts_at < $2 AND v.status = 'ACTIVE'
          AND (${scope})${filters}
        GROUP BY v.id
        ORDER BY minutes DESC, events DESC, v.id
        LIMIT $3`,
      params,
    );
    const volunteers = await ctx.loaders.one(Volunteer).loadMany(rows.map((r) => r.id));
    return rows.flatMap((r, i) => {
      const volunteer = volunteers[i];
      if (!volunteer || volunteer instanceof Error) return [];
      return [
        {
          rank: i + 1,
          volunteer,
          verifiedHours: Math.round((Number(r.minutes) / 60) * 10) / 10,
          events: r.events,
          commended: r.commended,
        },
      ];
    });
  }

  async award(ctx: Context, input: AwardCommendationInput): Promise<Commendation> {
    const p = new Problems();
    const title = input.title.trim();
    p.check(!title, 'input.title', 'required');
    const volunteerId = dbId(input.volunteerId, 'Volunteer', 'input.volunteerId');
    const awardedById = input.awardedById
      ? dbId(input.awardedById, 'Organisation', 'input.awardedById')
      : ownOrganisationId(ctx);
    if (!awardedById) p.add('input.awardedById', 'required');
    p.throwIfAny();
    const org = await ctx.db.getRepository(Organisation).findOneBy({ id: awardedById! });
    if (!org) throw notFound('Organisation');
    const orgRegion = await ctx.db.getRepository(Region).findOneBy({ id: org.regionId });
    if (!mayPlace(ctx, Permission.AWARD_COMMENDATIONS, { organisationId: org.id, regionPath: orgRegion?.path }))
      throw forbidden();

    const { idempotencyKey, ...fingerprint } = input;
    return createOnce(ctx, 'awardCommendation', idempotencyKey, fingerprint, Commendation, async (m) => {
      const scope = ctx.scope.writePredicate('Volunteer', 'v', Permission.AWARD_COMMENDATIONS);
      const qb = m.getRepository(Volunteer).createQueryBuilder('v').where('v.id = :volunteerId', { volunteerId });
      if (scope) qb.andWhere(`(${scope})`);
      const volunteer = await qb.getOne();
      if (!volunteer) throw notFound('Volunteer');
      const dup = await m.query<unknown[]>(
        `SELECT 1 FROM commendation WHERE volunteer_id = $1 AND year = $2 AND title = $3`,
        [volunteerId, input.year, title],
      );
      if (dup.length) throw conflict('invalidTransition', { status: 'COMMENDED' }, { field: 'input.title' });
      const awardedOn = ctx.now().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
      const c = await m.save(
        m.create(Commendation, { volunteerId, year: input.year, title, awardedById: org.id, awardedOn }),
      );
      await this.audit.write(ctx, m, {
        action: 'AWARD_COMMENDATION',
        recordType: 'Commendation',
        recordId: c.id,
        regionId: volunteer.homeRegionId,
        after: { volunteerId, year: input.year, title, awardedById: org.id },
      });
      return c;
    });
  }
}
