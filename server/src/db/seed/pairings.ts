// Standing pairings (结对帮扶): cadres with village households, "one helps one", and NGOs/universities with institutions.
import { addDays, DEMO_TODAY, daysBetween, isoTimestamp, localMs, POVERTY_ALLEVIATION_DAY } from './calendar';
import { copyRows, type CopyValue } from './copy';
import type { StepContext, VolunteerSeed } from './model';
import { AUDIOBOOK_RECIPIENTS, CADRE_COUNT } from './people';
import type { Rng } from './random';

/** The cadre pairing began with a launch visit in spring. */
export const CADRE_PAIRING_START = '2026-04-10';
const OVERDUE_DAYS = 60;
const GIFT_NOTE = '扶贫日上门走访，送去慰问金200元';
const GIFT_VISIT_MINUTES = 60;
const END_REASONS = [
  '服务对象搬迁至外区',
  '志愿者毕业离开本市',
  '服务对象入住托养机构',
  '双方协商终止',
  '服务对象已稳定就业',
];
const NOTES: Record<string, string[]> = {
  HOME: [
    '上门了解生活情况，协助打扫卫生',
    '陪同到医院复诊并取药',
    '送去米面油等生活用品',
    '读报聊天，了解近期需求',
    '帮助检修家中电器',
    '协助办理残疾人补贴申请',
    '陪同外出购物',
    '指导进行康复训练',
    '了解就业意向，介绍培训信息',
  ],
  PHONE: ['电话问候，提醒按时服药', '电话了解近况，约定下次上门时间', '电话咨询补贴政策', '电话沟通孩子上学问题'],
  VIDEO: ['视频通话陪伴聊天', '视频指导使用读屏软件', '视频了解康复训练情况'],
};

export interface VisitDraft {
  id: number;
  pairingId: number;
  visitedOn: string;
}

/** What later steps need: each cadre handed the 200 yuan over on a home visit on Poverty Alleviation Day. */
export interface PairingResult {
  cadrePairings: Array<{ pairingId: number; cadre: VolunteerSeed; householdId: number; giftVisit: VisitDraft }>;
}

type Mode = 'HOME' | 'PHONE' | 'VIDEO';

export async function seedPairings(ctx: StepContext): Promise<PairingResult> {
  const { rng, world } = ctx;
  const pairings: CopyValue[][] = [];
  const visits: CopyValue[][] = [];
  const result: PairingResult = { cadrePairings: [] };

  /**
   * Visits from `from` until `until` (never after the demo's today), every gaps[0]..gaps[1] days, plus
   * a home visit on `pinned` when given; returns that pinned visit and the last visit time.
   */
  type Modes = ReadonlyArray<readonly [Mode, number]>;
  const addVisits = (
    pairingId: number,
    from: string,
    until: string,
    gaps: [number, number],
    modes: Modes,
    pinned?: string,
  ) => {
    let last: string | null = null;
    let pinnedVisit: VisitDraft | undefined;
    const add = (day: string, mode: Mode, minutes: number, note: string) => {
      const visit = { id: visits.length + 1, pairingId, visitedOn: day };
      visits.push([visit.id, pairingId, day, minutes, mode, note]);
      if (last === null || day > last) last = day;
      return visit;
    };
    const end = minDay(until, DEMO_TODAY);
    for (let day = from; day <= end; day = addDays(day, rng.int(gaps[0], gaps[1]))) {
      const mode = rng.weighted(modes);
      const minutes = mode === 'HOME' ? rng.int(3, 15) * 10 : mode === 'PHONE' ? rng.int(5, 30) : rng.int(15, 45);
      const visit = add(day, mode, minutes, rng.pick(NOTES[mode]));
      if (day === pinned && mode === 'HOME') pinnedVisit = visit;
    }
    // The pinned visit draws nothing from the generator, so the rest of the city stays as it was.
    if (pinned && !pinnedVisit && pinned >= from && pinned <= end)
      pinnedVisit = add(pinned, 'HOME', GIFT_VISIT_MINUTES, GIFT_NOTE);
    // Noon local time keeps the visit's date the same in UTC and in the city's time zone.
    return { pinnedVisit, lastVisitAt: last === null ? null : isoTimestamp(localMs(last, 12)) };
  };
  const addPairing = (row: Omit<PairingRow, 'id'>) => {
    const id = pairings.length + 1;
    pairings.push([
      id,
      row.kind,
      row.status,
      row.volunteerId,
      row.beneficiaryId,
      row.householdId,
      row.institutionId,
      row.ownerA,
      row.ownerB,
      row.startedOn,
      row.endedOn,
      row.endReason,
      row.lastVisitAt,
    ]);
    return id;
  };

  // 1. Federation cadres and the village's households: mostly home visits every month or two.
  const villageDpf = world.pairingVillage.district.dpfId;
  world.cadres.forEach((cadre, i) => {
    const household = world.villageHouseholds[i];
    const pairingId = pairings.length + 1;
    const { pinnedVisit, lastVisitAt } = addVisits(
      pairingId,
      CADRE_PAIRING_START,
      DEMO_TODAY,
      [25, 70],
      [
        ['HOME', 8],
        ['PHONE', 2],
      ],
      POVERTY_ALLEVIATION_DAY,
    );
    addPairing({
      kind: 'CADRE_HOUSEHOLD',
      status: 'ACTIVE',
      volunteerId: cadre.id,
      beneficiaryId: null,
      householdId: household.id,
      institutionId: null,
      ownerA: world.orgIds.cityDpf,
      ownerB: villageDpf,
      startedOn: CADRE_PAIRING_START,
      endedOn: null,
      endReason: null,
      lastVisitAt,
    });
    result.cadrePairings.push({ pairingId, cadre, householdId: household.id, giftVisit: pinnedVisit! });
  });

  // 2. "One helps one": a volunteer living close by, so requests are answered quickly.
  const near = nearbyVolunteers(rng, world.volunteers);
  const eyesVolunteers = world.volunteers.filter(
    (v) => v.status === 'ACTIVE' && v.organisationId === world.orgIds.eyesNgo,
  );
  const candidates = world.beneficiaries.slice(CADRE_COUNT);
  const paired = rng.sample(
    candidates.slice(AUDIOBOOK_RECIPIENTS),
    Math.max(0, Math.round(1000 * world.scale) - AUDIOBOOK_RECIPIENTS),
  );
  for (const b of [...candidates.slice(0, AUDIOBOOK_RECIPIENTS), ...paired]) {
    // "I am your eyes" volunteers visit the blind people who received audiobooks.
    const volunteer =
      b.category === 'VISUAL' && eyesVolunteers.length && rng.chance(0.6)
        ? rng.pick(eyesVolunteers)
        : near(b.community.id, b.community.district.index);
    const status = rng.weighted([
      ['ACTIVE', 80],
      ['PAUSED', 6],
      ['ENDED', 8],
      ['PROPOSED', 6],
    ] as const);
    const pairingId = pairings.length + 1;
    let startedOn: string | null = null;
    let endedOn: string | null = null;
    let lastVisitAt: string | null = null;
    if (status !== 'PROPOSED') {
      startedOn = addDays('2024-03-01', rng.int(0, daysBetween('2024-03-01', '2026-11-20')));
      endedOn = status === 'ENDED' ? minDay(addDays(startedOn, rng.int(90, 600)), addDays(DEMO_TODAY, -1)) : null;
      // Some active pairings have gone quiet for over two months: the overdue list should show them.
      const quiet = status === 'PAUSED' || (status === 'ACTIVE' && rng.chance(0.15));
      const until = endedOn ?? (quiet ? addDays(DEMO_TODAY, -rng.int(OVERDUE_DAYS + 1, 150)) : DEMO_TODAY);
      lastVisitAt = addVisits(
        pairingId,
        addDays(startedOn, rng.int(3, 20)),
        until,
        [14, 50],
        [
          ['HOME', 6],
          ['PHONE', 3],
          ['VIDEO', 1],
        ],
      ).lastVisitAt;
    }
    addPairing({
      kind: 'VOLUNTEER_BENEFICIARY',
      status,
      volunteerId: volunteer.id,
      beneficiaryId: b.id,
      householdId: b.householdId,
      institutionId: null,
      ownerA: volunteer.organisationId ?? volunteer.community.district.dpfId,
      ownerB: b.community.district.dpfId,
      startedOn,
      endedOn,
      endReason: endedOn ? rng.pick(END_REASONS) : null,
      lastVisitAt,
    });
  }

  // 3. Social organisations and universities with disability service institutions (20 standing pairs).
  const sides = [...(world.orgsByKind.get('NGO') ?? []), ...(world.orgsByKind.get('UNIVERSITY') ?? [])];
  const institutions = world.orgsByKind.get('SERVICE_INSTITUTION') ?? [];
  const pairs = new Set<string>();
  while (pairs.size < Math.min(20, sides.length * institutions.length)) {
    const a = rng.pick(sides);
    const b = rng.pick(institutions);
    const key = `${a.id}-${b.id}`;
    if (pairs.has(key)) continue;
    pairs.add(key);
    const status = rng.weighted([
      ['ACTIVE', 17],
      ['PAUSED', 2],
      ['PROPOSED', 1],
    ] as const);
    const startedOn = status === 'PROPOSED' ? null : addDays('2024-09-01', rng.int(0, 540));
    const until = status === 'PAUSED' ? addDays(DEMO_TODAY, -rng.int(90, 200)) : DEMO_TODAY;
    const lastVisitAt = startedOn
      ? addVisits(pairings.length + 1, startedOn, until, [20, 40], [['HOME', 1]]).lastVisitAt
      : null;
    addPairing({
      kind: 'ORGANISATION_INSTITUTION',
      status,
      volunteerId: null,
      beneficiaryId: null,
      householdId: null,
      institutionId: b.id,
      ownerA: a.id,
      ownerB: b.id,
      startedOn,
      endedOn: null,
      endReason: null,
      lastVisitAt,
    });
  }

  await copyRows(
    ctx.client,
    'pairing',
    [
      'id',
      'kind',
      'status',
      'volunteer_id',
      'beneficiary_id',
      'household_id',
      'institution_id',
      'owner_a_id',
      'owner_b_id',
      'started_on',
      'ended_on',
      'end_reason',
      'last_visit_at',
    ],
    pairings,
  );
  ctx.progress('pairing', pairings.length, pairings.length);
  await copyRows(ctx.client, 'pairing_visit', ['id', 'pairing_id', 'visited_on', 'minutes', 'mode', 'notes'], visits, {
    onRows: (n) => ctx.progress('pairing_visit', n, visits.length),
  });
  return result;
}

interface PairingRow {
  id: number;
  kind: string;
  status: string;
  volunteerId: number | null;
  beneficiaryId: number | null;
  householdId: number | null;
  institutionId: number | null;
  ownerA: number;
  ownerB: number;
  startedOn: string | null;
  endedOn: string | null;
  endReason: string | null;
  lastVisitAt: string | null;
}

function minDay(a: string, b: string): string {
  return a < b ? a : b;
}

/** Finds an active, not yet paired volunteer in the same community, else the same district, else anywhere. */
function nearbyVolunteers(rng: Rng, volunteers: VolunteerSeed[]) {
  const byCommunity = new Map<number, VolunteerSeed[]>();
  const byDistrict = new Map<number, VolunteerSeed[]>();
  const active = volunteers.filter((v) => v.status === 'ACTIVE' && v.category !== 'PARTY_CADRE');
  for (const v of active) {
    if (!byCommunity.has(v.community.id)) byCommunity.set(v.community.id, []);
    byCommunity.get(v.community.id)!.push(v);
    if (!byDistrict.has(v.community.district.index)) byDistrict.set(v.community.district.index, []);
    byDistrict.get(v.community.district.index)!.push(v);
  }
  const used = new Set<number>();
  return (communityId: number, districtIndex: number): VolunteerSeed => {
    const free = (byCommunity.get(communityId) ?? []).find((v) => !used.has(v.id));
    let chosen = free;
    const district = byDistrict.get(districtIndex) ?? active;
    for (let attempt = 0; !chosen && attempt < 30; attempt++) {
      const v = rng.pick(district);
      if (!used.has(v.id)) chosen = v;
    }
    chosen ??= rng.pick(active);
    used.add(chosen.id);
    return chosen;
  };
}
