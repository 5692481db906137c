// The four-level region tree of 同心市: city → 14 districts/counties → subdistricts/towns → 788 communities/villages.
import { copyRows } from './copy';
import type { Community, District, StepContext } from './model';
import { CITY_CODE, CITY_NAME, COMMUNITY_STEMS, DISTRICTS, SUBDISTRICT_STEMS, TOWN_STEMS, villageStem } from './names';

/** The report's count of community stations; one community per station. */
export const COMMUNITY_COUNT = 788;
/** Every subdistrict has at least this many communities; the rest are spread at random. */
const MIN_COMMUNITIES_PER_SUBDISTRICT = 3;

export interface Geography {
  cityRegionId: number;
  districts: District[];
  communities: Community[];
  pairingVillage: Community;
}

type RegionRow = [number, string, string, string, number | null, string, number];

export async function seedRegions(ctx: Pick<StepContext, 'client' | 'rng' | 'progress'>): Promise<Geography> {
  const { rng } = ctx;
  const rows: RegionRow[] = [];
  let nextId = 1;
  const cityId = nextId++;
  rows.push([cityId, CITY_NAME, CITY_CODE, 'CITY', null, `/${cityId}/`, 0]);

  const districts: District[] = DISTRICTS.map((seed, index) => {
    const id = nextId++;
    rows.push([id, seed.name, seed.code, 'DISTRICT', cityId, `/${cityId}/${id}/`, 1]);
    return { id, index, name: seed.name, code: seed.code, county: seed.county, dpfId: 0, teamId: 0, communities: [] };
  });

  // Subdistricts first (ids in one block), then communities, so ids read level by level.
  const streetStems = rng.shuffle([...SUBDISTRICT_STEMS]);
  const townStems = rng.shuffle(TOWN_STEMS.filter((s) => s !== '城关'));
  interface Sub {
    id: number;
    name: string;
    code: string;
    district: District;
    path: string;
    seat: boolean;
    size: number;
  }
  const subs: Sub[] = [];
  for (const district of districts) {
    const count = DISTRICTS[district.index].subdistricts;
    for (let k = 1; k <= count; k++) {
      const id = nextId++;
      // Every county seat is 城关镇; other towns are 镇, a few remote ones 乡.
      const name = !district.county
        ? `${streetStems.pop()}街道`
        : k === 1
          ? '城关镇'
          : `${townStems.pop()}${rng.chance(0.2) ? '乡' : '镇'}`;
      const code = `${district.code}${String(k).padStart(3, '0')}`;
      const path = `/${cityId}/${district.id}/${id}/`;
      subs.push({
        id,
        name,
        code,
        district,
        path,
        seat: district.county && k === 1,
        size: MIN_COMMUNITIES_PER_SUBDISTRICT,
      });
      rows.push([id, name, code, 'SUBDISTRICT', district.id, path, 2]);
    }
  }
  for (let extra = COMMUNITY_COUNT - subs.length * MIN_COMMUNITIES_PER_SUBDISTRICT; extra > 0; extra--) {
    // Rural towns hold more villages than a city 街道 holds communities.
    rng.weighted(subs.map((s) => [s, s.district.county && !s.seat ? 2 : 1] as const)).size++;
  }

  const communities: Community[] = [];
  const usedNames = new Map<District, Set<string>>(districts.map((d) => [d, new Set<string>()]));
  for (const sub of subs) {
    const used = usedNames.get(sub.district)!;
    let urbanCode = 0;
    let villageCode = 199;
    for (let j = 0; j < sub.size; j++) {
      // In a town the first communities are the town's own streets; the rest are villages.
      const village = sub.district.county && (!sub.seat || j >= 2) && j >= 1;
      const name = uniqueName(
        used,
        () => (village ? villageStem(rng) : rng.pick(COMMUNITY_STEMS)),
        village ? '村' : '社区',
      );
      const code = `${sub.code}${String(village ? ++villageCode : ++urbanCode).padStart(3, '0')}`;
      const id = nextId++;
      rows.push([id, name, code, 'COMMUNITY', sub.id, `${sub.path}${id}/`, 3]);
      const community: Community = {
        id,
        index: communities.length,
        name,
        village,
        district: sub.district,
        subdistrictName: sub.name,
        stationId: communities.length + 1,
        serviceTypeIds: [],
      };
      communities.push(community);
      sub.district.communities.push(community);
    }
  }

  const villages = communities.filter((c) => c.village);
  const pairingVillage = villages[Math.floor(villages.length / 3)];
  await copyRows(ctx.client, 'region', ['id', 'name', 'code', 'level', 'parent_id', 'path', 'depth'], rows);
  ctx.progress('region', rows.length, rows.length);
  return { cityRegionId: cityId, districts, communities, pairingVillage };
}

/** Draws names until one is new in the district; repeats fall back to 东/西/南/北 variants. */
function uniqueName(used: Set<string>, draw: () => string, suffix: string): string {
  for (let attempt = 0; attempt < 12; attempt++) {
    const name = draw() + suffix;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
  const stem = draw();
  for (const variant of ['东', '西', '南', '北', '一', '二', '三', '四', '五', '六']) {
    const name = stem + variant + suffix;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
  throw new Error(`could not find a free ${suffix} name`);
}
