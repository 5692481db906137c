// The known world's rows that only writes need, added with SQL beside buildKnownWorld's: for each
// entity, one row inside the north (alpha's side) and one inside the south (beta's side), so every
// write of the matrix has a target in and out of each account's scope.
import type { DataSource } from 'typeorm';
import type { KnownWorld } from './known-world';

export interface WriteWorld {
  /** An organisation registered in the south (the known ones are all registered in the north). */
  gamma: string;
  /** st: the known station (alpha, north); st2: beta's station in the south. */
  station: { st: string; st2: string };
  /** tA: alpha's team (north); tB: beta's team (south). */
  team: { tA: string; tB: string };
  /** v1: a pending visit on p1; v2: one on p2. */
  visit: { v1: string; v2: string };
  /** d1: given by alpha to x1 (north); d2: given by beta to x2 (south). */
  donation: { d1: string; d2: string };
  /** r1: at the known station for x1; r2: at st2 for x2. */
  request: { r1: string; r2: string };
  /** s1: alpha's session (north); s2: beta's (south). */
  session: { s1: string; s2: string };
  /** hr1: a1's report to alpha (north); hr2: b2's to beta (south). */
  report: { hr1: string; hr2: string };
  /** i1: a1 invited to e1; i2: b2 invited to e3. */
  invitation: { i1: string; i2: string };
  /** c1: a correction asked on a1's sign-up for e1; c2: on b2's for e3. */
  correction: { c1: string; c2: string };
}

export async function buildWriteWorld(db: DataSource, w: KnownWorld): Promise<WriteWorld> {
  const one = async (q: string, p: unknown[] = []) => (await db.query<{ id: string }[]>(q, p))[0].id;
  const type = await one(`SELECT id::text FROM service_type ORDER BY id LIMIT 1`);
  const st2 = await one(
    `INSERT INTO service_station (name, region_id, organisation_id, address, opening_hours, contact_name, contact_phone)
     VALUES ('已知南站', $1, $2, '已知路 8 号', '周一至周五', '王站长', '13900000001') RETURNING id::text`,
    [w.region.southA, w.org.beta],
  );
  const team = (name: string, org: string, region: string) =>
    one(`INSERT INTO volunteer_team (name, organisation_id, region_id) VALUES ($1, $2, $3) RETURNING id::text`, [
      name,
      org,
      region,
    ]);
  const visit = (pairing: string) =>
    one(
      `INSERT INTO pairing_visit (pairing_id, visited_on, minutes, mode) VALUES ($1, '2026-05-20', 60, 'HOME') RETURNING id::text`,
      [pairing],
    );
  const donation = (org: string, beneficiary: string) =>
    one(
      `INSERT INTO donation (kind, amount_fen, donor_name, donor_organisation_id, beneficiary_id, donated_on)
       VALUES ('CASH', 10000, '已知捐赠', $1, $2, '2026-05-20') RETURNING id::text`,
      [org, beneficiary],
    );
  const request = (station: string, beneficiary: string, region: string) =>
    one(
      `INSERT INTO service_request (requester_name, phone, description, region_id, service_type_id, station_id, beneficiary_id)
       VALUES ('已知来电', '13700000000', '需要上门', $1, $2, $3, $4) RETURNING id::text`,
      [region, type, station, beneficiary],
    );
  const session = (org: string, region: string) =>
    one(
      `INSERT INTO training_session (title, held_on, minutes, organisation_id, region_id)
       VALUES ('已知培训', '2026-05-10', 60, $1, $2) RETURNING id::text`,
      [org, region],
    );
  const report = (volunteer: string, org: string, region: string) =>
    one(
      `INSERT INTO hour_report (volunteer_id, organisation_id, service_type_id, region_id, served_on, minutes, description)
       VALUES ($1, $2, $3, $4, '2026-05-10', 60, '已知服务') RETURNING id::text`,
      [volunteer, org, type, region],
    );
  const invitation = (event: string, volunteer: string) =>
    one(`INSERT INTO event_invitation (event_id, volunteer_id) VALUES ($1, $2) RETURNING id::text`, [event, volunteer]);
  const correction = (event: string, volunteer: string) =>
    one(
      `INSERT INTO hour_correction (participation_id, volunteer_id, previous_minutes, requested_minutes, reason)
       SELECT p.id, p.volunteer_id, 0, 60, '已知更正' FROM participation p WHERE p.event_id = $1 AND p.volunteer_id = $2
       RETURNING id::text`,
      [event, volunteer],
    );
  const { north, south, northA, southA } = w.region;
  const gamma = await one(
    `INSERT INTO organisation (name, kind, region_id) VALUES ('已知南区协会', 'NGO', $1) RETURNING id::text`,
    [south],
  );
  return {
    gamma,
    station: { st: w.station, st2 },
    team: { tA: await team('已知团队甲', w.org.alpha, north), tB: await team('已知团队乙', w.org.beta, south) },
    visit: { v1: await visit(w.pairing.p1), v2: await visit(w.pairing.p2) },
    donation: { d1: await donation(w.org.alpha, w.beneficiary.x1), d2: await donation(w.org.beta, w.beneficiary.x2) },
    request: {
      r1: await request(w.station, w.beneficiary.x1, northA),
      r2: await request(st2, w.beneficiary.x2, southA),
    },
    session: { s1: await session(w.org.alpha, north), s2: await session(w.org.beta, south) },
    report: {
      hr1: await report(w.volunteer.a1, w.org.alpha, northA),
      hr2: await report(w.volunteer.b2, w.org.beta, southA),
    },
    invitation: { i1: await invitation(w.event.e1, w.volunteer.a1), i2: await invitation(w.event.e3, w.volunteer.b2) },
    correction: {
      c1: await correction(w.event.e1, w.volunteer.a1),
      c2: await correction(w.event.e3, w.volunteer.b2),
    },
  };
}
