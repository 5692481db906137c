// Per-request loaders for participation figures that are aggregates, not rows: one statement for
// every participation a response shows, however many there are.
import DataLoader from 'dataloader';
import type { Context } from '../../context/context';
import { PLACE_HOLDING, WAITLIST_ORDER } from './event-rules';

/**
 * 1-based place of a waitlisted participation in its event's queue (null when not waitlisted).
 * Counted over the whole queue: the number of people ahead is not personal data, their names are.
 */
export function waitlistPositions(ctx: Context): DataLoader<string, number | null> {
  return ctx.loaders.batch('waitlistPositions', async (ids) => {
    const rows: Array<{ id: string; position: number }> = await ctx.db.query(
      `SELECT w.id::text AS id, w.position::int AS position
         FROM (SELECT p.id, row_number() OVER (PARTITION BY p.event_id ORDER BY ${WAITLIST_ORDER}) AS position
                 FROM participation p
                WHERE p.status = 'WAITLISTED' AND p.deleted_at IS NULL
                  AND p.event_id IN (SELECT q.event_id FROM participation q WHERE q.id = ANY($1::bigint[]))) w
        WHERE w.id = ANY($1::bigint[])`,
      [[...ids]],
    );
    const byId = new Map(rows.map((r) => [r.id, r.position]));
    return ids.map((id) => byId.get(String(id)) ?? null);
  });
}

export interface EventPlaces {
  taken: number;
  waiting: number;
}

/** Places taken and people waiting per event: counts, not people, so the whole event is counted. */
export function eventPlaces(ctx: Context): DataLoader<string, EventPlaces> {
  return ctx.loaders.batch('eventPlaces', async (eventIds) => {
    const rows: Array<{ event_id: string; taken: number; waiting: number }> = await ctx.db.query(
      `SELECT p.event_id::text, count(*) FILTER (WHERE p.status = ANY($2::participation_status[]))::int AS taken,
              count(*) FILTER (WHERE p.status = 'WAITLISTED')::int AS waiting
         FROM participation p WHERE p.event_id = ANY($1::bigint[]) AND p.deleted_at IS NULL GROUP BY p.event_id`,
      [[...eventIds], PLACE_HOLDING],
    );
    const byEvent = new Map(rows.map((r) => [r.event_id, { taken: r.taken, waiting: r.waiting }]));
    return eventIds.map((id) => byEvent.get(String(id)) ?? { taken: 0, waiting: 0 });
  });
}
