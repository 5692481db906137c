// Names in a spreadsheet resolved to rows: districts, subdistricts and communities down the region
// tree (a community name is only unique within its subdistrict), organisations, teams and stations
// by name. Loaded once per dry run or job: a few thousand small rows, then every lookup is a map hit.
import type { DataSource, EntityManager } from 'typeorm';
import type { MessageKey } from '../../common/messages';

export interface RegionRow {
  id: string;
  name: string;
  parentId: string | null;
  path: string;
  level: string;
}

export interface NamedRow {
  id: string;
  name: string;
  regionId: string;
  regionPath: string;
  organisationId: string | null;
}

export type Resolved<T> = { row: T } | { column: string; key: MessageKey } | null;

const group = <T extends { name: string }>(rows: T[]) => {
  const map = new Map<string, T[]>();
  for (const r of rows) map.set(r.name, [...(map.get(r.name) ?? []), r]);
  return map;
};

export class Lookups {
  private constructor(
    readonly regions: Map<string, RegionRow>,
    private readonly childrenByName: Map<string, Map<string, RegionRow>>,
    readonly districts: RegionRow[],
    private readonly organisations: Map<string, NamedRow[]>,
    private readonly teams: Map<string, NamedRow[]>,
    private readonly stations: Map<string, NamedRow[]>,
    private readonly skills: Map<string, string>,
  ) {}

  static async load(db: DataSource | EntityManager): Promise<Lookups> {
    const regions = await db.query<RegionRow[]>(
      `SELECT id::text, name, parent_id::text AS "parentId", path, level FROM region ORDER BY path`,
    );
    const named = (table: string, org: string) =>
      db.query<NamedRow[]>(
        `SELECT t.id::text, t.name, t.region_id::text AS "regionId", r.path AS "regionPath", ${org} AS "organisationId"
           FROM ${table} t JOIN region r ON r.id = t.region_id`,
      );
    const [organisations, teams, stations, skills] = await Promise.all([
      named('organisation', 't.id::text'),
      named('volunteer_team', 't.organisation_id::text'),
      named('service_station', 't.organisation_id::text'),
      db.query<Array<{ id: string; name: string; regionId: string }>>(
        `SELECT id::text, name, region_id::text AS "regionId" FROM skill WHERE active`,
      ),
    ]);
    const children = new Map<string, Map<string, RegionRow>>();
    for (const r of regions) {
      const key = r.parentId ?? 'root';
      if (!children.has(key)) children.set(key, new Map());
      children.get(key)!.set(r.name, r);
    }
    return new Lookups(
      new Map(regions.map((r) => [r.id, r])),
      children,
      regions.filter((r) => r.level === 'DISTRICT'),
      group(organisations),
      group(teams),
      group(stations),
      new Map(skills.map((k) => [`${k.regionId}/${k.name}`, k.id])),
    );
  }

  /** A skill offered on the list of the city `regionId` lies in, by name. */
  skill(regionId: string, name: string): string | undefined {
    const city = this.regions.get(regionId)?.path.split('/').filter(Boolean)[0];
    return city ? this.skills.get(`${city}/${name}`) : undefined;
  }

  /** District → subdistrict → community, each looked up under the one before; the deepest named wins. */
  region(district: string, subdistrict: string, community: string): Resolved<RegionRow> {
    if (!district) return subdistrict || community ? { column: 'district', key: 'required' } : null;
    const d = this.districts.find((r) => r.name === district);
    if (!d) return { column: 'district', key: 'regionUnknown' };
    if (!subdistrict) return community ? { column: 'subdistrict', key: 'required' } : { row: d };
    const s = this.childrenByName.get(d.id)?.get(subdistrict);
    if (!s) return { column: 'subdistrict', key: 'regionUnknown' };
    if (!community) return { row: s };
    const c = this.childrenByName.get(s.id)?.get(community);
    return c ? { row: c } : { column: 'community', key: 'regionUnknown' };
  }

  organisation = (name: string, within?: string) => this.named(this.organisations, name, 'organisation', within);
  team = (name: string, within?: string) => this.named(this.teams, name, 'team', within);
  station = (name: string, within?: string) => this.named(this.stations, name, 'station', within);

  /** By name; two of the same name are told apart by the row's district, else the cell is ambiguous. */
  private named(map: Map<string, NamedRow[]>, name: string, column: string, within?: string): Resolved<NamedRow> {
    if (!name) return null;
    let found = map.get(name) ?? [];
    if (found.length > 1 && within) found = found.filter((r) => r.regionPath.startsWith(within));
    if (found.length === 1) return { row: found[0] };
    return { column, key: found.length ? 'nameAmbiguous' : 'nameUnknown' };
  }
}
