// Taking part (#13 items 4–7): minors and their guardians, adults-only events, short references
// looked up with the last four digits (throttled), suggestions for an event ranked on a fixture whose
// order is worked out by hand below, invitations, the caller's phone for the call-back, and what the
// public reads of events without a login.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import { makeIdentityNumber } from '../src/common/identity';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startTestServer, type Client, type TestServer } from './helpers/server';
import { keyOf } from './helpers/events';
import { graphql } from './generated';
import type { VolunteerRegistrationInput } from './generated/graphql';
import { REGISTER } from './operations/people';
import { SUBMIT } from './operations/service-requests';

// A Monday morning; the fixture event is the Monday after, 09:00–11:00 city time.
const T0 = new Date('2027-03-01T08:00:00+08:00');
const EVENT_START = '2027-03-08T09:00:00+08:00';
const EVENT_END = '2027-03-08T11:00:00+08:00';

let t: TestDatabase;
let server: TestServer;
let hub: Client;
let district: Client;
let station: Client;
let volunteer: Client;
let youthOrg: string;
let stationId: string;
const sql = async <T = SqlRow>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);
const g = toGlobalId;

let seq = 101;
const identity = (birth: string) => makeIdentityNumber('620102', birth, seq++ * 2 + 1);
const registration = (over: Partial<VolunteerRegistrationInput> = {}): VolunteerRegistrationInput => ({
  realName: '王小明',
  idNumber: identity('1998-04-12'),
  phone: '13800138000',
  category: 'STUDENT',
  skillIds: [],
  stationId: g('ServiceStation', stationId),
  consentAccepted: true,
  consentVersion: '2026-01',
  ...over,
});
const guardian = {
  name: '王建国',
  relation: 'PARENT' as const,
  phone: '13911112222',
  consentAccepted: true,
  consentVersion: '2026-01',
};

beforeAll(async () => {
  t = await createSeededDatabase('taking_part');
  server = await startTestServer(t.db, { now: () => T0 });
  [hub, district, station, volunteer] = await Promise.all(
    ['hub.admin', 'district.admin', 'station.coord', 'volunteer.demo'].map((u) => server.as(u)),
  );
  [{ id: youthOrg }] = await sql<{ id: string }>(
    `SELECT id::text FROM organisation WHERE kind = 'YOUTH_LEAGUE' ORDER BY organisation.id LIMIT 1`,
  );
  [{ id: stationId }] = await sql<{ id: string }>(
    `SELECT ra.station_id::text AS id FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id
      WHERE a.username = 'station.coord'`,
  );
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

describe('minors', () => {
  it('accepts a 15-year-old with a guardian, recording the consent with its time and version', async () => {
    const input = registration({ idNumber: identity('2011-06-01'), guardian });
    const res = await server.gql(REGISTER, { input });
    expect(res.errors).toBeUndefined();
    const [row] = await sql(
      `SELECT guardian_name, guardian_relation, guardian_phone, guardian_consent_version, guardian_consent_at
         FROM volunteer WHERE id_number = $1`,
      [input.idNumber],
    );
    expect(row).toEqual({
      guardian_name: '王建国',
      guardian_relation: 'PARENT',
      guardian_phone: '13911112222',
      guardian_consent_version: '2026-01',
      guardian_consent_at: T0,
    });
    const [audit] = await sql<{ after: Record<string, string> }>(
      `SELECT after FROM audit_log WHERE action = 'REGISTER_VOLUNTEER' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit.after.guardianPhone).not.toBe('13911112222'); // masked in the log
  });

  it('asks a minor without a guardian for one, and refuses a guardian without consent', async () => {
    const none = await server.gql(REGISTER, { input: registration({ idNumber: identity('2010-01-15') }) });
    expect(none.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'guardian' });
    expect(keyOf(none)).toBe('guardianRequired');
    const noConsent = await server.gql(REGISTER, {
      input: registration({ idNumber: identity('2010-01-15'), guardian: { ...guardian, consentAccepted: false } }),
    });
    expect(noConsent.errors?.[0].extensions?.fields?.map((f) => [f.field, f.key])).toEqual([
      ['guardian.consentAccepted', 'guardianConsentRequired'],
    ]);
  });

  it('refuses a 12-year-old on the identity number, in Chinese and in English, writing nothing', async () => {
    const before = (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM volunteer`))[0].n;
    const input = registration({ idNumber: identity('2014-06-01'), guardian });
    const zh = await server.gql(REGISTER, { input });
    const en = await server.gql(REGISTER, { input }, { 'accept-language': 'en' });
    expect(zh.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'idNumber',
      messageKey: 'tooYoung',
      params: { minAge: 14, age: 12 },
    });
    expect(zh.errors?.[0].message).toContain('14 周岁');
    expect(en.errors?.[0].message).toBe('Volunteers must be at least 14 to register (the identity number gives 12).');
    expect((await sql<{ n: number }>(`SELECT count(*)::int AS n FROM volunteer`))[0].n).toBe(before);
  });

  it('refuses a minor for an adults-only event, and takes them for another', async () => {
    const [{ id: demo, birth_date }] = await sql<{ id: string; birth_date: string }>(
      `SELECT v.id::text, v.birth_date FROM volunteer v JOIN role_assignment ra ON ra.volunteer_id = v.id
         JOIN user_account a ON a.id = ra.account_id WHERE a.username = 'volunteer.demo'`,
    );
    // 17 on the day of the event.
    await sql(`UPDATE volunteer SET birth_date = '2009-06-01' WHERE id = $1`, [demo]);
    try {
      const adults = await openEvent({ adultsOnly: true, title: '助残日成人志愿服务' });
      const refused = await volunteer.gql(SIGN_UP, { e: adults });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'eventId' });
      expect(keyOf(refused)).toBe('adultsOnly');
      const open = await openEvent({ adultsOnly: false, title: '助残日社区服务' });
      expect((await volunteer.gql(SIGN_UP, { e: open })).errors).toBeUndefined();
    } finally {
      await sql(`UPDATE volunteer SET birth_date = $2 WHERE id = $1`, [demo, birth_date]);
    }
  });
});

const SIGN_UP = graphql(`
  mutation SignUpForEvent3($e: ID!) {
    signUpForEvent(eventId: $e) {
      id
      status
    }
  }
`);

const CREATE_EVENT = graphql(`
  mutation CreateServiceEvent3($i: CreateServiceEventInput!) {
    createServiceEvent(input: $i) {
      id
      adultsOnly
      requiredSkills {
        name
      }
    }
  }
`);

/** An OPEN event at the coordinator's station next Monday, created by the hub. */
async function openEvent(over: { adultsOnly?: boolean; title: string; regionId?: string; skills?: string[] }) {
  const [{ id: type }] = await sql<{ id: string }>(`SELECT id::text FROM service_type ORDER BY id LIMIT 1`);
  const res = await hub.gql(CREATE_EVENT, {
    i: {
      title: over.title,
      serviceTypeId: g('ServiceType', type),
      organiserId: g('Organisation', youthOrg),
      ...(over.regionId ? { regionId: g('Region', over.regionId) } : { stationId: g('ServiceStation', stationId) }),
      place: '社区服务站',
      startsAt: EVENT_START,
      endsAt: EVENT_END,
      capacity: 10,
      adultsOnly: over.adultsOnly ?? false,
      requiredSkillIds: (over.skills ?? []).map((s) => g('Skill', s)),
    },
  });
  expect(res.errors).toBeUndefined();
  return res.data.createServiceEvent.id;
}

const LOOK_UP = graphql(`
  query SubmissionStatus($r: String!, $d: String!) {
    submissionStatus(reference: $r, phoneLast4: $d) {
      reference
      kind
      status
      submittedAt
      station {
        name
        phone
      }
    }
  }
`);

describe('short references', () => {
  let reference: string;
  let stationPhone: string;

  beforeAll(async () => {
    [{ contact_phone: stationPhone }] = await sql<{ contact_phone: string }>(
      `SELECT contact_phone FROM service_station WHERE id = $1`,
      [stationId],
    );
    const [{ id: type }] = await sql<{ id: string }>(`SELECT id::text FROM service_type ORDER BY id LIMIT 1`);
    const res = await server.gql(SUBMIT, {
      input: {
        requesterName: '赵阿姨',
        phone: '13700001234',
        stationId: g('ServiceStation', stationId),
        serviceTypeId: g('ServiceType', type),
        description: '需要上门理发',
      },
    });
    expect(res.errors).toBeUndefined();
    reference = res.data.submitServiceRequest.reference;
    expect(res.data.submitServiceRequest.station).toEqual({ name: expect.any(String) as unknown, phone: stationPhone });
  });

  it('gives every public submission a distinct speakable reference stored on its row', async () => {
    const reg = await server.gql(REGISTER, { input: registration() });
    expect(reg.data.registerVolunteer.reference).toMatch(/^TX-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/);
    expect(reg.data.registerVolunteer.station?.phone).toBe(stationPhone);
    const rows = await sql<{ reference: string }>(
      `SELECT reference FROM volunteer WHERE reference IS NOT NULL UNION ALL
       SELECT reference FROM service_request WHERE reference IS NOT NULL`,
    );
    expect(rows.map((r) => r.reference)).toEqual(
      expect.arrayContaining([reference, reg.data.registerVolunteer.reference]),
    );
    expect(new Set(rows.map((r) => r.reference)).size).toBe(rows.length);
  });

  it('shows the status and the station to call with the right last four digits, however the reference is typed', async () => {
    // Read aloud and typed back: lower case, no dashes, O for 0.
    const typed = reference.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    const res = await server.gql(LOOK_UP, { r: typed, d: '1234' }, { 'x-forwarded-for': '10.13.0.1' });
    expect(res.errors).toBeUndefined();
    expect(res.data.submissionStatus).toEqual({
      reference,
      kind: 'SERVICE_REQUEST',
      status: 'OPEN',
      submittedAt: T0.toISOString(),
      station: { name: expect.any(String) as unknown, phone: stationPhone },
    });
  });

  it('answers wrong digits exactly as an unknown reference, then throttles per reference and per address', async () => {
    const from = (ip: string) => ({ 'x-forwarded-for': ip });
    const wrong = await server.gql(LOOK_UP, { r: reference, d: '9999' }, from('10.13.0.2'));
    const unknown = await server.gql(LOOK_UP, { r: 'TX-ZZZZ-ZZ', d: '1234' }, from('10.13.0.2'));
    expect(wrong).toMatchObject({ data: { submissionStatus: null } });
    expect(wrong.errors).toBeUndefined();
    expect(unknown.data).toEqual(wrong.data);
    expect(unknown.errors).toEqual(wrong.errors);
    // Per address: a third miss from it (3 in the test config) locks it for every reference.
    await server.gql(LOOK_UP, { r: 'TX-1234-56', d: '1234' }, from('10.13.0.2'));
    const locked = await server.gql(LOOK_UP, { r: reference, d: '1234' }, from('10.13.0.2'));
    expect(locked.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    expect(locked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    const otherReference = await server.gql(LOOK_UP, { r: 'TX-ABCD-EF', d: '1234' }, from('10.13.0.2'));
    expect(otherReference.errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    // Per reference: misses from different addresses add up and lock it from any address.
    expect((await server.gql(LOOK_UP, { r: reference, d: '1111' }, from('10.13.0.4'))).errors).toBeUndefined();
    expect((await server.gql(LOOK_UP, { r: reference, d: '2222' }, from('10.13.0.5'))).errors).toBeUndefined();
    const otherAddress = await server.gql(LOOK_UP, { r: reference, d: '1234' }, from('10.13.0.3'));
    expect(otherAddress.errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    const elsewhere = await server.gql(LOOK_UP, { r: 'TX-ABCD-EF', d: '1234' }, from('10.13.0.3'));
    expect(elsewhere).toMatchObject({ data: { submissionStatus: null } });
    const keys = await sql<{ key: string }>(`SELECT key FROM rate_limit WHERE key LIKE 'reference%' ORDER BY key`);
    expect(keys.map((k) => k.key)).toEqual(
      expect.arrayContaining([`reference:${reference}`, 'reference-ip:10.13.0.2']),
    );
  });

  it('refuses a malformed reference or digits as input, not as a miss', async () => {
    const res = await server.gql(LOOK_UP, { r: 'TX-IL!!', d: '12' }, { 'x-forwarded-for': '10.13.0.9' });
    expect(res.errors?.[0].extensions?.fields?.map((f) => [f.field, f.key])).toEqual([
      ['reference', 'referenceInvalid'],
      ['phoneLast4', 'lastFourDigits'],
    ]);
  });

  it("lets the coordinator handling the request reveal the caller's phone, audited with the reason", async () => {
    const [{ id }] = await sql<{ id: string }>(`SELECT id::text FROM service_request WHERE reference = $1`, [
      reference,
    ]);
    const REVEAL = graphql(`
      mutation RevealCaller($id: ID!, $reason: String!) {
        revealPersonalData(id: $id, reason: $reason) {
          fields
          phone
          idNumber
        }
      }
    `);
    const res = await station.gql(REVEAL, { id: g('ServiceRequest', id), reason: '回电确认上门时间' });
    expect(res.errors).toBeUndefined();
    expect(res.data.revealPersonalData).toEqual({ fields: ['phone'], phone: '13700001234', idNumber: null });
    const [audit] = await sql(
      `SELECT action, record_type, record_id::text, reason FROM audit_log ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toEqual({
      action: 'REVEAL_PERSONAL_DATA',
      record_type: 'ServiceRequest',
      record_id: id,
      reason: '回电确认上门时间',
    });
    // A volunteer (who may reveal its own data) cannot reveal a caller's phone.
    const other = await volunteer.gql(REVEAL, { id: g('ServiceRequest', id), reason: '想看看号码' });
    expect(other.errors?.[0].extensions?.code).toMatch(/NOT_FOUND|FORBIDDEN/);
  });
});

describe('skills, availability and suggestions', () => {
  const CREATE_SKILL = graphql(`
    mutation CreateSkill($i: CreateSkillInput!) {
      createSkill(input: $i) {
        id
        name
      }
    }
  `);
  const SUGGEST = graphql(`
    query Suggest($e: ID!, $n: Int!) {
      suggestVolunteersForEvent(eventId: $e, first: $n) {
        volunteer {
          id
          realName
        }
        score
        skillScore
        availabilityScore
        distanceScore
        loadScore
        recentHours
      }
    }
  `);
  let city: string;
  const skill: Record<'A' | 'B', string> = { A: '', B: '' };
  const region: Record<string, string> = {};
  const people: Record<string, string> = {};

  /** A region under `parent` (the path carries its own id, as the seed's do). */
  const addRegion = async (name: string, level: string, parent: string, code: string) => {
    const [{ id }] = await sql<{ id: string }>(
      `INSERT INTO region (name, code, level, parent_id, path, depth)
       SELECT $1, $2, $3, p.id, p.path, p.depth + 1 FROM region p WHERE p.id = $4 RETURNING id::text`,
      [name, code, level, parent],
    );
    await sql(`UPDATE region SET path = path || id || '/' WHERE id = $1`, [id]);
    return id;
  };
  const addVolunteer = async (
    name: string,
    home: string,
    over: { skills?: string[]; slots?: object[]; preferred?: string[]; status?: string } = {},
  ) => {
    const [{ id }] = await sql<{ id: string }>(
      `INSERT INTO volunteer (real_name, id_number, gender, birth_date, phone, category, status, home_region_id,
                              skill_ids, availability, preferred_district_ids, organisation_id)
       VALUES ($1, $2, 'MALE', '1990-01-01', '13600000000', 'OTHER', $3, $4, $5, $6, $7, $8) RETURNING id::text`,
      [
        name,
        identity('1990-01-01'),
        over.status ?? 'ACTIVE',
        home,
        over.skills ?? [],
        JSON.stringify(over.slots ?? []),
        over.preferred ?? [],
        youthOrg,
      ],
    );
    people[name] = id;
    return id;
  };

  beforeAll(async () => {
    [{ id: city }] = await sql<{ id: string }>(`SELECT id::text FROM region WHERE level = 'CITY'`);
    region.D = await addRegion('测试区', 'DISTRICT', city, '619901');
    region.S1 = await addRegion('测试一街道', 'SUBDISTRICT', region.D, '619901001');
    region.S2 = await addRegion('测试二街道', 'SUBDISTRICT', region.D, '619901002');
    region.C1 = await addRegion('测试一社区', 'COMMUNITY', region.S1, '619901001001');
    region.C2 = await addRegion('测试二社区', 'COMMUNITY', region.S1, '619901001002');
    region.C3 = await addRegion('测试三社区', 'COMMUNITY', region.S2, '619901002001');
    region.D2 = await addRegion('另测区', 'DISTRICT', city, '619902');
    region.S3 = await addRegion('另测街道', 'SUBDISTRICT', region.D2, '619902001');
    region.C4 = await addRegion('另测社区', 'COMMUNITY', region.S3, '619902001001');
  });

  it('keeps one list per city, managed by the hub, not by a district admin', async () => {
    for (const name of ['A', 'B'] as const) {
      const res = await hub.gql(CREATE_SKILL, { i: { name: `测试技能${name}`, regionId: g('Region', city) } });
      expect(res.errors).toBeUndefined();
      skill[name] = (
        await sql<{ id: string }>(`SELECT id::text FROM skill WHERE name = $1`, [`测试技能${name}`])
      )[0].id;
    }
    const again = await hub.gql(CREATE_SKILL, { i: { name: '测试技能A', regionId: g('Region', city) } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', messageKey: 'skillTaken' });
    const districtTry = await district.gql(CREATE_SKILL, { i: { name: '测试技能C', regionId: g('Region', city) } });
    expect(districtTry.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const notCity = await hub.gql(CREATE_SKILL, { i: { name: '测试技能D', regionId: g('Region', region.D) } });
    expect(keyOf(notCity)).toBe('skillListIsPerCity');
  });

  it('lets a volunteer keep skills, weekly slots and preferred districts, checked', async () => {
    const PROFILE = graphql(`
      mutation OwnAvailability($v: Int!, $i: VolunteerProfileInput!) {
        updateMyVolunteerProfile(version: $v, input: $i) {
          skills {
            name
          }
          availability {
            weekday
            from
            to
          }
          preferredDistricts {
            name
          }
          version
        }
      }
    `);
    const [{ version }] = await sql<{ version: number }>(
      `SELECT v.version FROM volunteer v JOIN role_assignment ra ON ra.volunteer_id = v.id
         JOIN user_account a ON a.id = ra.account_id WHERE a.username = 'volunteer.demo'`,
    );
    const bad = await volunteer.gql(PROFILE, {
      v: version,
      i: { availability: [{ weekday: 8, from: '09:00', to: '08:00' }], preferredDistrictIds: [g('Region', region.C1)] },
    });
    expect(bad.errors?.[0].extensions?.fields?.map((f) => f.key)).toEqual(['availabilityInvalid', 'districtRequired']);
    const ok = await volunteer.gql(PROFILE, {
      v: version,
      i: {
        skillIds: [g('Skill', skill.B)],
        availability: [
          { weekday: 6, from: '14:00', to: '17:00' },
          { weekday: 1, from: '08:30', to: '12:00' },
        ],
        preferredDistrictIds: [g('Region', region.D)],
      },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.updateMyVolunteerProfile).toMatchObject({
      skills: [{ name: '测试技能B' }],
      availability: [
        { weekday: 1, from: '08:30', to: '12:00' },
        { weekday: 6, from: '14:00', to: '17:00' },
      ],
      preferredDistricts: [{ name: '测试区' }],
    });
  });

  it('ranks ACTIVE volunteers in scope by skill, availability, distance and recent load, in the order worked out by hand', async () => {
    // Put volunteer.demo back out of the fixture (it was given skill B and district D above).
    await sql(
      `UPDATE volunteer SET skill_ids = '{}', availability = '[]', preferred_district_ids = '{}'
        WHERE id IN (SELECT ra.volunteer_id FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id
                      WHERE a.username = 'volunteer.demo')`,
    );
    const monday = (from: string, to: string) => ({ weekday: 1, from, to });
    const { A, B } = skill;
    await addVolunteer('甲', region.C1, { skills: [A, B], slots: [monday('08:00', '12:00')] });
    await addVolunteer('乙', region.C1, { skills: [A, B], slots: [monday('08:00', '12:00')] });
    await addVolunteer('丙', region.C2, { skills: [A], slots: [monday('10:00', '12:00')] });
    await addVolunteer('丁', region.C3, { skills: [A, B] });
    await addVolunteer('戊', region.C4, { slots: [monday('09:00', '11:00')], preferred: [region.D] });
    await addVolunteer('己', region.C4, { skills: [A] });
    await addVolunteer('庚', region.C1, { skills: [A, B], slots: [monday('08:00', '12:00')], status: 'PENDING' });
    await addVolunteer('辛', region.C1, { skills: [A, B], slots: [monday('08:00', '12:00')] });
    // 乙 served 20 verified hours in the last 30 days; 辛 is already signed up.
    const [{ id: past }] = await sql<{ id: string }>(
      `INSERT INTO service_event (title, service_type_id, organiser_id, region_id, place, starts_at, ends_at, capacity, status)
       SELECT '上周服务', id, $1, $2, '社区', $3::timestamptz - interval '7 days', $3::timestamptz - interval '7 days' + interval '20 hours', 5, 'CLOSED'
         FROM service_type ORDER BY id LIMIT 1 RETURNING id::text`,
      [youthOrg, region.C1, T0.toISOString()],
    );
    await sql(
      `INSERT INTO participation (event_id, volunteer_id, status, minutes, verified_at) VALUES ($1, $2, 'COMPLETED', 1200, $3)`,
      [past, people['乙'], T0],
    );
    const event = await openEvent({ title: '测试社区助残服务', regionId: region.C1, skills: [A, B] });
    await sql(`INSERT INTO participation (event_id, volunteer_id, status) VALUES ($1, $2, 'SIGNED_UP')`, [
      (await sql<{ id: string }>(`SELECT id::text FROM service_event WHERE title = '测试社区助残服务'`))[0].id,
      people['辛'],
    ]);

    // By hand, with weights 0.4 skill, 0.3 availability, 0.2 distance, 0.1 load (load = 1 / (1 + hours / 10)):
    //   甲: both skills 1, Monday 08–12 covers 09–11 → 1, same community 1, no hours 1  → 0.4 + 0.3 + 0.2 + 0.1 = 1.0
    //   乙: as 甲 but 20 hours → load 1/3                                              → 0.9 + 0.0333 = 0.933
    //   丙: one of two skills 0.5, 10–12 overlaps only → 0.5, same subdistrict 0.6      → 0.2 + 0.15 + 0.12 + 0.1 = 0.57
    //   丁: both skills 1, no slots 0, same district (other subdistrict) 0.3             → 0.4 + 0 + 0.06 + 0.1 = 0.56
    //   戊: no skills 0, 09–11 covers 1, other district but prefers D 0.3                → 0 + 0.3 + 0.06 + 0.1 = 0.46
    //   己: one skill 0.5, nothing else                                                    → 0.2 + 0.1 = 0.3
    // 庚 is PENDING and 辛 already signed up: neither is offered. Everyone else in the city has none of
    // the two new skills, no slots and no home or preference in these districts: at most 0.1.
    const res = await hub.gql(SUGGEST, { e: event, n: 7 });
    expect(res.errors).toBeUndefined();
    const got = res.data.suggestVolunteersForEvent;
    expect(got.slice(0, 6).map((s) => s.volunteer.realName)).toEqual(['甲', '乙', '丙', '丁', '戊', '己']);
    expect(got.slice(0, 6).map((s) => s.score)).toEqual([1, 0.933, 0.57, 0.56, 0.46, 0.3]);
    expect(got[1]).toMatchObject({
      skillScore: 1,
      availabilityScore: 1,
      distanceScore: 1,
      loadScore: 0.333,
      recentHours: 20,
    });
    expect(got[2]).toMatchObject({ skillScore: 0.5, availabilityScore: 0.5, distanceScore: 0.6, loadScore: 1 });
    expect(got[6].score).toBeLessThanOrEqual(0.1);
    // Only whoever runs the event gets suggestions for it.
    const stranger = await station.gql(SUGGEST, { e: event, n: 5 });
    expect(stranger.errors?.[0].extensions?.code).toMatch(/NOT_FOUND|FORBIDDEN/);
  });

  it('invites a suggested volunteer once; the volunteer accepting is signed up', async () => {
    const INVITE = graphql(`
      mutation Invite($e: ID!, $v: ID!) {
        inviteVolunteerToEvent(eventId: $e, volunteerId: $v) {
          id
          status
          version
        }
      }
    `);
    const RESPOND = graphql(`
      mutation Respond($i: ID!, $v: Int!, $a: Boolean!) {
        respondToEventInvitation(invitationId: $i, version: $v, accept: $a) {
          status
          participation {
            status
          }
          event {
            title
          }
        }
      }
    `);
    const [{ id: event }] = await sql<{ id: string }>(
      `SELECT id::text FROM service_event WHERE title = '测试社区助残服务'`,
    );
    const first = await hub.gql(INVITE, { e: g('ServiceEvent', event), v: g('Volunteer', people['甲']) });
    expect(first.data.inviteVolunteerToEvent.status).toBe('PENDING');
    const twice = await hub.gql(INVITE, { e: g('ServiceEvent', event), v: g('Volunteer', people['甲']) });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', messageKey: 'alreadyInvited' });
    const [{ id: demo }] = await sql<{ id: string }>(
      `SELECT ra.volunteer_id::text AS id FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id
        WHERE a.username = 'volunteer.demo'`,
    );
    const invited = await hub.gql(INVITE, { e: g('ServiceEvent', event), v: g('Volunteer', demo) });
    const { id, version } = invited.data.inviteVolunteerToEvent;
    // Someone else cannot answer it for the volunteer.
    const notYours = await hub.gql(RESPOND, { i: id, v: version, a: true });
    expect(notYours.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const accepted = await volunteer.gql(RESPOND, { i: id, v: version, a: true });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.respondToEventInvitation).toEqual({
      status: 'ACCEPTED',
      participation: { status: 'SIGNED_UP' },
      event: { title: '测试社区助残服务' },
    });
    const again = await volunteer.gql(RESPOND, { i: id, v: version + 1, a: false });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'INVALID_STATE' });
  });
});

describe('what the public reads of events', () => {
  const EVENTS = graphql(`
    query PublicEvents($first: Int!) {
      serviceEvents(first: $first) {
        totalCount
        nodes {
          id
          title
          place
          status
          startsAt
          placesLeft
          station {
            name
          }
          campaign {
            status
          }
          participations {
            id
          }
        }
      }
    }
  `);

  const CAMPAIGN = graphql(`
    mutation PublicCampaign($i: CreateCampaignInput!) {
      createCampaign(input: $i) {
        id
        version
      }
    }
  `);
  const PUBLISH = graphql(`
    mutation PublishPublicCampaign($id: ID!, $v: Int!) {
      publishCampaign(id: $id, version: $v) {
        status
      }
    }
  `);

  beforeAll(async () => {
    // A published campaign with an open event and a draft, and a draft campaign with an open event.
    const [{ id: type }] = await sql<{ id: string }>(`SELECT id::text FROM service_type ORDER BY id LIMIT 1`);
    for (const published of [true, false]) {
      const c = await hub.gql(CAMPAIGN, {
        i: {
          name: published ? '公开招募测试活动' : '筹备中测试活动',
          leadOrganisationId: g('Organisation', youthOrg),
          startsOn: '2027-03-08',
          endsOn: '2027-03-09',
        },
      });
      expect(c.errors).toBeUndefined();
      for (const open of published ? [true, false] : [true]) {
        const e = await hub.gql(CREATE_EVENT, {
          i: {
            title: `${published ? '公开' : '筹备'}${open ? '开放' : '草稿'}活动`,
            campaignId: c.data.createCampaign.id,
            serviceTypeId: g('ServiceType', type),
            organiserId: g('Organisation', youthOrg),
            stationId: g('ServiceStation', stationId),
            place: '社区广场',
            startsAt: EVENT_START,
            endsAt: EVENT_END,
            capacity: 10,
            open,
          },
        });
        expect(e.errors).toBeUndefined();
      }
      if (published) {
        const p = await hub.gql(PUBLISH, { id: c.data.createCampaign.id, v: c.data.createCampaign.version });
        expect(p.errors).toBeUndefined();
      }
    }
  });

  it('lists exactly the OPEN events of PUBLISHED campaigns, with places left and nothing personal', async () => {
    const [{ n: expected }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM service_event e JOIN campaign c ON c.id = e.campaign_id
        WHERE e.status = 'OPEN' AND c.status = 'PUBLISHED'`,
    );
    expect(expected).toBeGreaterThan(0);
    const res = await server.gql(EVENTS, { first: 100 });
    expect(res.errors).toBeUndefined();
    expect(res.data.serviceEvents.totalCount).toBe(expected);
    expect(res.data.serviceEvents.nodes.map((e) => e.title)).toContain('公开开放活动');
    expect(res.data.serviceEvents.nodes.map((e) => e.title)).not.toContain('公开草稿活动');
    expect(res.data.serviceEvents.nodes.map((e) => e.title)).not.toContain('筹备开放活动');
    for (const e of res.data.serviceEvents.nodes) {
      expect(e.status).toBe('OPEN');
      expect(e.campaign?.status).toBe('PUBLISHED');
      expect(e.participations).toEqual([]);
      expect(e.placesLeft).toBeGreaterThanOrEqual(0);
    }
    // An event of no campaign (the fixture's) and a draft are not there, by id either.
    const [{ id: standalone }] = await sql<{ id: string }>(
      `SELECT id::text FROM service_event WHERE title = '测试社区助残服务'`,
    );
    const NODE = graphql(`
      query PublicEventNode($id: ID!) {
        node(id: $id) {
          id
        }
      }
    `);
    expect((await server.gql(NODE, { id: g('ServiceEvent', standalone) })).data.node).toBeNull();
    // Personal data stays behind login.
    const PEOPLE = graphql(`
      query PublicPeople {
        participations(first: 1) {
          totalCount
        }
      }
    `);
    expect((await server.gql(PEOPLE)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("fills a published campaign's events for the public", async () => {
    const CAMPAIGNS = graphql(`
      query PublicCampaignEvents {
        campaigns(first: 20) {
          nodes {
            status
            events(first: 50) {
              status
            }
          }
        }
      }
    `);
    const res = await server.gql(CAMPAIGNS);
    const events = res.data.campaigns.nodes.flatMap((c) => c.events);
    expect(res.data.campaigns.nodes.every((c) => c.status === 'PUBLISHED')).toBe(true);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.status === 'OPEN')).toBe(true);
  });
});
