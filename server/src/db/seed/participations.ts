// Who took part in each event and for how long: the hours behind star ratings and the year's totals.
import { DEMO_NOW_MS, isoTimestamp } from './calendar';
import { copyRows } from './copy';
import type { EventPlan } from './events';
import type { StepContext } from './model';
import type { Rng } from './random';

const STATUSES = ['SIGNED_UP', 'WAITLISTED', 'CANCELLED', 'CHECKED_IN', 'COMPLETED', 'NO_SHOW'] as const;
const [SIGNED_UP, WAITLISTED, CANCELLED, , COMPLETED, NO_SHOW] = STATUSES.map((_, i) => i);
/** Nobody serves more than this many events a year, however keen. */
const MAX_EVENTS_PER_VOLUNTEER = 120;
const MINUTE = 60_000;

/**
 * Participations live in typed arrays until written: a million rows at scale 10 would cost
 * hundreds of megabytes as objects.
 */
class ParticipationBuffer {
  length = 0;
  readonly event: Int32Array;
  readonly volunteer: Int32Array;
  readonly status: Uint8Array;
  /** Minutes after the start / before the end; -1 when not checked in. */
  readonly checkIn: Int16Array;
  readonly checkOut: Int16Array;
  /** Minutes after the end; -1 when not verified. */
  readonly verified: Int32Array;
  readonly personTimes: Uint8Array;

  constructor(capacity: number) {
    this.event = new Int32Array(capacity);
    this.volunteer = new Int32Array(capacity);
    this.status = new Uint8Array(capacity);
    this.checkIn = new Int16Array(capacity);
    this.checkOut = new Int16Array(capacity);
    this.verified = new Int32Array(capacity);
    this.personTimes = new Uint8Array(capacity);
  }
}

/** Only active volunteers take part; a few keen ones take part in much more than the rest. */
function pools(ctx: StepContext) {
  const { rng, world } = ctx;
  const byDistrict: number[][] = world.districts.map(() => []);
  const students: number[] = [];
  const city: number[] = [];
  for (const v of world.volunteers) {
    if (v.status !== 'ACTIVE') continue;
    byDistrict[v.community.district.index].push(v.id);
    city.push(v.id);
    if (v.category === 'STUDENT') students.push(v.id);
  }
  byDistrict.forEach((pool) => rng.shuffle(pool));
  return { byDistrict, students: rng.shuffle(students), city: rng.shuffle(city) };
}

/** Cubing the draw favours the front of the (shuffled) pool: a long tail of occasional volunteers. */
function skewedPick(rng: Rng, pool: number[]): number {
  const r = rng.next();
  return pool[Math.floor(pool.length * r * r * r)];
}

export function seedParticipations(ctx: StepContext, events: EventPlan[]) {
  const { rng, world } = ctx;
  const { byDistrict, students, city } = pools(ctx);
  const buffer = new ParticipationBuffer(events.length * 40 + 1);
  const served = new Uint16Array(world.volunteers.length + 1);
  const lastEvent = new Int32Array(world.volunteers.length + 1).fill(-1);

  for (let e = 0; e < events.length; e++) {
    const event = events[e];
    if (event.status === 'DRAFT') {
      event.capacity = rng.int(4, 8) * 5;
      continue;
    }
    const open = event.status === 'OPEN';
    const wanted = open ? rng.int(8, 30) : rng.int(15, 40);
    const localPool = byDistrict[event.district.index];
    let taken = 0;
    let personTimes = 0;
    for (let attempt = 0; taken < wanted && attempt < wanted * 40; attempt++) {
      const pool = rng.chance(event.studentShare) ? students : rng.chance(0.85) ? localPool : city;
      if (pool.length === 0) continue;
      const id = skewedPick(rng, pool);
      if (lastEvent[id] === e || served[id] >= MAX_EVENTS_PER_VOLUNTEER) continue;
      lastEvent[id] = e;
      served[id]++;
      const i = buffer.length++;
      buffer.event[i] = event.id;
      buffer.volunteer[i] = id;
      buffer.checkIn[i] = -1;
      buffer.checkOut[i] = -1;
      buffer.verified[i] = -1;
      buffer.personTimes[i] = 0;
      taken++;
      if (event.status === 'CANCELLED') {
        buffer.status[i] = CANCELLED;
      } else if (open) {
        buffer.status[i] = rng.chance(0.05) ? CANCELLED : SIGNED_UP;
      } else {
        const status = rng.weighted([
          [COMPLETED, 90],
          [NO_SHOW, 5],
          [CANCELLED, 5],
        ] as const);
        buffer.status[i] = status;
        if (status === COMPLETED) {
          buffer.checkIn[i] = rng.int(0, 15);
          buffer.checkOut[i] = rng.int(0, 20);
          // Coordinators verify within three days; the most recent hours may still await them.
          const delay = rng.int(60, 4320);
          if (rng.chance(0.85) && event.endMs + delay * MINUTE < DEMO_NOW_MS) buffer.verified[i] = delay;
          buffer.personTimes[i] = event.headline
            ? rng.int(1, 4)
            : rng.weighted([
                [0, 4],
                [1, 5],
                [2, 1],
              ]);
          personTimes += buffer.personTimes[i];
        }
      }
    }
    // Popular open events fill up: the last sign-ups wait for a place.
    if (open && taken > 10 && rng.chance(0.3)) {
      const waiting = rng.int(1, 3);
      for (let i = buffer.length - waiting; i < buffer.length; i++) {
        if (buffer.status[i] === SIGNED_UP) buffer.status[i] = WAITLISTED;
      }
      event.capacity = taken - waiting;
    } else {
      event.capacity = Math.ceil((taken * 1.2) / 5) * 5;
    }
    event.personTimesServed = personTimes;
  }

  const startOf = (eventId: number) => events[eventId - 1].startMs;
  const endOf = (eventId: number) => events[eventId - 1].endMs;
  return {
    count: buffer.length,
    write: () =>
      copyRows(
        ctx.client,
        'participation',
        [
          'id',
          'event_id',
          'volunteer_id',
          'status',
          'check_in_at',
          'check_out_at',
          'minutes',
          'verified_at',
          'person_times_served',
        ],
        (function* () {
          for (let i = 0; i < buffer.length; i++) {
            const eventId = buffer.event[i];
            const checkedIn = buffer.checkIn[i] >= 0;
            const inMs = startOf(eventId) + buffer.checkIn[i] * MINUTE;
            const outMs = endOf(eventId) - buffer.checkOut[i] * MINUTE;
            const verified =
              buffer.verified[i] >= 0 ? isoTimestamp(endOf(eventId) + buffer.verified[i] * MINUTE) : null;
            yield [
              i + 1,
              eventId,
              buffer.volunteer[i],
              STATUSES[buffer.status[i]],
              checkedIn ? isoTimestamp(inMs) : null,
              checkedIn ? isoTimestamp(outMs) : null,
              checkedIn ? Math.round((outMs - inMs) / MINUTE) : 0,
              verified,
              buffer.personTimes[i],
            ];
          }
        })(),
        { onRows: (n) => ctx.progress('participation', n, buffer.length) },
      ),
  };
}
