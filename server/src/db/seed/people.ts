// Volunteers, households and the disabled people they serve, with valid identity and certificate numbers.
import { makeCertificateNumber, makeIdentityNumber, type DisabilityCategoryCode } from '../../common/identity';
import { addDays, daysBetween, isoTimestamp, localMs } from './calendar';
import { copyRows } from './copy';
import { isLeagueRosterRow } from './league-roster';
import type { BeneficiarySeed, Community, HouseholdSeed, StepContext, VolunteerSeed, World } from './model';
import { mobile, personName, streetAddress } from './names';
import type { Rng } from './random';

/** The federation cadres paired with village households (the report's 45). */
export const CADRE_COUNT = 45;
/** Blind people who received audiobooks from "I am your eyes" (the report's 50). */
export const AUDIOBOOK_RECIPIENTS = 50;
export const CONSENT_VERSION = '2026-01';

/** Students are the largest group, which the report names as a weakness. */
const CATEGORY_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['STUDENT', 45],
  ['RESIDENT_COMMITTEE', 9],
  ['COMMUNITY_WORKER', 10],
  ['CIVIL_SERVANT', 8],
  ['PUBLIC_INSTITUTION_STAFF', 8],
  ['ENTERPRISE_STAFF', 7],
  ['PARTY_CADRE', 5],
  ['RETIREE', 6],
  ['OTHER', 2],
];
const STATUS_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['ACTIVE', 88],
  ['PENDING', 6],
  ['SUSPENDED', 2],
  ['RETIRED', 3],
  ['REJECTED', 1],
];
/** Born elsewhere: students come from across the country, so their numbers carry other area codes. */
const OUTSIDE_AREA_CODES = [
  '410102',
  '410305',
  '140105',
  '620102',
  '510104',
  '500103',
  '130102',
  '370102',
  '420106',
  '430104',
  '640104',
  '650102',
  '610402',
  '610302',
  '610502',
  '610602',
];
const SKILLS = [
  '手语',
  '心理疏导',
  '法律咨询',
  '医疗护理',
  '康复训练',
  '家电维修',
  '理发',
  '编织',
  '插花',
  '驾驶',
  '摄影',
  '计算机',
  '文艺表演',
  '体育指导',
  '盲文',
  '陪伴出行',
  '就业指导',
  '烹饪',
];
const STUDENT_SKILLS = ['辅导功课', '英语', '计算机', '文艺表演', '体育指导', '手语', '摄影', '有声朗读'];
/** The service a skill serves (by service-type code), for the city's managed skill list. */
const SKILL_SERVICE: Readonly<Record<string, string>> = {
  法律咨询: 'LEGAL_AID',
  医疗护理: 'HEALTH_CHECK',
  康复训练: 'REHAB_KNOWLEDGE',
  家电维修: 'APPLIANCE_REPAIR',
  理发: 'BEAUTY',
  编织: 'KNITTING',
  插花: 'FLOWER_ARRANGING',
  就业指导: 'EMPLOYMENT_GUIDANCE',
  辅导功课: 'YOUTH_TUTORING',
  文艺表演: 'YOUTH_CULTURE_SPORTS',
  体育指导: 'YOUTH_CULTURE_SPORTS',
  有声朗读: 'BLIND_AUDIOBOOK',
  陪伴出行: 'BLIND_ACCOMPANIMENT',
  盲文: 'BLIND_HOME_SUPPORT',
};

/** The city's skill list: every skill the volunteers are drawn with, ids 1..N; name → id. */
async function seedSkills(ctx: StepContext): Promise<Map<string, number>> {
  const names = [...new Set([...SKILLS, ...STUDENT_SKILLS])];
  const typeId = new Map(ctx.world.serviceTypes.map((t) => [t.code, t.id]));
  await copyRows(
    ctx.client,
    'skill',
    ['id', 'name', 'region_id', 'service_type_id'],
    names.map((name, i) => [i + 1, name, ctx.world.cityRegionId, typeId.get(SKILL_SERVICE[name]) ?? null]),
  );
  return new Map(names.map((name, i) => [name, i + 1]));
}
const DISABILITY_WEIGHTS: ReadonlyArray<readonly [DisabilityCategoryCode, number]> = [
  ['PHYSICAL', 30],
  ['HEARING', 18],
  ['VISUAL', 14],
  ['MULTIPLE', 12],
  ['INTELLECTUAL', 10],
  ['MENTAL', 12],
  ['SPEECH', 4],
];
/** Grade 1 is the most severe and the least common. */
const GRADE_WEIGHTS: ReadonlyArray<readonly [number, number]> = [
  [1, 15],
  [2, 25],
  [3, 30],
  [4, 30],
];
const REGISTRATION_START = '2023-01-01';
const REGISTRATION_END = '2026-12-15';

/** Identity numbers already issued: unique across volunteers and beneficiaries alike. */
export class IdentityIssuer {
  private readonly used = new Set<string>();
  constructor(private readonly rng: Rng) {}

  issue(areaCode: string, birthDate: string, gender: 'MALE' | 'FEMALE'): string {
    for (;;) {
      const sequence = this.rng.int(0, 498) * 2 + (gender === 'MALE' ? 1 : 2);
      const id = makeIdentityNumber(areaCode, birthDate, sequence);
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }
}

function birthDateBetween(rng: Rng, fromYear: number, toYear: number): string {
  const from = `${fromYear}-01-01`;
  return addDays(from, rng.int(0, daysBetween(from, `${toYear}-12-31`)));
}

function volunteerBirth(rng: Rng, category: string): string {
  if (category === 'STUDENT') return birthDateBetween(rng, 2002, 2007);
  if (category === 'RETIREE') return birthDateBetween(rng, 1951, 1970);
  if (category === 'PARTY_CADRE' || category === 'CIVIL_SERVANT') return birthDateBetween(rng, 1968, 2000);
  return birthDateBetween(rng, 1966, 2003);
}

/** Which organisation a volunteer registered through; null means self-registered at a station. */
function volunteerOrg(
  rng: Rng,
  world: Pick<World, 'orgIds' | 'orgsByKind'>,
  category: string,
  community: Community,
): number | null {
  const kind = (k: string) => rng.pick(world.orgsByKind.get(k)!).id;
  const ids = world.orgIds;
  switch (category) {
    case 'STUDENT':
      return rng.chance(0.8) ? kind('UNIVERSITY') : ids.youthLeague;
    case 'PARTY_CADRE':
      return rng.weighted([
        [community.district.dpfId, 6],
        [ids.cityDpf, 1],
        [ids.civilAffairs, 1],
        [ids.civilizationOffice, 1],
      ]);
    case 'CIVIL_SERVANT':
      return rng.weighted([
        [community.district.dpfId, 3],
        [ids.civilAffairs, 2],
        [ids.womensFederation, 1],
        [ids.tradeUnion, 1],
        [ids.civilizationOffice, 1],
      ]);
    case 'PUBLIC_INSTITUTION_STAFF':
      return rng.chance(0.6) ? kind('SERVICE_INSTITUTION') : community.district.dpfId;
    case 'ENTERPRISE_STAFF':
      return rng.chance(0.7) ? kind('ENTERPRISE') : kind('DISABLED_PERSONS_ENTERPRISE');
    case 'RESIDENT_COMMITTEE':
    case 'COMMUNITY_WORKER':
      return rng.chance(0.7) ? community.district.dpfId : null;
    default:
      return rng.chance(0.5) ? kind('NGO') : null;
  }
}

export async function seedVolunteers(ctx: StepContext): Promise<void> {
  const { rng, world } = ctx;
  const ids = ctx.identities;
  const total = Math.max(Math.round(30_000 * world.scale), CADRE_COUNT * 4);
  const registrationDays = daysBetween(REGISTRATION_START, REGISTRATION_END);
  const urban = world.communities.filter((c) => !c.village);
  const cadreTeam = world.teamByOrg.get(world.orgIds.cityDpf) ?? null;
  const skillIds = await seedSkills(ctx);
  const columns = [
    'id',
    'real_name',
    'id_number',
    'gender',
    'birth_date',
    'phone',
    'category',
    'skill_ids',
    'status',
    'organisation_id',
    'team_id',
    'station_id',
    'home_region_id',
    'insured',
    'registered_at',
    'consent_at',
    'consent_version',
    'created_at',
    'updated_at',
  ];
  function* rows() {
    for (let id = 1; id <= total; id++) {
      const cadre = id <= CADRE_COUNT;
      const category = cadre ? 'PARTY_CADRE' : rng.weighted(CATEGORY_WEIGHTS);
      const status = cadre ? 'ACTIVE' : rng.weighted(STATUS_WEIGHTS);
      const community = cadre ? rng.pick(urban) : rng.pick(world.communities);
      const drawnOrg = cadre ? world.orgIds.cityDpf : volunteerOrg(rng, world, category, community);
      // The example partner's roster: these rows registered through the Youth League whatever was drawn
      // (drawn first all the same, so the random stream, and everything seeded after, stays as it was).
      const leagueRow = isLeagueRosterRow(id);
      const organisationId = leagueRow ? world.orgIds.youthLeague : drawnOrg;
      const gender = rng.chance(category === 'STUDENT' || category === 'RESIDENT_COMMITTEE' ? 0.58 : 0.48)
        ? 'FEMALE'
        : 'MALE';
      const birthDate = volunteerBirth(rng, category);
      const student = category === 'STUDENT';
      const areaCode = rng.chance(student ? 0.4 : 0.12) ? rng.pick(OUTSIDE_AREA_CODES) : community.district.code;
      const name = personName(rng, gender);
      const ownTeam = drawnOrg === null ? undefined : world.teamByOrg.get(drawnOrg);
      const drawnTeam = cadre
        ? cadreTeam
        : ownTeam !== undefined && rng.chance(0.7)
          ? ownTeam
          : rng.chance(student ? 0.5 : 0.85)
            ? community.district.teamId
            : null;
      // A League row that would have joined its organisation's own team joins the League's instead.
      const teamId =
        leagueRow && ownTeam !== undefined && drawnTeam === ownTeam
          ? (world.teamByOrg.get(world.orgIds.youthLeague) ?? null)
          : drawnTeam;
      const stationId = rng.chance(student ? 0.25 : 0.7) ? community.stationId : null;
      // Registrations grow year on year: later days are likelier.
      const registeredOn = addDays(REGISTRATION_START, Math.floor(registrationDays * Math.sqrt(rng.next())));
      const registeredMs = localMs(registeredOn, rng.int(8, 21), rng.int(0, 59));
      const consentMs =
        status === 'PENDING' && rng.chance(0.5)
          ? null
          : registeredOn < '2026-01-10'
            ? localMs(addDays('2026-01-10', rng.int(0, 75)), rng.int(8, 21), rng.int(0, 59))
            : registeredMs;
      const skills = rng.sample(
        student ? STUDENT_SKILLS : SKILLS,
        rng.weighted([
          [0, 3],
          [1, 4],
          [2, 3],
          [3, 1],
        ]),
      );
      const insured = rng.chance(cadre || category === 'CIVIL_SERVANT' ? 0.45 : 0.17);
      const volunteer: VolunteerSeed = { id, name, category, status, organisationId, community, registeredOn };
      world.volunteers.push(volunteer);
      if (cadre) world.cadres.push(volunteer);
      const registeredAt = isoTimestamp(registeredMs);
      yield [
        id,
        name,
        ids.issue(areaCode, birthDate, gender),
        gender,
        birthDate,
        mobile(rng),
        category,
        skills.map((name) => skillIds.get(name)!).sort((a, b) => a - b),
        status,
        organisationId,
        teamId,
        stationId,
        community.id,
        insured,
        registeredAt,
        consentMs === null ? null : isoTimestamp(consentMs),
        consentMs === null ? null : CONSENT_VERSION,
        registeredAt,
        registeredAt,
      ];
    }
  }
  await copyRows(ctx.client, 'volunteer', columns, rows(), { onRows: (n) => ctx.progress('volunteer', n, total) });
}

function beneficiaryBirth(rng: Rng): string {
  const band = rng.weighted([
    ['young', 18],
    ['middle', 22],
    ['older', 60],
  ] as const);
  if (band === 'young') return birthDateBetween(rng, 2001, 2022);
  if (band === 'middle') return birthDateBetween(rng, 1981, 2000);
  return birthDateBetween(rng, 1938, 1980);
}

/** Needs follow the person: blind people ask for the blind services, young people for 阳光行动's. */
function needs(rng: Rng, world: World, category: string, birthDate: string): number[] {
  const byAudience = (a: string) => world.serviceTypes.filter((t) => t.audience === a).map((t) => t.id);
  const picked = rng.sample(byAudience('GENERAL'), rng.int(category === 'VISUAL' ? 0 : 1, 2));
  if (category === 'VISUAL') picked.push(...rng.sample(byAudience('BLIND'), rng.int(1, 3)));
  if (birthDate >= '1990-01-01') picked.push(...rng.sample(byAudience('YOUTH'), rng.int(1, 2)));
  return [...new Set(picked)].sort((a, b) => a - b);
}

function accessNeeds(rng: Rng, category: string, grade: number): string[] {
  const out: string[] = [];
  if ((category === 'HEARING' || (category === 'MULTIPLE' && rng.chance(0.3))) && rng.chance(0.7))
    out.push('SIGN_LANGUAGE');
  if ((category === 'VISUAL' || (category === 'MULTIPLE' && rng.chance(0.3))) && rng.chance(0.8)) out.push('GUIDE');
  if ((category === 'PHYSICAL' || category === 'MULTIPLE') && grade <= 2 && rng.chance(0.6)) out.push('WHEELCHAIR');
  if (category === 'INTELLECTUAL' && rng.chance(0.6)) out.push('EASY_READ');
  return out;
}

/** Households first (beneficiaries point at them), then the beneficiaries. */
export async function seedBeneficiaries(ctx: StepContext): Promise<void> {
  const { rng, world } = ctx;
  const ids = ctx.identities;
  const total = Math.max(Math.round(3_000 * world.scale), CADRE_COUNT + AUDIOBOOK_RECIPIENTS + 5);
  const urban = world.communities.filter((c) => !c.village);
  interface Draft {
    seed: BeneficiarySeed;
    gender: 'MALE' | 'FEMALE';
    grade: number;
    idNumber: string;
    address: string;
  }
  interface HouseholdDraft {
    seed: HouseholdSeed;
    size: number;
    address: string;
    phone: string | null;
  }
  const drafts: Draft[] = [];
  const households: HouseholdDraft[] = [];
  for (let id = 1; id <= total; id++) {
    const inVillage = id <= CADRE_COUNT;
    const audiobook = !inVillage && id <= CADRE_COUNT + AUDIOBOOK_RECIPIENTS;
    const previous = households[households.length - 1];
    // A few households have two disabled members (e.g. a parent and a child).
    const joins = !inVillage && !audiobook && id > CADRE_COUNT + AUDIOBOOK_RECIPIENTS + 1 && rng.chance(0.06);
    const community = joins
      ? previous.seed.community
      : inVillage
        ? world.pairingVillage
        : audiobook
          ? rng.pick(urban)
          : rng.pick(world.communities);
    const category = audiobook ? 'VISUAL' : rng.weighted(DISABILITY_WEIGHTS);
    const grade = audiobook
      ? rng.weighted([
          [1, 3],
          [2, 2],
        ])
      : rng.weighted(GRADE_WEIGHTS);
    const gender = rng.chance(0.55) ? 'MALE' : 'FEMALE';
    const birthDate = beneficiaryBirth(rng);
    const name = personName(rng, gender);
    let household: HouseholdDraft;
    if (joins) {
      household = previous;
      household.size = Math.max(household.size, 3);
    } else {
      const headIsSelf = birthDate < '2000-01-01' && rng.chance(0.7);
      household = {
        seed: {
          id: households.length + 1,
          headName: headIsSelf ? name : personName(rng, rng.chance(0.5) ? 'MALE' : 'FEMALE'),
          community,
        },
        size: rng.weighted([
          [1, 2],
          [2, 4],
          [3, 5],
          [4, 4],
          [5, 2],
          [6, 1],
        ]),
        address: streetAddress(
          rng,
          `${community.district.name}${community.subdistrictName}${community.name}`,
          community.village,
          true,
        ),
        phone: rng.chance(0.9) ? mobile(rng) : null,
      };
      households.push(household);
      world.households.push(household.seed);
      if (inVillage) world.villageHouseholds.push(household.seed);
    }
    const areaCode = rng.chance(0.95) ? community.district.code : rng.pick(OUTSIDE_AREA_CODES);
    const seed: BeneficiarySeed = {
      id,
      name,
      category,
      birthDate,
      community,
      householdId: household.seed.id,
      phone: rng.chance(0.85) ? mobile(rng) : null,
    };
    drafts.push({ seed, gender, grade, idNumber: ids.issue(areaCode, birthDate, gender), address: household.address });
    world.beneficiaries.push(seed);
  }

  await copyRows(
    ctx.client,
    'household',
    ['id', 'head_name', 'size', 'region_id', 'address', 'phone'],
    households.map((h) => [h.seed.id, h.seed.headName, h.size, h.seed.community.id, h.address, h.phone]),
  );
  ctx.progress('household', households.length, households.length);
  const columns = [
    'id',
    'real_name',
    'id_number',
    'gender',
    'birth_date',
    'disability_category',
    'disability_grade',
    'certificate_number',
    'region_id',
    'household_id',
    'station_id',
    'phone',
    'address',
    'need_service_type_ids',
    'access_needs',
  ];
  const rows = drafts.map(({ seed: b, gender, grade, idNumber, address }) => [
    b.id,
    b.name,
    idNumber,
    gender,
    b.birthDate,
    b.category,
    grade,
    makeCertificateNumber(idNumber, b.category as DisabilityCategoryCode, grade),
    b.community.id,
    b.householdId,
    b.community.stationId,
    b.phone,
    address,
    needs(rng, world, b.category, b.birthDate),
    accessNeeds(rng, b.category, grade),
  ]);
  await copyRows(ctx.client, 'beneficiary', columns, rows, { onRows: (n) => ctx.progress('beneficiary', n, total) });
}
