// A small world with owners chosen by hand, added to the seeded city: two new districts, three
// organisations, a station, people, pairings, campaigns and events, and an account per role scoped
// to them. Nothing seeded belongs to these owners, so what each role may see is exactly the rows
// listed here, written down in the tests rather than computed with predicates like auth/scope.ts's.
import type { DataSource } from 'typeorm';
import { toGlobalId } from '../../src/common/node';
import { makeCertificateNumber, makeIdentityNumber } from '../../src/common/identity';
import type { RoleInput } from '../generated/graphql';
import type { Client } from './server';
import { inviteAndActivate } from './accounts';

/** Row ids (as text) of everything the world holds. */
export interface KnownWorld {
  region: { north: string; northA: string; south: string; southA: string };
  org: { alpha: string; beta: string; branch: string };
  station: string;
  /** a1, a2 belong to alpha; b1, b2 to beta. a1 and b1 live in the north, a2 and b2 in the south. */
  volunteer: { a1: string; a2: string; b1: string; b2: string };
  /** x1 (north, served by the station) and x2 (south) are paired; x3 (north, served by the station) is not. */
  beneficiary: { x1: string; x2: string; x3: string };
  /** p1: a1 helps x1, owned by alpha and branch; p2: b2 helps x2, owned by beta and branch (both ACTIVE: a beneficiary is in scope only through an ACTIVE or PAUSED pairing). */
  pairing: { p1: string; p2: string };
  /** k1: led by alpha with beta as accepted co-organiser; k2: led by beta alone. */
  campaign: { k1: string; k2: string };
  /** e1: k1, by alpha at the station, a1 and b1 signed up; e2: k1, by beta, b1; e3: k2, by beta in the south, b2. */
  event: { e1: string; e2: string; e3: string };
  /** Accounts (password TEST_PASSWORD): ORG_ADMIN of alpha, REGION_ADMIN of north, the station's coordinator, a1. */
  account: { alpha: string; north: string; station: string; a1: string };
}

export async function buildKnownWorld(db: DataSource, hub: Client): Promise<KnownWorld> {
  const one = async (q: string, p: unknown[] = []) => (await db.query<{ id: string }[]>(q, p))[0].id;

  const city = await one(`SELECT id::text FROM region WHERE level = 'CITY' ORDER BY id LIMIT 1`);
  const region = async (name: string, level: string, parent: string) => {
    const id = await one(
      `INSERT INTO region (name, code, level, parent_id, path, depth)
       SELECT $1, $2, $3::region_level, p.id, '', p.depth + 1 FROM region p WHERE p.id = $4 RETURNING id::text`,
      [name, `known-${name}`, level, parent],
    );
    await db.query(
      `UPDATE region r SET path = p.path || r.id || '/' FROM region p WHERE r.id = $1 AND p.id = r.parent_id`,
      [id],
    );
    return id;
  };
  const north = await region('已知北区', 'DISTRICT', city);
  const northA = await region('已知北区一社区', 'COMMUNITY', north);
  const south = await region('已知南区', 'DISTRICT', city);
  const southA = await region('已知南区一社区', 'COMMUNITY', south);

  const org = (name: string, kind: string) =>
    one(`INSERT INTO organisation (name, kind, region_id) VALUES ($1, $2::organisation_kind, $3) RETURNING id::text`, [
      name,
      kind,
      north,
    ]);
  const alpha = await org('已知团委', 'YOUTH_LEAGUE');
  const beta = await org('已知妇联', 'WOMENS_FEDERATION');
  const branch = await org('已知残联', 'DPF');

  const station = await one(
    `INSERT INTO service_station (name, region_id, organisation_id, address, opening_hours, contact_name, contact_phone)
     VALUES ('已知服务站', $1, $2, '已知路 1 号', '周一至周五', '张站长', '13900000000') RETURNING id::text`,
    [northA, alpha],
  );

  let seq = 900;
  const volunteer = (name: string, organisation: string, home: string, atStation: string | null) => {
    const idNumber = makeIdentityNumber('659004', '1990-01-01', seq++);
    return one(
      `INSERT INTO volunteer (real_name, id_number, gender, birth_date, phone, category, status, organisation_id, station_id, home_region_id)
       VALUES ($1, $2, 'MALE', '1990-01-01', '13800000000', 'OTHER', 'ACTIVE', $3, $4, $5) RETURNING id::text`,
      [name, idNumber, organisation, atStation, home],
    );
  };
  const a1 = await volunteer('甲一', alpha, northA, station);
  const a2 = await volunteer('甲二', alpha, southA, null);
  const b1 = await volunteer('乙一', beta, northA, null);
  const b2 = await volunteer('乙二', beta, southA, null);

  const beneficiary = (name: string, home: string, servedBy: string | null) => {
    const idNumber = makeIdentityNumber('659004', '1950-02-03', seq++);
    return one(
      `INSERT INTO beneficiary (real_name, id_number, gender, birth_date, disability_category, disability_grade, certificate_number, region_id, station_id, phone, address)
       VALUES ($1, $2, 'FEMALE', '1950-02-03', 'VISUAL', 2, $3, $4, $5, '13700000000', '已知路 2 号') RETURNING id::text`,
      [name, idNumber, makeCertificateNumber(idNumber, 'VISUAL', 2), home, servedBy],
    );
  };
  const x1 = await beneficiary('丙一', northA, station);
  const x2 = await beneficiary('丙二', southA, null);
  const x3 = await beneficiary('丙三', northA, station);

  const pairing = (v: string, b: string, ownerA: string) =>
    one(
      `INSERT INTO pairing (kind, status, volunteer_id, beneficiary_id, owner_a_id, owner_b_id, started_on)
       VALUES ('VOLUNTEER_BENEFICIARY', 'ACTIVE', $1, $2, $3, $4, '2026-01-05') RETURNING id::text`,
      [v, b, ownerA, branch],
    );
  const p1 = await pairing(a1, x1, alpha);
  const p2 = await pairing(b2, x2, beta);

  const campaign = async (name: string, lead: string, at: string, partners: Array<[string, string]>) => {
    const id = await one(
      `INSERT INTO campaign (name, starts_on, ends_on, status, lead_organisation_id, region_id)
       VALUES ($1, '2026-05-17', '2026-05-17', 'PUBLISHED', $2, $3) RETURNING id::text`,
      [name, lead, at],
    );
    for (const [organisation, role] of partners)
      await db.query(
        `INSERT INTO campaign_partner (campaign_id, organisation_id, role, status, responded_at)
         VALUES ($1, $2, $3::partner_role, 'ACCEPTED', now())`,
        [id, organisation, role],
      );
    return id;
  };
  const k1 = await campaign('已知联合行动', alpha, north, [
    [alpha, 'LEAD'],
    [beta, 'CO_ORGANISER'],
  ]);
  const k2 = await campaign('已知妇联行动', beta, south, [[beta, 'LEAD']]);

  const serviceType = await one(`SELECT id::text FROM service_type ORDER BY id LIMIT 1`);
  const event = async (title: string, of: string, organiser: string, at: string, atStation: string | null) =>
    one(
      `INSERT INTO service_event (title, campaign_id, station_id, service_type_id, organiser_id, region_id, place, starts_at, ends_at, capacity, status)
       VALUES ($1, $2, $3, $4, $5, $6, '已知路 3 号', '2026-05-17T01:00:00Z', '2026-05-17T04:00:00Z', 10, 'OPEN') RETURNING id::text`,
      [title, of, atStation, serviceType, organiser, at],
    );
  const e1 = await event('已知活动一', k1, alpha, northA, station);
  const e2 = await event('已知活动二', k1, beta, northA, null);
  const e3 = await event('已知活动三', k2, beta, southA, null);
  for (const [e, v] of [
    [e1, a1],
    [e1, b1],
    [e2, b1],
    [e3, b2],
  ])
    await db.query(`INSERT INTO participation (event_id, volunteer_id, status) VALUES ($1, $2, 'SIGNED_UP')`, [e, v]);

  const account = async (username: string, role: RoleInput) => {
    const res = await inviteAndActivate(hub, hub, { username, roles: [role] });
    if (res.errors) throw new Error(`account ${username}: ${JSON.stringify(res.errors)}`);
    return username;
  };
  return {
    region: { north, northA, south, southA },
    org: { alpha, beta, branch },
    station,
    volunteer: { a1, a2, b1, b2 },
    beneficiary: { x1, x2, x3 },
    pairing: { p1, p2 },
    campaign: { k1, k2 },
    event: { e1, e2, e3 },
    account: {
      alpha: await account('known.alpha', { role: 'ORG_ADMIN', organisationId: toGlobalId('Organisation', alpha) }),
      north: await account('known.north', { role: 'REGION_ADMIN', regionId: toGlobalId('Region', north) }),
      station: await account('known.station', {
        role: 'STATION_COORDINATOR',
        stationId: toGlobalId('ServiceStation', station),
      }),
      a1: await account('known.a1', { role: 'VOLUNTEER', volunteerId: toGlobalId('Volunteer', a1) }),
    },
  };
}
