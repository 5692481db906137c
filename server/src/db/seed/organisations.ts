// The federation, its partner organisations and the service catalogue of the demo city.
import { copyRows } from './copy';
import type { Geography } from './geography';
import type { Org, ServiceTypeSeed, StepContext } from './model';
import { CITY_NAME, mobile, personName } from './names';
import type { Rng } from './random';

/** The NGO that runs "I am your eyes" (我是你的眼). */
export const EYES_NGO_NAME = `${CITY_NAME}视障关爱志愿服务中心`;

export const SERVICE_TYPES: ReadonlyArray<Omit<ServiceTypeSeed, 'id'>> = [
  { code: 'HEALTH_CHECK', name: '免费体检', nameEn: 'Free health check', audience: 'GENERAL' },
  { code: 'REHAB_KNOWLEDGE', name: '康复知识普及', nameEn: 'Rehabilitation knowledge', audience: 'GENERAL' },
  { code: 'LEGAL_AID', name: '法律援助', nameEn: 'Legal aid', audience: 'GENERAL' },
  { code: 'EMPLOYMENT_GUIDANCE', name: '就业指导', nameEn: 'Employment guidance', audience: 'GENERAL' },
  { code: 'APPLIANCE_REPAIR', name: '小家电维修', nameEn: 'Small-appliance repair', audience: 'GENERAL' },
  { code: 'FLOWER_ARRANGING', name: '插花', nameEn: 'Flower arranging', audience: 'GENERAL' },
  { code: 'BEAUTY', name: '美容美发', nameEn: 'Beauty and hairdressing', audience: 'GENERAL' },
  { code: 'KNITTING', name: '编织', nameEn: 'Knitting', audience: 'GENERAL' },
  { code: 'YOUTH_DAY_CARE', name: '日间照料', nameEn: 'Day care', audience: 'YOUTH' },
  { code: 'YOUTH_EMPLOYMENT', name: '就业创业帮扶', nameEn: 'Employment and start-up help', audience: 'YOUTH' },
  { code: 'YOUTH_TUTORING', name: '助学辅导', nameEn: 'Tutoring', audience: 'YOUTH' },
  { code: 'YOUTH_CULTURE_SPORTS', name: '文体活动', nameEn: 'Culture and sports', audience: 'YOUTH' },
  { code: 'YOUTH_DONATION', name: '爱心捐助', nameEn: 'Donations', audience: 'YOUTH' },
  { code: 'BLIND_AUDIOBOOK', name: '有声读物捐赠', nameEn: 'Audiobook donation', audience: 'BLIND' },
  { code: 'BLIND_ACCOMPANIMENT', name: '陪伴出行', nameEn: 'Accompaniment', audience: 'BLIND' },
  { code: 'BLIND_HOME_SUPPORT', name: '居家帮扶', nameEn: 'Home support', audience: 'BLIND' },
];

const NGOS = [
  EYES_NGO_NAME,
  `${CITY_NAME}助残志愿者协会`,
  '省志愿服务指导中心同心分中心',
  `${CITY_NAME}阳光助残社会工作服务中心`,
  `${CITY_NAME}手语翻译志愿者协会`,
  `${CITY_NAME}心理援助志愿者协会`,
  `${CITY_NAME}红十字志愿服务队`,
  `${CITY_NAME}爱心联盟公益服务中心`,
  `${CITY_NAME}老年志愿者协会`,
  `${CITY_NAME}康复志愿服务中心`,
  `${CITY_NAME}法律援助志愿者协会`,
  `${CITY_NAME}义工联合会`,
];
/** Ten district-level social work centres complete the 22 NGOs. */
const DISTRICT_NGO_PATTERN = '{d}同心社会工作服务中心';
const UNIVERSITIES = ['同心大学', '同心师范学院', '同心医科大学', '同心理工大学', '同心职业技术学院', '同心外国语学院'];
const ENTERPRISES = [
  '同心电力集团有限公司',
  '同心城市建设投资集团',
  '同心银行股份有限公司',
  '中国移动同心分公司',
  '同心公交集团有限公司',
  '同心水务集团有限公司',
  '同心百货股份有限公司',
  '同心医药集团有限公司',
  '同心建工集团有限公司',
  '同心燃气集团有限公司',
];
const DP_ENTERPRISES = [
  '同心康达福利企业有限公司',
  '同心明心盲人按摩中心',
  '同心自强福利工厂',
  '同心静语手工艺品合作社',
  '同心助残包装制品有限公司',
  '同心启航辅具制造有限公司',
  '同心晨光电子福利厂',
  '同心巧手编织专业合作社',
];
const INSTITUTIONS = [
  `${CITY_NAME}残疾人康复中心`,
  `${CITY_NAME}特殊教育学校`,
  `${CITY_NAME}儿童康复中心`,
  `${CITY_NAME}精神康复中心`,
  `${CITY_NAME}辅助器具服务中心`,
  `${CITY_NAME}残疾人就业服务中心`,
  `${CITY_NAME}残疾人托养中心`,
  `${CITY_NAME}盲人按摩医院`,
  `${CITY_NAME}聋人活动中心`,
  '{d}残疾人托养中心',
  '{d}阳光家园',
  '{d}残疾人康复站',
];

export interface Organisations {
  orgs: Org[];
  orgIds: {
    cityDpf: number;
    youthLeague: number;
    womensFederation: number;
    civilAffairs: number;
    tradeUnion: number;
    civilizationOffice: number;
    eyesNgo: number;
  };
  orgsByKind: Map<string, Org[]>;
}

export async function seedOrganisations(ctx: Pick<StepContext, 'client' | 'rng' | 'progress'>, geo: Geography) {
  const { rng } = ctx;
  const city = geo.cityRegionId;
  const orgs: Org[] = [];
  const parents = new Map<number, number>();
  const add = (name: string, kind: string, districtIndex: number, parentId?: number): Org => {
    const regionId = districtIndex < 0 ? city : geo.districts[districtIndex].id;
    const org = { id: orgs.length + 1, name, kind, regionId, districtIndex };
    orgs.push(org);
    if (parentId) parents.set(org.id, parentId);
    return org;
  };
  const anyDistrict = () => rng.int(0, geo.districts.length - 1);
  // Urban districts host the universities and most head offices.
  const urbanDistrict = () => rng.pick(geo.districts.filter((d) => !d.county)).index;

  const cityDpf = add(`${CITY_NAME}残疾人联合会`, 'DPF', -1);
  for (const d of geo.districts) d.dpfId = add(`${d.name}残疾人联合会`, 'DPF', d.index, cityDpf.id).id;
  const youthLeague = add(`共青团${CITY_NAME}委员会`, 'YOUTH_LEAGUE', -1);
  const womensFederation = add(`${CITY_NAME}妇女联合会`, 'WOMENS_FEDERATION', -1);
  const civilAffairs = add(`${CITY_NAME}民政局`, 'CIVIL_AFFAIRS', -1);
  const tradeUnion = add(`${CITY_NAME}总工会`, 'TRADE_UNION', -1);
  const civilizationOffice = add(`${CITY_NAME}精神文明建设委员会办公室`, 'CIVILIZATION_OFFICE', -1);
  const eyesNgo = add(NGOS[0], 'NGO', -1);
  for (const name of NGOS.slice(1)) add(name, 'NGO', rng.chance(0.5) ? -1 : urbanDistrict());
  for (const d of rng.sample(geo.districts, 10).sort((a, b) => a.index - b.index)) {
    add(DISTRICT_NGO_PATTERN.replace('{d}', d.name), 'NGO', d.index);
  }
  for (const name of UNIVERSITIES) add(name, 'UNIVERSITY', urbanDistrict());
  for (const name of ENTERPRISES) add(name, 'ENTERPRISE', urbanDistrict());
  for (const name of DP_ENTERPRISES) add(name, 'DISABLED_PERSONS_ENTERPRISE', anyDistrict());
  const institutionDistricts = rng.sample(geo.districts, 3);
  let local = 0;
  for (const name of INSTITUTIONS) {
    if (!name.includes('{d}')) add(name, 'SERVICE_INSTITUTION', -1);
    else {
      const d = institutionDistricts[local++];
      add(name.replace('{d}', d.name), 'SERVICE_INSTITUTION', d.index);
    }
  }

  const orgsByKind = new Map<string, Org[]>();
  for (const org of orgs) orgsByKind.set(org.kind, [...(orgsByKind.get(org.kind) ?? []), org]);
  await copyRows(
    ctx.client,
    'organisation',
    ['id', 'name', 'kind', 'region_id', 'parent_id', 'contact_name', 'contact_phone'],
    orgs.map((o) => [o.id, o.name, o.kind, o.regionId, parents.get(o.id) ?? null, contactName(rng), mobile(rng)]),
  );
  ctx.progress('organisation', orgs.length, orgs.length);
  const orgIds = {
    cityDpf: cityDpf.id,
    youthLeague: youthLeague.id,
    womensFederation: womensFederation.id,
    civilAffairs: civilAffairs.id,
    tradeUnion: tradeUnion.id,
    civilizationOffice: civilizationOffice.id,
    eyesNgo: eyesNgo.id,
  };
  return { orgs, orgIds, orgsByKind } satisfies Organisations;
}

export function contactName(rng: Rng): string {
  return personName(rng, rng.chance(0.5) ? 'MALE' : 'FEMALE');
}

export async function seedServiceTypes(ctx: Pick<StepContext, 'client' | 'progress'>): Promise<ServiceTypeSeed[]> {
  const types = SERVICE_TYPES.map((t, i) => ({ id: i + 1, ...t }));
  await copyRows(
    ctx.client,
    'service_type',
    ['id', 'code', 'name', 'name_en', 'audience'],
    types.map((t) => [t.id, t.code, t.name, t.nameEn, t.audience]),
  );
  ctx.progress('service_type', types.length, types.length);
  return types;
}
