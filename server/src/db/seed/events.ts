// The service events of 2026: campaign events, station-led events and routine station duty.
import { addDays, DEMO_NOW_MS, DEMO_YEAR, daysBetween, isoTimestamp, localMs } from './calendar';
import { copyRows } from './copy';
import type { CampaignSeed, Community, District, StepContext, World } from './model';
import { seedParticipations } from './participations';
import type { Rng } from './random';

/** Headline events per unit of scale: half under a campaign, half run by a station. */
const CAMPAIGN_EVENTS = 60;
const STATION_EVENTS = 60;
/**
 * Routine station duty grows with the square of the scale: the demo (scale 1) stays close to the
 * report's year of a few hundred events, while scale 10 yields a million participations for load tests.
 */
const ROUTINE_EVENTS = 400;

const SLOTS: ReadonlyArray<readonly [number, number]> = [
  [8, 30],
  [9, 0],
  [9, 30],
  [14, 0],
  [14, 30],
  [15, 0],
];
const SQUARES = ['文化广场', '人民广场', '残疾人综合服务中心', '体育中心', '文化馆'];
const LAST_EVENT_DAY = `${DEMO_YEAR}-12-30`;

export interface EventPlan {
  id: number;
  title: string;
  campaignId: number | null;
  stationId: number | null;
  serviceTypeId: number;
  organiserId: number;
  regionId: number;
  place: string;
  startMs: number;
  endMs: number;
  district: District;
  /** Share of participants drawn from the student pool (campaigns with universities). */
  studentShare: number;
  /** Headline events serve more people per volunteer than routine station duty. */
  headline: boolean;
  status: 'DRAFT' | 'OPEN' | 'CLOSED' | 'CANCELLED';
  capacity: number;
  personTimesServed: number;
}

/** What the planners decide; status, capacity and totals follow once the calendar is sorted. */
type EventDraft = Omit<EventPlan, 'id' | 'status' | 'capacity' | 'personTimesServed'>;

function timeWindow(rng: Rng, date: string): [number, number] {
  const [hour, minute] = rng.pick(SLOTS);
  const start = localMs(date, hour, minute);
  return [start, start + rng.pick([120, 150, 180, 210, 240]) * 60_000];
}

function dayBetween(rng: Rng, from: string, to: string): string {
  return addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));
}

function planCampaignEvent(rng: Rng, world: World, campaign: CampaignSeed, first: boolean): EventDraft {
  const type = world.serviceTypeByCode.get(rng.pick(campaign.serviceTypeCodes))!;
  const rural = campaign.key === 'POVERTY' && rng.chance(0.6);
  const candidates = world.communities.filter((c) => c.village === rural);
  const community = rng.pick(candidates);
  const district = community.district;
  // The theme day itself opens each campaign; district federations hold it in squares and centres.
  const lastDay = campaign.endsOn < LAST_EVENT_DAY ? campaign.endsOn : LAST_EVENT_DAY;
  const date = first ? campaign.startsOn : dayBetween(rng, campaign.startsOn, lastDay);
  const inSquare = first || rng.chance(0.5);
  const [startMs, endMs] = timeWindow(rng, date);
  return {
    title: `${campaign.name}·${type.name}${inSquare ? `（${district.name}）` : `进${community.name}`}`,
    campaignId: campaign.id,
    stationId: inSquare ? null : community.stationId,
    serviceTypeId: type.id,
    organiserId: first ? campaign.leadId : rng.pick(campaign.organiserIds),
    regionId: inSquare ? district.id : community.id,
    place: inSquare ? `${district.name}${rng.pick(SQUARES)}` : `${community.name}志愿者服务站`,
    startMs,
    endMs,
    district,
    studentShare:
      campaign.key === 'SUNSHINE' || campaign.key === 'EYES' ? 0.6 : campaign.key === 'LEI_FENG' ? 0.4 : 0.1,
    headline: true,
  };
}

function planStationEvent(rng: Rng, world: World, community: Community, routine: boolean): EventDraft {
  const type = world.serviceTypes[rng.pick(community.serviceTypeIds) - 1];
  const district = community.district;
  const kind = (k: string) => rng.pick(world.orgsByKind.get(k)!).id;
  const organiserId = routine
    ? rng.chance(0.8)
      ? district.dpfId
      : kind('NGO')
    : rng.weighted<() => number>([
        [() => district.dpfId, 50],
        [() => kind('NGO'), 20],
        [() => kind('UNIVERSITY'), 15],
        [() => kind('ENTERPRISE'), 10],
        [() => kind('SERVICE_INSTITUTION'), 5],
      ])();
  const [startMs, endMs] = timeWindow(rng, dayBetween(rng, `${DEMO_YEAR}-01-04`, LAST_EVENT_DAY));
  return {
    title: routine ? `${community.name}志愿者服务站${type.name}服务日` : `${community.name}${type.name}志愿服务活动`,
    campaignId: null,
    stationId: community.stationId,
    serviceTypeId: type.id,
    organiserId,
    regionId: community.id,
    place: `${community.name}志愿者服务站`,
    startMs,
    endMs,
    district,
    studentShare: routine ? 0.1 : 0.3,
    headline: !routine,
  };
}

export function eventCounts(scale: number) {
  return {
    campaign: Math.max(5, Math.round(CAMPAIGN_EVENTS * scale)),
    station: Math.max(5, Math.round(STATION_EVENTS * scale)),
    routine: Math.round(ROUTINE_EVENTS * scale * scale),
  };
}

export async function seedEvents(ctx: StepContext): Promise<void> {
  const { rng, world } = ctx;
  const counts = eventCounts(world.scale);
  const drafts: EventDraft[] = [];
  for (let i = 0; i < counts.campaign; i++) {
    const campaign = world.campaigns[i % world.campaigns.length];
    drafts.push(planCampaignEvent(rng, world, campaign, i < world.campaigns.length));
  }
  for (let i = 0; i < counts.station; i++)
    drafts.push(planStationEvent(rng, world, rng.pick(world.communities), false));
  for (let i = 0; i < counts.routine; i++) drafts.push(planStationEvent(rng, world, rng.pick(world.communities), true));

  // Ids follow the calendar, as events registered through the year would.
  const order = drafts.map((_, i) => i).sort((a, b) => drafts[a].startMs - drafts[b].startMs || a - b);
  const events: EventPlan[] = order.map((i, k) => {
    const d = drafts[i];
    const past = d.endMs < DEMO_NOW_MS;
    // A few past events were called off; events more than a week ahead may still be drafts.
    const status = past
      ? rng.chance(0.02)
        ? 'CANCELLED'
        : 'CLOSED'
      : d.startMs - DEMO_NOW_MS > 7 * 86_400_000 && rng.chance(0.2)
        ? 'DRAFT'
        : 'OPEN';
    return { ...d, id: k + 1, status, capacity: 0, personTimesServed: 0 };
  });

  // Participations are drawn first so every event row carries its own total.
  const participations = seedParticipations(ctx, events);
  await copyRows(
    ctx.client,
    'service_event',
    [
      'id',
      'title',
      'campaign_id',
      'station_id',
      'service_type_id',
      'organiser_id',
      'region_id',
      'place',
      'starts_at',
      'ends_at',
      'capacity',
      'status',
      'person_times_served',
    ],
    (function* () {
      for (const e of events) {
        yield [
          e.id,
          e.title,
          e.campaignId,
          e.stationId,
          e.serviceTypeId,
          e.organiserId,
          e.regionId,
          e.place,
          isoTimestamp(e.startMs),
          isoTimestamp(e.endMs),
          e.capacity,
          e.status,
          e.personTimesServed,
        ];
      }
    })(),
    { onRows: (n) => ctx.progress('service_event', n, events.length) },
  );
  await participations.write();
}
