// People at work: public volunteer registration and review, profiles, beneficiaries with checked
// certificates, star thresholds per jurisdiction and the yearly commendation round, end to end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import { makeCertificateNumber, makeIdentityNumber } from '../src/common/identity';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { nodeAs, startTestServer, type Client, type TestServer } from './helpers/server';
import { graphql } from './generated';
import type { BeneficiaryInput, VolunteerRegistrationInput } from './generated/graphql';

let t: TestDatabase;
let server: TestServer;
let hub: Client;
let youth: Client;
let women: Client;
let district: Client;
let station: Client;
let volunteer: Client;
let youthOrg: string;
let districtId: string;
let districtPath: string;
const sql = async <T = SqlRow>(q: string, p: unknown[] = []) => (await t.db.query(q, p)) as T[];
const count = async (table: string) => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

const REGISTER = graphql(`
  mutation RegisterVolunteer2($input: VolunteerRegistrationInput!) {
    registerVolunteer(input: $input) {
      reference
      status
      registeredAt
    }
  }
`);
let seq = 1;
const newIdentity = (birth = '1998-04-12') => makeIdentityNumber('620102', birth, seq++ * 2 + 1);
const registration = (over: Partial<VolunteerRegistrationInput> = {}): VolunteerRegistrationInput => ({
  realName: '李明',
  idNumber: newIdentity(),
  phone: '13800138000',
  category: 'STUDENT',
  skills: ['手语', ' 手语 '],
  organisationId: toGlobalId('Organisation', youthOrg),
  consentAccepted: true,
  consentVersion: '2026-01',
  ...over,
});

beforeAll(async () => {
  t = await createSeededDatabase('work_people');
  server = await startTestServer(t.db);
  [hub, youth, women, district, station, volunteer] = await Promise.all(
    ['hub.admin', 'youth.admin', 'women.admin', 'district.admin', 'station.coord', 'volunteer.demo'].map((u) =>
      server.as(u),
    ),
  );
  [{ id: youthOrg }] = await sql(
    `SELECT id::text FROM organisation WHERE kind = 'YOUTH_LEAGUE' ORDER BY organisation.id LIMIT 1`,
  );
  [{ id: districtId, path: districtPath }] = await sql(
    `SELECT id::text, path FROM region WHERE level = 'DISTRICT' ORDER BY region.id LIMIT 1`,
  );
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

describe('volunteer registration', () => {
  it('registers a PENDING volunteer with birth date, gender and consent derived and recorded', async () => {
    const input = registration({ idNumber: makeIdentityNumber('620102', '2001-09-30', 124) });
    const res = await server.gql(REGISTER, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data.registerVolunteer.status).toBe('PENDING');
    const [row] = await sql(
      `SELECT birth_date, gender, consent_version, consent_at IS NOT NULL AS consented, skills, home_region_id::text, organisation_id::text
         FROM volunteer WHERE id_number = $1`,
      [input.idNumber],
    );
    expect(row).toMatchObject({
      birth_date: '2001-09-30',
      gender: 'FEMALE',
      consent_version: '2026-01',
      consented: true,
      skills: ['手语'],
      organisation_id: youthOrg,
    });
    const [audit] = await sql(
      `SELECT after FROM audit_log WHERE action = 'REGISTER_VOLUNTEER' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit.after.idNumber).not.toBe(input.idNumber); // masked in the log
  });

  it('refuses a bad check character, a bad phone and missing consent together, writing nothing', async () => {
    const good = newIdentity();
    const badCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const before = await count('volunteer');
    const res = await server.gql(REGISTER, {
      input: registration({ idNumber: badCheck, phone: '12345', consentAccepted: false }),
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = res.errors![0].extensions!.fields!.map((f) => [f.field, f.key]);
    expect(fields).toEqual([
      ['idNumber', 'identityInvalid'],
      ['phone', 'phoneInvalid'],
      ['consentAccepted', 'consentRequired'],
    ]);
    expect(await count('volunteer')).toBe(before);
  });

  it('writes its messages in the language asked for', async () => {
    const input = registration({ phone: '1' });
    const zh = await server.gql(REGISTER, { input });
    const en = await server.gql(REGISTER, { input }, { 'accept-language': 'en-GB,en;q=0.8' });
    expect(zh.errors![0].extensions!.fields![0].message).toBe('请填写 11 位手机号码');
    expect(en.errors![0].extensions!.fields![0].message).toBe('Enter an 11-digit mobile number.');
    expect(en.errors![0].message).toBe('Enter an 11-digit mobile number.');
  });

  it('answers a duplicate identity number with CONFLICT that reveals nothing of the existing record', async () => {
    const [existing] = await sql(`SELECT id_number, real_name, phone FROM volunteer ORDER BY id LIMIT 1`);
    const before = await count('volunteer');
    const res = await server.gql(REGISTER, { input: registration({ idNumber: existing.id_number }) });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'idNumber' });
    const body = JSON.stringify(res);
    expect(body).not.toContain(existing.real_name);
    expect(body).not.toContain(existing.phone);
    expect(await count('volunteer')).toBe(before);
  });

  it('registers once for a retried request with the same idempotency key', async () => {
    const input = registration({ idempotencyKey: 'reg-retry-0001' });
    const first = await server.gql(REGISTER, { input });
    const second = await server.gql(REGISTER, { input });
    expect(second.errors).toBeUndefined();
    expect(second.data.registerVolunteer.reference).toBe(first.data.registerVolunteer.reference);
    expect((await sql(`SELECT count(*)::int AS n FROM volunteer WHERE id_number = $1`, [input.idNumber]))[0].n).toBe(1);
    const reused = await server.gql(REGISTER, { input: { ...input, idNumber: newIdentity() } });
    expect(reused.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('needs an affiliation and the current version of the notice', async () => {
    const res = await server.gql(REGISTER, {
      input: registration({ organisationId: null, consentVersion: '2019-01' }),
    });
    const fields = res.errors![0].extensions!.fields!.map((f) => f.key);
    expect(fields).toEqual(['consentOutdated', 'affiliationRequired']);
  });
});

describe('volunteer review', () => {
  const APPROVE = graphql(`
    mutation ApproveVolunteer2($id: ID!, $v: Int!) {
      approveVolunteer(id: $id, version: $v) {
        id
        status
        version
      }
    }
  `);
  const register = async () => {
    const res = await server.gql(REGISTER, { input: registration() });
    const id = res.data.registerVolunteer.reference as string;
    return { id, version: 1 };
  };

  it('is done by the chosen organisation’s admin; another organisation cannot even see it', async () => {
    const { id } = await register();
    const other = await women.gql(APPROVE, { id, v: 1 });
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const ok = await youth.gql(APPROVE, { id, v: 1 });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.approveVolunteer).toMatchObject({ status: 'ACTIVE', version: 2 });
    const again = await youth.gql(APPROVE, { id, v: 2 });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', messageKey: 'invalidTransition' });
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const { id } = await register();
    const stale = await youth.gql(APPROVE, { id, v: 7 });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'version', currentVersion: 1 });
    const [row] = await sql(`SELECT status FROM volunteer WHERE id = $1`, [
      Buffer.from(id, 'base64url').toString().split(':')[1],
    ]);
    expect(row.status).toBe('PENDING');
  });

  it('rejects only with a reason, and suspends and reinstates', async () => {
    const { id } = await register();
    const noReason = await youth.gql(
      graphql(`
        mutation RejectVolunteer2($id: ID!) {
          rejectVolunteer(id: $id, version: 1, reason: "  ") {
            status
          }
        }
      `),
      { id },
    );
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    await youth.gql(APPROVE, { id, v: 1 });
    const suspended = await youth.gql(
      graphql(`
        mutation SetVolunteerStatus2($id: ID!) {
          setVolunteerStatus(id: $id, version: 2, status: SUSPENDED, reason: "长期未参加活动") {
            status
            statusReason
            version
          }
        }
      `),
      { id },
    );
    expect(suspended.data.setVolunteerStatus).toMatchObject({
      status: 'SUSPENDED',
      statusReason: '长期未参加活动',
      version: 3,
    });
    const back = await youth.gql(
      graphql(`
        mutation SetVolunteerStatus3($id: ID!) {
          setVolunteerStatus(id: $id, version: 3, status: ACTIVE) {
            status
          }
        }
      `),
      { id },
    );
    expect(back.data.setVolunteerStatus.status).toBe('ACTIVE');
    const log = await sql(
      `SELECT action FROM audit_log WHERE record_type = 'Volunteer' AND record_id = $1 ORDER BY id`,
      [Buffer.from(id, 'base64url').toString().split(':')[1]],
    );
    expect(log.map((l) => l.action)).toEqual([
      'REGISTER_VOLUNTEER',
      'VOLUNTEER_ACTIVE',
      'VOLUNTEER_SUSPENDED',
      'VOLUNTEER_ACTIVE',
    ]);
  });

  it('lets a volunteer edit only their own profile fields', async () => {
    const me = await volunteer.gql(
      graphql(`
        query Viewer3 {
          viewer {
            roles {
              volunteer {
                id
                version
              }
            }
          }
        }
      `),
    );
    const { version } = me.data.viewer!.roles[0].volunteer!;
    const res = await volunteer.gql(
      graphql(`
        mutation UpdateMyVolunteerProfile2($v: Int!) {
          updateMyVolunteerProfile(version: $v, input: { phone: "13912345678", skills: ["陪诊", "助餐"] }) {
            skills
            version
          }
        }
      `),
      { v: version },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.updateMyVolunteerProfile).toMatchObject({ skills: ['陪诊', '助餐'], version: version + 1 });
    const bad = await volunteer.gql(
      graphql(`
        mutation UpdateMyVolunteerProfile3($v: Int!) {
          updateMyVolunteerProfile(version: $v, input: { phone: "999" }) {
            version
          }
        }
      `),
      { v: version + 1 },
    );
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.phone' });
  });
});

describe('beneficiaries', () => {
  const CREATE = graphql(`
    mutation CreateBeneficiary2($input: BeneficiaryInput!) {
      createBeneficiary(input: $input) {
        id
        disabilityCategory
        disabilityGrade
        certificateNumber
        station {
          id
        }
      }
    }
  `);
  let stationId: string;
  let communityId: string;
  beforeAll(async () => {
    [{ station_id: stationId, region_id: communityId }] = await sql(
      `SELECT ra.station_id::text, s.region_id::text FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id
         JOIN service_station s ON s.id = ra.station_id WHERE a.username = 'station.coord'`,
    );
  });
  const person = (over: Partial<BeneficiaryInput> = {}): BeneficiaryInput => {
    const idNumber = newIdentity('1956-02-03');
    return {
      realName: '王芳',
      idNumber,
      disabilityCategory: 'VISUAL',
      disabilityGrade: 2,
      certificateNumber: makeCertificateNumber(idNumber, 'VISUAL', 2),
      regionId: toGlobalId('Region', communityId),
      accessNeeds: ['GUIDE', 'EASY_READ'],
      needServiceTypeIds: [],
      ...over,
    };
  };

  it('are created by the station coordinator with a checked certificate, masked on the way out', async () => {
    const input = person();
    const res = await station.gql(CREATE, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data.createBeneficiary.station?.id).toBe(toGlobalId('ServiceStation', stationId));
    expect(res.data.createBeneficiary.certificateNumber).not.toBe(input.certificateNumber);
  });

  it('refuse a certificate that disagrees with the category and grade, or is malformed, writing nothing', async () => {
    const before = await count('beneficiary');
    const p = person();
    const mismatch = await station.gql(CREATE, { input: { ...p, disabilityGrade: 3 } });
    expect(mismatch.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'input.certificateNumber', key: 'certificateMismatch' }),
    ]);
    const malformed = await station.gql(CREATE, { input: { ...p, certificateNumber: `${p.idNumber}92` } });
    expect(malformed.errors?.[0].extensions?.fields?.[0].key).toBe('certificateInvalid');
    const otherPerson = await station.gql(CREATE, {
      input: { ...p, certificateNumber: makeCertificateNumber(newIdentity(), 'VISUAL', 2) },
    });
    expect(otherPerson.errors?.[0].extensions?.fields?.[0].key).toBe('certificateMismatch');
    expect(await count('beneficiary')).toBe(before);
  });

  it('cannot be placed at another station by a coordinator', async () => {
    const [{ id: other }] = await sql(`SELECT id::text FROM service_station WHERE id <> $1 ORDER BY id LIMIT 1`, [
      stationId,
    ]);
    const res = await station.gql(CREATE, { input: person({ stationId: toGlobalId('ServiceStation', other) }) });
    expect(res.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'input.regionId', key: 'forbidden' }),
    ]);
  });

  it('are updated field by field: what is not sent stays, a changed grade needs its certificate', async () => {
    const input = person({ phone: '13700001111', address: '城关区某街道 8 号' });
    const created = (await station.gql(CREATE, { input })).data.createBeneficiary;
    const UPDATE = graphql(`
      mutation UpdateBeneficiary2($id: ID!, $v: Int!, $input: BeneficiaryUpdateInput!) {
        updateBeneficiary(id: $id, version: $v, input: $input) {
          version
          accessNeeds
          disabilityGrade
        }
      }
    `);
    const res = await station.gql(UPDATE, { id: created.id, v: 1, input: { accessNeeds: ['WHEELCHAIR'] } });
    expect(res.errors).toBeUndefined();
    expect(res.data.updateBeneficiary).toMatchObject({ version: 2, accessNeeds: ['WHEELCHAIR'], disabilityGrade: 2 });
    const [row] = await sql(
      `SELECT id_number, certificate_number, phone, address FROM beneficiary WHERE id_number = $1`,
      [input.idNumber],
    );
    expect(row).toEqual({
      id_number: input.idNumber,
      certificate_number: input.certificateNumber,
      phone: '13700001111',
      address: '城关区某街道 8 号',
    });
    const grade = await station.gql(UPDATE, { id: created.id, v: 2, input: { disabilityGrade: 3 } });
    expect(grade.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'input.certificateNumber', key: 'certificateMismatch' }),
    ]);
    const both = await station.gql(UPDATE, {
      id: created.id,
      v: 2,
      input: { disabilityGrade: 3, certificateNumber: makeCertificateNumber(input.idNumber, 'VISUAL', 3), phone: '' },
    });
    expect(both.data.updateBeneficiary).toMatchObject({ version: 3, disabilityGrade: 3 });
    expect((await sql(`SELECT phone FROM beneficiary WHERE id_number = $1`, [input.idNumber]))[0].phone).toBeNull();
  });

  it('take a duplicate identity number as CONFLICT', async () => {
    const [{ id_number }] = await sql(`SELECT id_number FROM beneficiary ORDER BY id LIMIT 1`);
    const res = await hub.gql(CREATE, {
      input: person({
        idNumber: id_number,
        certificateNumber: makeCertificateNumber(id_number, 'VISUAL', 2),
        stationId: toGlobalId('ServiceStation', stationId),
      }),
    });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.idNumber' });
  });
});

describe('stars and commendations', () => {
  it('use the thresholds of the volunteer’s jurisdiction, which its admin may set', async () => {
    const [v] = await sql(
      `SELECT v.id::text, v.verified_minutes::int AS m FROM volunteer v JOIN region r ON r.id = v.home_region_id
        WHERE r.path LIKE $1 ORDER BY v.verified_minutes DESC LIMIT 1`,
      [`${districtPath}%`],
    );
    const star = async () =>
      nodeAs(
        (
          await hub.gql(
            graphql(`
              query VolunteerStarNode($id: ID!) {
                node(id: $id) {
                  __typename
                  ... on Volunteer {
                    starLevel
                    verifiedHours
                  }
                }
              }
            `),
            {
              id: toGlobalId('Volunteer', v.id),
            },
          )
        ).data.node,
        'Volunteer',
      );
    const hours = v.m / 60;
    expect(hours).toBeGreaterThanOrEqual(4);
    expect((await star()).starLevel).toBe([100, 300, 600, 1000, 1500].filter((h) => hours >= h).length);
    const SET = graphql(`
      mutation SetStarThresholds2($r: ID!, $h: [Int!]) {
        setStarThresholds(regionId: $r, hours: $h) {
          starThresholdsHours
        }
      }
    `);
    const low = [1, 2, 3, 4, Math.max(5, Math.floor(hours) + 1)];
    const set = await district.gql(SET, { r: toGlobalId('Region', districtId), h: low });
    expect(set.errors).toBeUndefined();
    expect((await star()).starLevel).toBe(4);
    const bad = await district.gql(SET, { r: toGlobalId('Region', districtId), h: [5, 4, 3, 2, 1] });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const youthTry = await youth.gql(SET, { r: toGlobalId('Region', districtId), h: low });
    expect(youthTry.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await district.gql(SET, { r: toGlobalId('Region', districtId), h: null });
    expect((await star()).starLevel).toBe([100, 300, 600, 1000, 1500].filter((h) => hours >= h).length);
  });

  it('ranks candidates by verified hours then events, as a brute-force count says', async () => {
    const res = await hub.gql(
      graphql(`
        query CommendationCandidates2 {
          commendationCandidates(year: 2026, first: 10) {
            rank
            verifiedHours
            events
            volunteer {
              id
            }
          }
        }
      `),
    );
    expect(res.errors).toBeUndefined();
    const expected = await sql(
      `SELECT p.volunteer_id::text AS id, sum(p.minutes)::int AS m, count(DISTINCT p.event_id)::int AS e
         FROM participation p JOIN service_event e ON e.id = p.event_id JOIN volunteer v ON v.id = p.volunteer_id
        WHERE p.verified_at IS NOT NULL AND p.deleted_at IS NULL AND p.minutes > 0 AND v.status = 'ACTIVE'
          AND e.starts_at >= '2026-01-01T00:00:00+08:00' AND e.starts_at < '2027-01-01T00:00:00+08:00'
        GROUP BY p.volunteer_id ORDER BY m DESC, e DESC, p.volunteer_id LIMIT 10`,
    );
    expect(res.data.commendationCandidates.map((c) => c.volunteer.id)).toEqual(
      expected.map((r) => toGlobalId('Volunteer', r.id)),
    );
    expect(res.data.commendationCandidates[0].events).toBe(expected[0].e);
  });

  it('are awarded once per title and year, within scope', async () => {
    const cands = await youth.gql(
      graphql(`
        query CommendationCandidates3 {
          commendationCandidates(year: 2026, first: 1) {
            volunteer {
              id
              organisation {
                id
              }
            }
          }
        }
      `),
    );
    const top = cands.data.commendationCandidates[0].volunteer;
    expect(top.organisation?.id).toBe(toGlobalId('Organisation', youthOrg));
    const AWARD = graphql(`
      mutation AwardCommendation2($input: AwardCommendationInput!) {
        awardCommendation(input: $input) {
          id
          title
          year
          awardedBy {
            id
          }
        }
      }
    `);
    const input = { volunteerId: top.id, year: 2026, title: '优秀助残志愿者', idempotencyKey: 'award-0000001' };
    const first = await youth.gql(AWARD, { input });
    expect(first.errors).toBeUndefined();
    expect(first.data.awardCommendation.awardedBy.id).toBe(toGlobalId('Organisation', youthOrg));
    const retry = await youth.gql(AWARD, { input });
    expect(retry.data.awardCommendation.id).toBe(first.data.awardCommendation.id);
    const dup = await youth.gql(AWARD, { input: { ...input, idempotencyKey: null } });
    expect(dup.errors?.[0].extensions?.code).toBe('CONFLICT');
    const foreign = await women.gql(AWARD, { input: { ...input, idempotencyKey: null, title: '另一个称号' } });
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const again = await youth.gql(
      graphql(`
        query CommendationCandidates4 {
          commendationCandidates(year: 2026, first: 1) {
            commended
          }
        }
      `),
    );
    expect(again.data.commendationCandidates[0].commended).toBe(true);
  });
});

describe('station boards', () => {
  const UPDATE = graphql(`
    mutation UpdateStationBoard2($id: ID!, $v: Int!, $input: StationBoardInput!) {
      updateStationBoard(id: $id, version: $v, input: $input) {
        version
        openingHours
        contactPhone
        serviceTypes {
          id
        }
      }
    }
  `);
  it('are kept by the station’s coordinator and shown on the public board at once', async () => {
    const [{ station_id: own }] = await sql(
      `SELECT ra.station_id::text FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id WHERE a.username = 'station.coord'`,
    );
    const [{ version }] = await sql(`SELECT version FROM service_station WHERE id = $1`, [own]);
    const types = (await sql(`SELECT id::text FROM service_type ORDER BY id LIMIT 2`)).map((r) =>
      toGlobalId('ServiceType', r.id),
    );
    const id = toGlobalId('ServiceStation', own);
    const res = await station.gql(UPDATE, {
      id,
      v: version,
      input: { openingHours: '周一至周六 8:30-17:30', contactPhone: '0931-8123456', serviceTypeIds: types },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.updateStationBoard).toMatchObject({
      version: version + 1,
      openingHours: '周一至周六 8:30-17:30',
      contactPhone: '0931-8123456',
    });
    const board = await server.gql(
      graphql(`
        query StationBoardNode($id: ID!) {
          node(id: $id) {
            __typename
            ... on ServiceStation {
              openingHours
              serviceTypes {
                id
              }
            }
          }
        }
      `),
      { id },
    );
    expect(nodeAs(board.data.node, 'ServiceStation').openingHours).toBe('周一至周六 8:30-17:30');
    expect(
      nodeAs(board.data.node, 'ServiceStation')
        .serviceTypes.map((t) => t.id)
        .sort(),
    ).toEqual([...types].sort());
    const stale = await station.gql(UPDATE, { id, v: version, input: { openingHours: '全天' } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const badPhone = await station.gql(UPDATE, { id, v: version + 1, input: { contactPhone: '12' } });
    expect(badPhone.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.contactPhone' });
  });

  it('cannot be edited by another station’s coordinator or by an organisation admin', async () => {
    const [{ id: other, version }] = await sql(
      `SELECT id::text, version FROM service_station WHERE id <> (SELECT ra.station_id FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id WHERE a.username = 'station.coord') ORDER BY id LIMIT 1`,
    );
    const before = await sql(`SELECT opening_hours FROM service_station WHERE id = $1`, [other]);
    const res = await station.gql(UPDATE, {
      id: toGlobalId('ServiceStation', other),
      v: version,
      input: { openingHours: '不开放' },
    });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const org = await youth.gql(UPDATE, {
      id: toGlobalId('ServiceStation', other),
      v: version,
      input: { openingHours: '不开放' },
    });
    expect(org.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await sql(`SELECT opening_hours FROM service_station WHERE id = $1`, [other])).toEqual(before);
  });
});
