// Training sessions and their attendance (training lags: only a minority is trained), and the 2025 commendations.
import { addDays, daysBetween } from './calendar';
import { copyRows, type CopyValue } from './copy';
import type { StepContext, VolunteerSeed } from './model';

const TITLES = [
  '新注册志愿者岗前培训',
  '手语基础培训',
  '助残志愿服务礼仪培训',
  '盲人定向行走与陪伴技巧培训',
  '应急救护知识培训',
  '心理疏导技巧培训',
  '无障碍环境与辅助器具使用培训',
  '残疾人权益保障法律知识讲座',
  '志愿服务记录与时长认证培训',
  '精神障碍患者社区照护培训',
  '孤独症儿童陪伴技巧培训',
];
const COMMENDATION_TITLES: ReadonlyArray<readonly [string, number]> = [
  ['优秀助残志愿者', 60],
  ['助残志愿服务先进个人', 20],
  ['十佳助残志愿者', 6],
  ['最美助残志愿者', 6],
  ['优秀志愿服务组织者', 8],
];
export const COMMENDATION_YEAR = 2025;
/** Awarded on the International Day of Persons with Disabilities. */
export const COMMENDATION_DAY = '2025-12-03';

export async function seedTraining(ctx: StepContext): Promise<void> {
  const { rng, world } = ctx;
  const sessions: CopyValue[][] = [];
  const attendance: CopyValue[][] = [];
  const registered = world.volunteers.filter((v) => v.status === 'ACTIVE' || v.status === 'PENDING');
  const byDistrict: VolunteerSeed[][] = world.districts.map(() => []);
  for (const v of registered) byDistrict[v.community.district.index].push(v);
  const total = Math.max(5, Math.round(40 * world.scale));
  for (let id = 1; id <= total; id++) {
    const district = rng.pick(world.districts);
    const level = rng.weighted([
      ['city', 30],
      ['district', 40],
      ['ngo', 15],
      ['university', 15],
    ] as const);
    const organisationId =
      level === 'city'
        ? world.orgIds.cityDpf
        : level === 'district'
          ? district.dpfId
          : rng.pick(world.orgsByKind.get(level === 'ngo' ? 'NGO' : 'UNIVERSITY')!).id;
    const cityWide = level !== 'district';
    const heldOn = addDays('2025-03-01', rng.int(0, daysBetween('2025-03-01', '2026-12-15')));
    sessions.push([
      id,
      rng.pick(TITLES),
      heldOn,
      rng.pick([90, 120, 180, 240]),
      organisationId,
      cityWide ? world.cityRegionId : district.id,
    ]);
    const pool = cityWide ? registered : byDistrict[district.index];
    const seen = new Set<number>();
    const wanted = Math.min(rng.int(30, 120), pool.length);
    while (seen.size < wanted) {
      const v = rng.pick(pool);
      if (seen.has(v.id)) continue;
      seen.add(v.id);
      attendance.push([attendance.length + 1, id, v.id, rng.chance(0.9)]);
    }
  }
  await copyRows(
    ctx.client,
    'training_session',
    ['id', 'title', 'held_on', 'minutes', 'organisation_id', 'region_id'],
    sessions,
  );
  ctx.progress('training_session', sessions.length, sessions.length);
  await copyRows(ctx.client, 'training_attendance', ['id', 'session_id', 'volunteer_id', 'attended'], attendance, {
    onRows: (n) => ctx.progress('training_attendance', n, attendance.length),
  });
}

export async function seedCommendations(ctx: StepContext): Promise<void> {
  const { rng, world } = ctx;
  // Only people who had volunteered through most of 2025 can be commended for it.
  const eligible = world.volunteers.filter((v) => v.status === 'ACTIVE' && v.registeredOn < '2025-06-01');
  const chosen = rng.sample(eligible, Math.max(5, Math.round(100 * world.scale)));
  const rows = chosen.map((v, i) => [
    i + 1,
    v.id,
    COMMENDATION_YEAR,
    rng.weighted(COMMENDATION_TITLES),
    world.orgIds.cityDpf,
    COMMENDATION_DAY,
  ]);
  await copyRows(
    ctx.client,
    'commendation',
    ['id', 'volunteer_id', 'year', 'title', 'awarded_by_id', 'awarded_on'],
    rows,
  );
  ctx.progress('commendation', rows.length, rows.length);
}
