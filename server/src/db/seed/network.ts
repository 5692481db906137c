// The volunteer network on the ground: district and partner teams, and one station per community.
import { copyRows } from './copy';
import type { Geography } from './geography';
import type { ServiceTypeSeed, StepContext, Team } from './model';
import { mobile, personName, streetAddress } from './names';
import type { Organisations } from './organisations';

const URBAN_HOURS = [
  '周一至周五 9:00-17:00',
  '周一至周六 8:30-17:30',
  '周二至周日 9:00-18:00',
  '周一至周五 8:30-12:00, 14:30-17:30',
];
const VILLAGE_HOURS = ['每周三、周六 9:00-12:00', '周一至周五 9:00-17:00', '每周一、三、五 8:30-12:00'];

export interface Network {
  teams: Team[];
  teamByOrg: Map<number, number>;
}

export async function seedTeams(ctx: Pick<StepContext, 'client' | 'progress'>, geo: Geography, orgs: Organisations) {
  const teams: Team[] = [];
  const teamByOrg = new Map<number, number>();
  const add = (name: string, regionId: number, organisationId: number, ownTeam: boolean) => {
    const team = { id: teams.length + 1, name, regionId, organisationId };
    teams.push(team);
    if (ownTeam) teamByOrg.set(organisationId, team.id);
  };
  const { orgIds, orgsByKind } = orgs;
  const city = geo.cityRegionId;
  for (const d of geo.districts) {
    add(`${d.name}助残志愿者队伍`, d.id, d.dpfId, false);
    d.teamId = teams.length;
  }
  add('市残联机关党员志愿服务队', city, orgIds.cityDpf, true);
  add('“我是你的眼”志愿服务队', city, orgIds.eyesNgo, true);
  add('团市委“阳光行动”青年志愿服务队', city, orgIds.youthLeague, true);
  add('市妇联巾帼助残志愿服务队', city, orgIds.womensFederation, true);
  add('市总工会职工助残志愿服务队', city, orgIds.tradeUnion, true);
  for (const uni of orgsByKind.get('UNIVERSITY') ?? [])
    add(`${uni.name}青年志愿者协会助残服务队`, uni.regionId, uni.id, true);
  for (const ngo of (orgsByKind.get('NGO') ?? []).slice(1, 6)) add(`${ngo.name}志愿服务队`, ngo.regionId, ngo.id, true);
  await copyRows(
    ctx.client,
    'volunteer_team',
    ['id', 'name', 'region_id', 'organisation_id'],
    teams.map((t) => [t.id, t.name, t.regionId, t.organisationId]),
  );
  ctx.progress('volunteer_team', teams.length, teams.length);
  return { teams, teamByOrg } satisfies Network;
}

/** One station per community, run by the district federation, with its public board (上墙). */
export async function seedStations(
  ctx: Pick<StepContext, 'client' | 'rng' | 'progress'>,
  geo: Geography,
  types: ServiceTypeSeed[],
) {
  const { rng } = ctx;
  const general = types.filter((t) => t.audience === 'GENERAL').map((t) => t.id);
  const special = types.filter((t) => t.audience !== 'GENERAL').map((t) => t.id);
  const rows = geo.communities.map((c) => {
    const offered = [...rng.sample(general, rng.int(2, 4)), ...rng.sample(special, rng.int(1, 2))].sort(
      (a, b) => a - b,
    );
    c.serviceTypeIds = offered;
    const address = c.village
      ? `${c.district.name}${c.subdistrictName}${c.name}村委会`
      : `${c.district.name}${streetAddress(rng, '', false, false)}${c.name}党群服务中心`;
    const hours = rng.pick(c.village ? VILLAGE_HOURS : URBAN_HOURS);
    const contact = personName(rng, rng.chance(0.6) ? 'FEMALE' : 'MALE');
    return [
      c.stationId,
      `${c.name}志愿者服务站`,
      c.id,
      c.district.dpfId,
      address,
      hours,
      contact,
      mobile(rng),
      offered,
    ];
  });
  await copyRows(
    ctx.client,
    'service_station',
    [
      'id',
      'name',
      'region_id',
      'organisation_id',
      'address',
      'opening_hours',
      'contact_name',
      'contact_phone',
      'service_type_ids',
    ],
    rows,
  );
  ctx.progress('service_station', rows.length, rows.length);
}
