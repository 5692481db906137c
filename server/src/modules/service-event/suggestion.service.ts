// Who could come: ACTIVE volunteers the organiser may enrol, ranked for one event by four parts,
// each 0–1 and returned with the total so the organiser sees why:
//   skill        required skills held (share of them); with none required, any skill of the event's service type
//   availability a weekly slot covering the event's time (1), or overlapping it (0.5), city time
//   distance     home in the event's community (1), subdistrict (0.6), district (0.3, also a preferred district)
//   load         fewer verified hours in the last 30 days ranks higher: 1 / (1 + hours / 10)
// Total = 0.4 skill + 0.3 availability + 0.2 distance + 0.1 load; ties by volunteer id.
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { dbId } from '../../common/node';
import { Volunteer } from '../volunteer/volunteer.entity';
import { lockManagedEvent } from './event-rules';
import type { VolunteerSuggestion } from './invitation.types';

export const SUGGESTION_WEIGHTS = { skill: 0.4, availability: 0.3, distance: 0.2, load: 0.1 } as const;
export const MAX_SUGGESTIONS = 50;

interface Row {
  id: string;
  skill: number;
  availability: number;
  distance: number;
  load: number;
  recent_minutes: number;
  total: number;
}

export class SuggestionService {
  async suggest(ctx: Context, eventGlobalId: string, first: number): Promise<VolunteerSuggestion[]> {
    const eventId = dbId(eventGlobalId, 'ServiceEvent', 'eventId');
    const limit = Math.max(1, Math.min(first, MAX_SUGGESTIONS));
    return ctx.db.transaction(async (m) => {
      // Only whoever runs the event is offered its candidates (NOT_FOUND / FORBIDDEN otherwise).
      await lockManagedEvent(ctx, m, eventId);
      const inScope = ctx.scope.writePredicate('Volunteer', 'v', Permission.MANAGE_EVENTS);
      const w = SUGGESTION_WEIGHTS;
      const rows = await m.query<Row[]>(
        `WITH ev AS (
           SELECT e.id, e.service_type_id, e.required_skill_ids, e.adults_only,
                  string_to_array(trim(both '/' from r.path), '/') AS segs,
                  (e.starts_at AT TIME ZONE 'Asia/Shanghai') AS local_start,
                  (e.ends_at AT TIME ZONE 'Asia/Shanghai') AS local_end
             FROM service_event e JOIN region r ON r.id = e.region_id WHERE e.id = $1),
         win AS (
           SELECT extract(isodow FROM local_start)::int AS dow, to_char(local_start, 'HH24:MI') AS t0,
                  CASE WHEN local_end::date > local_start::date THEN '24:00' ELSE to_char(local_end, 'HH24:MI') END AS t1
             FROM ev),
         typed AS (SELECT coalesce(array_agg(s.id), '{}') AS ids FROM skill s, ev WHERE s.service_type_id = ev.service_type_id),
         scored AS (
           SELECT v.id,
             CASE WHEN cardinality(ev.required_skill_ids) > 0
                  THEN cardinality(ARRAY(SELECT unnest(v.skill_ids) INTERSECT SELECT unnest(ev.required_skill_ids)))::float8
                       / cardinality(ev.required_skill_ids)
                  WHEN v.skill_ids && typed.ids THEN 1 ELSE 0 END AS skill,
             coalesce((SELECT max(CASE WHEN s."from" <= win.t0 AND s."to" >= win.t1 THEN 1 ELSE 0.5 END)
                         FROM jsonb_to_recordset(v.availability) AS s(weekday int, "from" text, "to" text)
                        WHERE s.weekday = win.dow AND s."from" < win.t1 AND s."to" > win.t0), 0)::float8 AS availability,
             GREATEST(
               CASE (SELECT count(*) FROM generate_series(1, 4) i
                      WHERE cardinality(hs.segs) >= i AND cardinality(ev.segs) >= i AND hs.segs[1:i] = ev.segs[1:i])
                 WHEN 4 THEN 1 WHEN 3 THEN 0.6 WHEN 2 THEN 0.3 ELSE 0 END,
               CASE WHEN ev.segs[2]::bigint = ANY(v.preferred_district_ids) THEN 0.3 ELSE 0 END)::float8 AS distance,
             coalesce((SELECT sum(p.minutes) FROM participation p JOIN service_event pe ON pe.id = p.event_id
                        WHERE p.volunteer_id = v.id AND p.status = 'COMPLETED' AND p.deleted_at IS NULL
                          AND pe.starts_at >= $2::timestamptz - interval '30 days' AND pe.starts_at < $2::timestamptz), 0)::int
               AS recent_minutes
             FROM volunteer v
             JOIN region home ON home.id = v.home_region_id
             CROSS JOIN LATERAL (SELECT string_to_array(trim(both '/' from home.path), '/') AS segs) hs
             CROSS JOIN ev CROSS JOIN win CROSS JOIN typed
            WHERE v.status = 'ACTIVE'
              ${inScope ? `AND (${inScope})` : ''}
              AND NOT EXISTS (SELECT 1 FROM participation x WHERE x.event_id = ev.id AND x.volunteer_id = v.id
                                AND x.deleted_at IS NULL AND x.status <> 'CANCELLED')
              AND (NOT ev.adults_only OR v.birth_date <= (ev.local_start::date - interval '18 years')))
         SELECT id::text, skill, availability, distance, recent_minutes,
                1 / (1 + recent_minutes / 600.0)::float8 AS load,
                (${w.skill} * skill + ${w.availability} * availability + ${w.distance} * distance
                  + ${w.load} / (1 + recent_minutes / 600.0))::float8 AS total
           FROM scored
          ORDER BY total DESC, scored.id
          LIMIT $3`,
        [eventId, ctx.now().toISOString(), limit],
      );
      const volunteers = await ctx.loaders.one(Volunteer).loadMany(rows.map((r) => r.id));
      return rows.map((r, i) => ({
        volunteer: volunteers[i] as Volunteer,
        score: round(r.total),
        skillScore: round(r.skill),
        availabilityScore: round(r.availability),
        distanceScore: round(r.distance),
        loadScore: round(r.load),
        recentHours: Math.round((r.recent_minutes / 60) * 10) / 10,
      }));
    });
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;
