// What each registry entry says the viewer may do with it (`viewerCan`) is what the write policy then
// allows: the hub everything; a region admin what lies in its region (not the city's catalogue); an
// organisation admin its own organisation and the stations it runs; a station's coordinator only its
// board; the public nothing. Each answer is checked against the mutation it promises.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbId, toGlobalId } from '../src/common/node';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startTestServer, type Client, type TestServer } from './helpers/server';
import { graphql } from './generated';

let t: TestDatabase;
let server: TestServer;
const one = async <T = SqlRow>(q: string, p: unknown[] = []) => (await t.db.query<T[]>(q, p))[0];

const CAN = graphql(`
  query RegistryViewerCan($org: ID!, $station: ID!, $team: ID!, $type: ID!, $skill: ID!) {
    org: node(id: $org) {
      ... on Organisation {
        viewerCan {
          edit
          suspend
        }
      }
    }
    station: node(id: $station) {
      ... on ServiceStation {
        viewerCan {
          edit
          suspend
          editBoard
        }
      }
    }
    team: node(id: $team) {
      ... on VolunteerTeam {
        viewerCan {
          edit
          suspend
        }
      }
    }
    type: node(id: $type) {
      ... on ServiceType {
        viewerCan {
          edit
          suspend
        }
      }
    }
    skill: node(id: $skill) {
      ... on Skill {
        viewerCan {
          edit
        }
      }
    }
  }
`);
const PUBLIC_CAN = graphql(`
  query RegistryPublicViewerCan {
    organisations(first: 5) {
      nodes {
        viewerCan {
          edit
          suspend
        }
      }
    }
    serviceStations(first: 5) {
      nodes {
        viewerCan {
          edit
          suspend
          editBoard
        }
      }
    }
  }
`);
const RENAME_ORG = graphql(`
  mutation ViewerCanRenameOrganisation($id: ID!, $version: Int!, $name: String!) {
    updateOrganisation(id: $id, version: $version, input: { name: $name }) {
      version
    }
  }
`);
const RENAME_TYPE = graphql(`
  mutation ViewerCanRenameServiceType($id: ID!, $version: Int!, $name: String!) {
    updateServiceType(id: $id, version: $version, input: { name: $name }) {
      version
    }
  }
`);

/** One entry of each kind: inside the district (and the NGO's own), or outside both. */
interface Ids {
  org: string;
  station: string;
  team: string;
  type: string;
  skill: string;
}
let inDistrict: Ids;
let ngoOwn: Ids;
let outside: Ids;
let coordinated: string;

const ids = (r: Record<keyof Ids, string>): Ids => ({
  org: toGlobalId('Organisation', r.org),
  station: toGlobalId('ServiceStation', r.station),
  team: toGlobalId('VolunteerTeam', r.team),
  type: toGlobalId('ServiceType', r.type),
  skill: toGlobalId('Skill', r.skill),
});

async function can(client: Client, which: Ids) {
  const res = await client.gql(CAN, which);
  expect(res.errors).toBeUndefined();
  // An entry the viewer cannot even read is null (teams are read within scope; the rest is public).
  const d = res.data as unknown as Record<keyof Ids, { viewerCan: Record<string, boolean> } | null>;
  return {
    org: d.org?.viewerCan ?? null,
    station: d.station?.viewerCan ?? null,
    team: d.team?.viewerCan ?? null,
    type: d.type?.viewerCan ?? null,
    skill: d.skill?.viewerCan ?? null,
  };
}

beforeAll(async () => {
  t = await createSeededDatabase('viewercan');
  server = await startTestServer(t.db);
  const district = await one<{ path: string }>(
    `SELECT r.path FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id
       JOIN region r ON r.id = ra.region_id WHERE a.username = 'district.admin'`,
  );
  const ngoOrg = (
    await one<{ id: string }>(
      `SELECT ra.organisation_id::text AS id FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id
        WHERE a.username = 'ngo.admin'`,
    )
  ).id;
  const row = async (q: string, p: unknown[] = []) => (await one<{ id: string }>(q, p)).id;
  const type = await row(`SELECT id::text FROM service_type ORDER BY id LIMIT 1`);
  const skill = await row(`SELECT id::text FROM skill ORDER BY id LIMIT 1`);
  /** A station and a team of this organisation, in a community under `path`. */
  const entriesOf = async (org: string, path: string) =>
    ids({
      org,
      station: await row(
        `INSERT INTO service_station (name, region_id, organisation_id, address, opening_hours, contact_name, contact_phone)
         SELECT 'viewerCan 站 ' || $1, r.id, $1::bigint, '路 1 号', '周一 9:00-17:00', '王', '0931-8123456'
           FROM region r WHERE r.level = 'COMMUNITY' AND r.path LIKE $2 || '%' ORDER BY r.id LIMIT 1 RETURNING id::text`,
        [org, path],
      ),
      team: await row(
        `INSERT INTO volunteer_team (name, region_id, organisation_id)
         SELECT 'viewerCan 队 ' || $1, r.id, $1::bigint FROM region r
          WHERE r.level = 'DISTRICT' AND $2 LIKE r.path || '%' RETURNING id::text`,
        [org, path],
      ),
      type,
      skill,
    });
  const orgIn = await row(
    `SELECT o.id::text FROM organisation o JOIN region r ON r.id = o.region_id
      WHERE r.path LIKE $1 || '%' AND o.id <> $2 ORDER BY o.id LIMIT 1`,
    [district.path, ngoOrg],
  );
  const orgOut = await row(
    `SELECT o.id::text FROM organisation o JOIN region r ON r.id = o.region_id
      WHERE r.path NOT LIKE $1 || '%' AND o.id <> $2 ORDER BY o.id LIMIT 1`,
    [district.path, ngoOrg],
  );
  const elsewhere = (
    await one<{ path: string }>(
      `SELECT path FROM region WHERE level = 'DISTRICT' AND path NOT LIKE $1 || '%' ORDER BY id LIMIT 1`,
      [district.path],
    )
  ).path;
  inDistrict = await entriesOf(orgIn, district.path);
  outside = await entriesOf(orgOut, elsewhere);
  ngoOwn = await entriesOf(ngoOrg, elsewhere);
  coordinated = toGlobalId(
    'ServiceStation',
    await row(
      `SELECT ra.station_id::text AS id FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id
        WHERE a.username = 'station.coord'`,
    ),
  );
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

describe('viewerCan on registry entries', () => {
  it('the hub may change every entry and keeps the catalogue and skill lists', async () => {
    const hub = await server.as('hub.admin');
    const c = await can(hub, outside);
    expect(c).toEqual({
      org: { edit: true, suspend: true },
      station: { edit: true, suspend: true, editBoard: true },
      team: { edit: true, suspend: true },
      type: { edit: true, suspend: true },
      skill: { edit: true },
    });
  });

  it('a region admin: what lies in its region, not outside it, and not the city catalogue', async () => {
    const admin = await server.as('district.admin');
    const mine = await can(admin, inDistrict);
    expect(mine.org).toEqual({ edit: true, suspend: true });
    expect(mine.station).toEqual({ edit: true, suspend: true, editBoard: true });
    expect(mine.team).toEqual({ edit: true, suspend: true });
    expect(mine.type).toEqual({ edit: false, suspend: false });
    const away = await can(admin, outside);
    expect(away.org).toEqual({ edit: false, suspend: false });
    expect(away.station).toEqual({ edit: false, suspend: false, editBoard: false });
    expect(away.team).toBeNull(); // outside its region it does not even see the team

    // The promise holds: the catalogue entry it may not change is refused, as viewerCan said.
    const type = (
      await t.db.query<Array<{ version: number }>>(`SELECT version FROM service_type ORDER BY id LIMIT 1`)
    )[0];
    const refused = await admin.gql(RENAME_TYPE, { id: inDistrict.type, version: type.version, name: '改名' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('an organisation admin: its own organisation, its team and the station it runs; nothing of others', async () => {
    const admin = await server.as('ngo.admin');
    const own = await can(admin, ngoOwn);
    expect(own.org).toEqual({ edit: true, suspend: true });
    // Its stations are changed through the registry edit; the board form is the coordinator's and the region's.
    expect(own.station).toEqual({ edit: true, suspend: true, editBoard: false });
    expect(own.team).toEqual({ edit: true, suspend: true });
    expect(own.type).toEqual({ edit: false, suspend: false });
    expect(own.skill).toEqual({ edit: false });
    const other = await can(admin, outside);
    expect(other.org).toEqual({ edit: false, suspend: false });
    expect(other.station?.edit).toBe(false);

    // ... and the write policy agrees on both sides.
    const version = async (id: string) =>
      (await one<{ version: number }>(`SELECT version FROM organisation WHERE id = $1`, [id])).version;
    const ok = await admin.gql(RENAME_ORG, {
      id: ngoOwn.org,
      version: await version(dbId(ngoOwn.org, 'Organisation', 'id')),
      name: '星光助盲服务中心（改）',
    });
    expect(ok.errors).toBeUndefined();
    const no = await admin.gql(RENAME_ORG, {
      id: outside.org,
      version: await version(dbId(outside.org, 'Organisation', 'id')),
      name: '别人的单位',
    });
    expect(no.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("a station's coordinator keeps its board only; the public may change nothing", async () => {
    const coord = await server.as('station.coord');
    const c = await can(coord, { ...inDistrict, station: coordinated });
    expect(c.station).toEqual({ edit: false, suspend: false, editBoard: true });
    expect(c.org).toEqual({ edit: false, suspend: false });

    const res = await server.gql(PUBLIC_CAN, {});
    expect(res.errors).toBeUndefined();
    const flags = [
      ...res.data.organisations.nodes.map((n) => Object.values(n.viewerCan)),
      ...res.data.serviceStations.nodes.map((n) => Object.values(n.viewerCan)),
    ].flat();
    expect(flags.length).toBeGreaterThan(0);
    expect(flags.every((f) => f === false)).toBe(true);
  });
});
