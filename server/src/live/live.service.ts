// The subscriptions' streams. Each listens to the bus and decides, for its own viewer, whether a
// change concerns it: to-do counts and event figures are recomputed in the viewer's scope and pushed
// only when they differ; a dashboard is told "changed" only for records the viewer may see. Scope is
// applied at every push, never only at subscribe time.
import type { Context } from '../context/context';
import { notFound } from '../common/errors';
import { dbId, toGlobalId } from '../common/node';
import { TodoService } from '../modules/todo/todo.service';
import { TODO_RECORD_TYPES } from '../modules/todo/todo.kinds';
import type { TodoCounts } from '../modules/todo/todo.types';
import { PLACE_HOLDING } from '../modules/service-event/event-rules';
import type { LiveRuntime } from './bus';
import { CHANGES_TOPIC, inboxTopic, type Change } from './changes';
import type { EventFigures, LiveChange } from './live.types';
import { serialised, stream } from './stream';

/** Which dashboard sections a change to a record type moves. */
const DASHBOARD_SECTIONS: Record<string, string[]> = {
  Volunteer: ['volunteers'],
  ServiceEvent: ['events'],
  Participation: ['events', 'hours'],
  HourReport: ['hours'],
  HourCorrection: ['hours'],
  Pairing: ['pairings'],
  PairingVisit: ['pairings'],
  Campaign: ['campaigns'],
  CampaignPartner: ['campaigns'],
  Donation: ['donations'],
  TrainingSession: ['training'],
  Beneficiary: ['beneficiaries'],
  Household: ['beneficiaries'],
  ServiceRequest: ['requests'],
  Commendation: ['commendations'],
};

const isChange = (m: unknown): m is Change =>
  typeof m === 'object' && m !== null && typeof (m as Change).recordType === 'string';

function runtime(ctx: Context): LiveRuntime {
  if (!ctx.live) throw new Error('subscriptions run only over the WebSocket endpoint');
  return ctx.live;
}

export class LiveService {
  private readonly todo = new TodoService();

  /** The viewer's to-do counts: now, then whenever they change. */
  todoCounts(ctx: Context): AsyncIterableIterator<TodoCounts> {
    const { bus } = runtime(ctx);
    return stream<TodoCounts>((sink) => {
      let last = '';
      const recompute = serialised(
        async () => {
          const counts = await this.todo.counts(ctx);
          const key = JSON.stringify(counts);
          if (key !== last) sink.push(counts);
          last = key;
        },
        (err) => ctx.log.warn({ err }, 'to-do recount failed'),
      );
      const off = bus.subscribe(CHANGES_TOPIC, (m) => {
        if (isChange(m) && TODO_RECORD_TYPES.has(m.recordType)) recompute();
      });
      void bus.subscribed().then(recompute);
      return off;
    });
  }

  /** The viewer's own inbox: a signal per change, after a first one saying the subscription is live. */
  inbox(ctx: Context): AsyncIterableIterator<LiveChange> {
    const { bus } = runtime(ctx);
    const topic = inboxTopic(ctx.viewer!.accountId);
    return stream<LiveChange>((sink) => {
      const off = bus.subscribe(topic, () => sink.push({ sections: ['inbox'], at: new Date() }));
      void bus.subscribed().then(() => sink.push({ sections: [], at: new Date() }));
      return off;
    });
  }

  /** An event's figures, if the viewer sees the event: now, then whenever they change; ends if it goes out of sight. */
  async eventFigures(ctx: Context, eventGid: string): Promise<AsyncIterableIterator<EventFigures>> {
    const { bus } = runtime(ctx);
    const eventId = dbId(eventGid, 'ServiceEvent', 'eventId');
    const first = await this.figures(ctx, eventId);
    if (!first) throw notFound('ServiceEvent');
    return stream<EventFigures>((sink) => {
      let last = '';
      const recompute = serialised(
        async () => {
          const figures = await this.figures(ctx, eventId);
          if (!figures) return sink.end();
          const key = JSON.stringify(figures);
          if (key !== last) sink.push(figures);
          last = key;
        },
        (err) => ctx.log.warn({ err }, 'event figures failed'),
      );
      const off = bus.subscribe(CHANGES_TOPIC, (m) => {
        if (!isChange(m) || (m.recordType !== 'Participation' && m.recordType !== 'ServiceEvent')) return;
        // A change naming another event is not ours; one naming none (a participation by id) may be.
        if (m.eventId === null || m.eventId === eventId) recompute();
      });
      void bus.subscribed().then(recompute);
      return off;
    });
  }

  /** "Changed" with the sections moved, for records the viewer may see, at most once per throttle period. */
  dashboard(ctx: Context): AsyncIterableIterator<LiveChange> {
    const { bus, dashboardThrottleMs } = runtime(ctx);
    return stream<LiveChange>((sink) => {
      const sections = new Set<string>();
      let lastPush = 0;
      let timer: NodeJS.Timeout | null = null;
      const flush = () => {
        timer = null;
        lastPush = Date.now();
        sink.push({ sections: [...sections].sort(), at: new Date() });
        sections.clear();
      };
      const off = bus.subscribe(CHANGES_TOPIC, (m) => {
        if (!isChange(m) || !m.recordId || !DASHBOARD_SECTIONS[m.recordType]) return;
        void this.visible(ctx, m.recordType, m.recordId)
          .then((seen) => {
            if (!seen) return;
            for (const s of DASHBOARD_SECTIONS[m.recordType]) sections.add(s);
            timer ??= setTimeout(flush, Math.max(0, lastPush + dashboardThrottleMs - Date.now()));
          })
          .catch((err: unknown) => ctx.log.warn({ err }, 'dashboard visibility check failed'));
      });
      void bus.subscribed().then(() => sink.push({ sections: [], at: new Date() }));
      return () => {
        off();
        if (timer) clearTimeout(timer);
      };
    });
  }

  /** Whether the viewer's read scope includes the record (auth/scope.ts), as a list of its table would. */
  private async visible(ctx: Context, recordType: string, recordId: string): Promise<boolean> {
    if (!ctx.db.hasMetadata(recordType) || !/^\d{1,18}$/.test(recordId)) return false;
    const table = ctx.db.getMetadata(recordType).tableName;
    const predicate = ctx.scope.predicate(recordType, 'r');
    const [row] = await ctx.db.query<Array<{ seen: boolean }>>(
      `SELECT EXISTS (SELECT 1 FROM ${table} r WHERE r.id = $1${predicate ? ` AND (${predicate})` : ''}) AS seen`,
      [recordId],
    );
    return row.seen;
  }

  /** The figures of an event the viewer sees, or null. */
  private async figures(ctx: Context, eventId: string): Promise<EventFigures | null> {
    const predicate = ctx.scope.predicate('ServiceEvent', 'e');
    const [row] = await ctx.db.query<
      Array<{ capacity: number; taken: number; waitlisted: number; checked_in: number; checked_out: number }>
    >(
      `SELECT e.capacity,
              count(p.id) FILTER (WHERE p.status = ANY($2::participation_status[]))::int AS taken,
              count(p.id) FILTER (WHERE p.status = 'WAITLISTED')::int AS waitlisted,
              count(p.id) FILTER (WHERE p.status = 'CHECKED_IN')::int AS checked_in,
              count(p.id) FILTER (WHERE p.status = 'COMPLETED')::int AS checked_out
         FROM service_event e LEFT JOIN participation p ON p.event_id = e.id AND p.deleted_at IS NULL
        WHERE e.id = $1${predicate ? ` AND (${predicate})` : ''}
        GROUP BY e.id`,
      [eventId, PLACE_HOLDING],
    );
    if (!row) return null;
    return {
      eventId: toGlobalId('ServiceEvent', eventId),
      placesTaken: row.taken,
      waitlisted: row.waitlisted,
      checkedIn: row.checked_in,
      checkedOut: row.checked_out,
      capacity: row.capacity,
    };
  }
}
