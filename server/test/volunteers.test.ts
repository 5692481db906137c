// Volunteers end to end: public registration (checked identity, consent, language of the messages,
// idempotency) and review by the chosen organisation's or region's admins, and the profile they keep.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import { makeIdentityNumber } from '../src/common/identity';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startTestServer, type Client, type TestServer } from './helpers/server';
import { graphql } from './generated';
import type { VolunteerRegistrationInput } from './generated/graphql';
import { REGISTER } from './operations/people';

let t: TestDatabase;
let server: TestServer;
let youth: Client;
let women: Client;
let volunteer: Client;
let youthOrg: string;
let signLanguage: string;
const sql = async <T = SqlRow>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);
const count = async (table: string) => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

let seq = 1;
const newIdentity = (birth = '1998-04-12') => makeIdentityNumber('620102', birth, seq++ * 2 + 1);
const registration = (over: Partial<VolunteerRegistrationInput> = {}): VolunteerRegistrationInput => ({
  realName: '李明',
  idNumber: newIdentity(),
  phone: '13800138000',
  category: 'STUDENT',
  skillIds: [toGlobalId('Skill', signLanguage), toGlobalId('Skill', signLanguage)],
  organisationId: toGlobalId('Organisation', youthOrg),
  consentAccepted: true,
  consentVersion: '2026-01',
  ...over,
});

beforeAll(async () => {
  t = await createSeededDatabase('volunteers');
  server = await startTestServer(t.db);
  [youth, women, volunteer] = await Promise.all(
    ['youth.admin', 'women.admin', 'volunteer.demo'].map((u) => server.as(u)),
  );
  [{ id: youthOrg }] = await sql(
    `SELECT id::text FROM organisation WHERE kind = 'YOUTH_LEAGUE' ORDER BY organisation.id LIMIT 1`,
  );
  [{ id: signLanguage }] = await sql(`SELECT id::text FROM skill WHERE name = '手语'`);
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
      `SELECT birth_date, gender, consent_version, consent_at IS NOT NULL AS consented, skill_ids, home_region_id::text, organisation_id::text
         FROM volunteer WHERE id_number = $1`,
      [input.idNumber],
    );
    expect(row).toMatchObject({
      birth_date: '2001-09-30',
      gender: 'FEMALE',
      consent_version: '2026-01',
      consented: true,
      skill_ids: [signLanguage],
      organisation_id: youthOrg,
    });
    const [audit] = await sql<{ after: { idNumber: string } }>(
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
    const [existing] = await sql<{ id_number: string; real_name: string; phone: string }>(
      `SELECT id_number, real_name, phone FROM volunteer ORDER BY id LIMIT 1`,
    );
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
    const [{ id }] = await sql(`SELECT id::text FROM volunteer WHERE reference = $1`, [
      res.data.registerVolunteer.reference,
    ]);
    return { id: toGlobalId('Volunteer', id as string), version: 1 };
  };

  it('is done by the chosen organisation’s admin; another organisation cannot even see it', async () => {
    const { id } = await register();
    const other = await women.gql(APPROVE, { id, v: 1 });
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const ok = await youth.gql(APPROVE, { id, v: 1 });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.approveVolunteer).toMatchObject({ status: 'ACTIVE', version: 2 });
    const again = await youth.gql(APPROVE, { id, v: 2 });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'INVALID_STATE', messageKey: 'invalidTransition' });
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
        mutation UpdateMyVolunteerProfile2($v: Int!, $skill: ID!) {
          updateMyVolunteerProfile(
            version: $v
            input: { phone: "13912345678", skillIds: [$skill], otherSkill: " 助餐 " }
          ) {
            skills {
              name
            }
            otherSkill
            version
          }
        }
      `),
      { v: version, skill: toGlobalId('Skill', signLanguage) },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.updateMyVolunteerProfile).toMatchObject({
      skills: [{ name: '手语' }],
      otherSkill: '助餐',
      version: version + 1,
    });
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
