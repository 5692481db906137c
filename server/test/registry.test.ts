// Onboarding end to end through the API: the hub registers a new partner, invites its admin, who
// activates and builds its team and station and invites the station's coordinator; a volunteer is
// approved, activates from the SMS code, logs in by identity number and signs up. One-time codes
// that are expired, reused or revoked are refused; registry writes outside one's scope are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import { makeIdentityNumber } from '../src/common/identity';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startTestServer, type Client, type TestServer } from './helpers/server';
import { activate, codeSentTo } from './helpers/accounts';
import { createEvent, errorOf, keyOf, signUp } from './helpers/events';
import { graphql } from './generated';
import { REGISTER } from './operations/people';

let t: TestDatabase;
let server: TestServer;
let hub: Client;
const sql = async <T = SqlRow>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);
const one = async <T = SqlRow>(q: string, p: unknown[] = []) => (await sql<T>(q, p))[0];
const audits = async (action: string) =>
  (await one<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE action = $1`, [action])).n;

const CREATE_ORG = graphql(`
  mutation RegistryCreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
      kind
      status
      version
      contactPhone
      contactEmail
    }
  }
`);
const UPDATE_ORG = graphql(`
  mutation RegistryUpdateOrganisation($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {
    updateOrganisation(id: $id, version: $version, input: $input) {
      id
      name
      version
    }
  }
`);
const ORG_STATUS = graphql(`
  mutation RegistryOrganisationStatus($id: ID!, $version: Int!, $status: RegistryStatus!, $reason: String) {
    setOrganisationStatus(id: $id, version: $version, status: $status, reason: $reason) {
      status
      version
    }
  }
`);
const INVITE = graphql(`
  mutation RegistryInvite($input: InviteAccountInput!) {
    inviteAccount(input: $input) {
      id
      status
      destination
      account {
        id
        activated
      }
    }
  }
`);
const CREATE_TEAM = graphql(`
  mutation RegistryCreateTeam($input: CreateVolunteerTeamInput!) {
    createVolunteerTeam(input: $input) {
      id
      name
      organisation {
        id
      }
    }
  }
`);
const CREATE_STATION = graphql(`
  mutation RegistryCreateStation($input: CreateServiceStationInput!) {
    createServiceStation(input: $input) {
      id
      name
      contactPhone
      organisation {
        id
      }
    }
  }
`);
const CREATE_TYPE = graphql(`
  mutation RegistryCreateServiceType($input: CreateServiceTypeInput!) {
    createServiceType(input: $input) {
      id
      code
    }
  }
`);
const INVITATIONS = graphql(`
  query RegistryInvitations {
    invitations(first: 100) {
      nodes {
        id
        status
        account {
          id
        }
      }
    }
  }
`);
const REVOKE = graphql(`
  mutation RegistryRevoke($id: ID!) {
    revokeInvitation(invitationId: $id) {
      status
    }
  }
`);
const RESEND = graphql(`
  mutation RegistryResend($id: ID!) {
    resendInvitation(invitationId: $id) {
      status
    }
  }
`);
const VIEWER = graphql(`
  query RegistryViewer {
    viewer {
      username
      roles {
        role
      }
    }
  }
`);
const APPROVE = graphql(`
  mutation RegistryApprove($id: ID!, $v: Int!) {
    approveVolunteer(id: $id, version: $v) {
      status
    }
  }
`);
const MY_HOURS = graphql(`
  query RegistryMyParticipations {
    participations(first: 10) {
      nodes {
        status
        event {
          id
        }
      }
    }
  }
`);
const RESET = graphql(`
  mutation RegistryReset($id: ID!) {
    resetPassword(accountId: $id) {
      id
    }
  }
`);
const FORGOT = graphql(`
  mutation RegistryForgot($login: String!) {
    requestPasswordReset(login: $login)
  }
`);

let district: { id: string; path: string };
let community: string;

beforeAll(async () => {
  t = await createSeededDatabase('registry');
  server = await startTestServer(t.db);
  hub = await server.as('hub.admin');
  // The district the seeded region admin (district.admin) manages, and a community inside it.
  district = await one(
    `SELECT r.id::text, r.path FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id
       JOIN region r ON r.id = ra.region_id WHERE a.username = 'district.admin'`,
  );
  ({ id: community } = await one<{ id: string }>(
    `SELECT id::text FROM region WHERE level = 'COMMUNITY' AND path LIKE $1 || '%' ORDER BY id LIMIT 1`,
    [district.path],
  ));
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

describe('a new partner joins', () => {
  let org: { id: string; version: number };
  let ngo: Client;
  let station: string;

  it('the hub registers the NGO with its contacts, once however often the request is retried', async () => {
    const input = {
      name: '星光助盲志愿服务中心',
      kind: 'NGO' as const,
      regionId: toGlobalId('Region', district.id),
      contactName: '王敏',
      contactPhone: '0931-8123456',
      contactEmail: 'Office@XingGuang.org',
      idempotencyKey: 'onboard-ngo-0001',
    };
    const first = await hub.gql(CREATE_ORG, { input });
    expect(first.errors).toBeUndefined();
    expect(first.data.createOrganisation).toMatchObject({ status: 'ACTIVE', contactEmail: 'office@xingguang.org' });
    const again = await hub.gql(CREATE_ORG, { input });
    expect(again.data.createOrganisation.id).toBe(first.data.createOrganisation.id);
    expect(await audits('CREATE_ORGANISATION')).toBe(1);
    org = first.data.createOrganisation;

    const bad = await hub.gql(CREATE_ORG, {
      input: { ...input, idempotencyKey: null, contactPhone: '123', name: ' ' },
    });
    expect(
      errorOf(bad)
        .fields?.map((f) => f.field)
        .sort(),
    ).toEqual(['input.contactPhone', 'input.name']);
  });

  it('invites its first admin by mobile; the admin never gets a password from anyone and activates', async () => {
    const invited = await hub.gql(INVITE, {
      input: {
        displayName: '王敏',
        mobile: '13912345678',
        roles: [{ role: 'ORG_ADMIN', organisationId: org.id }],
      },
    });
    expect(invited.errors).toBeUndefined();
    expect(invited.data.inviteAccount).toMatchObject({ status: 'PENDING', destination: '139****5678' });
    expect(invited.data.inviteAccount.account.activated).toBe(false);
    // Stored only as a hash: the code the outbox shows is nowhere in the table.
    const sent = await codeSentTo(hub, '13912345678');
    expect(sent).toMatchObject({ kind: 'INVITATION', link: expect.stringContaining('/activate?code=') as unknown });
    const stored = await sql(`SELECT 1 FROM account_activation WHERE code_hash = $1`, [sent.code]);
    expect(stored).toEqual([]);

    expect((await activate(server, sent.code.toLowerCase().replace('-', ' '))).errors).toBeUndefined();
    ngo = await server.as('13912345678');
    const me = await ngo.gql(VIEWER);
    expect(me.data.viewer?.roles.map((r) => r.role)).toEqual(['ORG_ADMIN']);
  });

  it('the NGO admin edits its own organisation, forms a team and opens a station with its board', async () => {
    const edited = await ngo.gql(UPDATE_ORG, { id: org.id, version: org.version, input: { name: '星光助盲中心' } });
    expect(edited.errors).toBeUndefined();
    const stale = await ngo.gql(UPDATE_ORG, { id: org.id, version: org.version, input: { name: 'x' } });
    expect(errorOf(stale).code).toBe('CONFLICT');

    const team = await ngo.gql(CREATE_TEAM, {
      input: { name: '星光高校志愿者队', regionId: toGlobalId('Region', district.id) },
    });
    expect(team.errors).toBeUndefined();
    expect(team.data.createVolunteerTeam.organisation?.id).toBe(org.id);

    const created = await ngo.gql(CREATE_STATION, {
      input: {
        name: '星光社区服务站',
        regionId: toGlobalId('Region', community),
        address: '幸福路 12 号',
        openingHours: '周一至周五 9:00-17:00',
        contactName: '李华',
        contactPhone: '0931-8765432',
      },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data.createServiceStation.organisation?.id).toBe(org.id);
    station = created.data.createServiceStation.id;
  });

  it('the NGO admin invites the station’s coordinator, who activates by the e-mailed link and runs the station', async () => {
    const invited = await ngo.gql(INVITE, {
      input: {
        displayName: '李华',
        email: 'li.hua@xingguang.org',
        roles: [{ role: 'STATION_COORDINATOR', stationId: station }],
      },
    });
    expect(invited.errors).toBeUndefined();
    const sent = await codeSentTo(ngo, 'li.hua@xingguang.org');
    expect(sent.kind).toBe('INVITATION');
    expect((await activate(server, decodeURIComponent(sent.link.split('code=')[1]))).errors).toBeUndefined();
    const coord = await server.as('li.hua@xingguang.org');
    const me = await coord.gql(VIEWER);
    expect(me.data.viewer?.roles.map((r) => r.role)).toEqual(['STATION_COORDINATOR']);
    const listed = await ngo.gql(INVITATIONS);
    expect(listed.data.invitations.nodes.map((n) => n.status)).toEqual(['ACCEPTED', 'ACCEPTED']);
  });

  it('a registered volunteer is approved, activates from the SMS code, logs in by identity number and signs up', async () => {
    const idNumber = makeIdentityNumber('620102', '1999-03-08', 777);
    const reg = await server.gql(REGISTER, {
      input: {
        realName: '赵云',
        idNumber,
        phone: '13700001234',
        category: 'STUDENT',
        skillIds: [],
        organisationId: org.id,
        consentAccepted: true,
        consentVersion: '2026-01',
      },
    });
    expect(reg.errors).toBeUndefined();
    const v = await one<{ id: string; version: number }>(
      `SELECT id::text, version FROM volunteer WHERE id_number = $1`,
      [idNumber],
    );
    const approved = await ngo.gql(APPROVE, { id: toGlobalId('Volunteer', v.id), v: v.version });
    expect(approved.errors).toBeUndefined();
    const sms = await codeSentTo(ngo, '13700001234');
    expect(sms.kind).toBe('ACTIVATION');
    expect((await activate(server, sms.code)).errors).toBeUndefined();

    const volunteer = await server.as(idNumber.toLowerCase());
    const byMobile = await server.as('13700001234');
    expect(byMobile.token).toBeTruthy();
    const coord = await server.as('li.hua@xingguang.org');
    const ev = await createEvent(coord, {
      title: '盲人出行陪伴',
      serviceTypeId: toGlobalId(
        'ServiceType',
        (await one<{ id: string }>(`SELECT id::text FROM service_type LIMIT 1`)).id,
      ),
      place: '星光社区服务站',
      stationId: station,
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
      endsAt: new Date(Date.now() + 90_000_000).toISOString(),
      capacity: 5,
      open: true,
    });
    expect(ev.errors).toBeUndefined();
    const eventId = ev.data.createServiceEvent.id;
    expect((await signUp(volunteer, eventId)).errors).toBeUndefined();
    const mine = await volunteer.gql(MY_HOURS);
    expect(mine.data.participations.nodes).toEqual([{ status: 'SIGNED_UP', event: { id: eventId } }]);
  });
});

describe('one-time codes', () => {
  const invite = async (mobile: string) => {
    const res = await hub.gql(INVITE, { input: { displayName: '测试', mobile, roles: [{ role: 'VIEWER' }] } });
    expect(res.errors).toBeUndefined();
    return { invitation: res.data.inviteAccount, code: (await codeSentTo(hub, mobile)).code };
  };

  it('refuse a reused code, an expired one and a revoked one; a resent code replaces the old', async () => {
    const used = await invite('13600000001');
    expect((await activate(server, used.code)).errors).toBeUndefined();
    expect(errorOf(await activate(server, used.code, 'Another#2026x')).code).toBe('UNAUTHENTICATED');

    const expired = await invite('13600000002');
    await sql(`UPDATE account_activation SET expires_at = now() - interval '1 minute' WHERE account_id = $1`, [
      (await one<{ id: string }>(`SELECT id::text FROM user_account WHERE mobile = '13600000002'`)).id,
    ]);
    expect(errorOf(await activate(server, expired.code)).code).toBe('UNAUTHENTICATED');
    // The admin resends: the new code works, the old one stays dead.
    expect((await hub.gql(RESEND, { id: expired.invitation.id })).errors).toBeUndefined();
    const fresh = await codeSentTo(hub, '13600000002');
    expect(fresh.code).not.toBe(expired.code);
    expect((await activate(server, fresh.code)).errors).toBeUndefined();

    const revoked = await invite('13600000003');
    expect((await hub.gql(REVOKE, { id: revoked.invitation.id })).data.revokeInvitation.status).toBe('REVOKED');
    expect(errorOf(await activate(server, revoked.code)).code).toBe('UNAUTHENTICATED');
    expect(keyOf(await hub.gql(RESEND, { id: revoked.invitation.id }))).toBe('invitationClosed');
    expect(await audits('REVOKE_INVITATION')).toBe(1);
  });

  it('reset by an admin sends a code to the owner and ends its sessions when used; forgot-password is throttled', async () => {
    const owner = await server.as('13600000001');
    const { id } = await one<{ id: string }>(`SELECT id::text FROM user_account WHERE mobile = '13600000001'`);
    expect((await hub.gql(RESET, { id: toGlobalId('Account', id) })).errors).toBeUndefined();
    const sent = await codeSentTo(hub, '13600000001');
    expect(sent).toMatchObject({ kind: 'RESET', link: expect.stringContaining('/reset-password?code=') as unknown });
    expect((await owner.gql(VIEWER)).data.viewer).not.toBeNull(); // not yet used: the session lives
    expect((await activate(server, sent.code, 'Renewed#2026x')).errors).toBeUndefined();
    expect((await owner.gql(VIEWER)).data.viewer).toBeNull(); // the old token was ended
    expect((await server.as('13600000001', 'Renewed#2026x')).token).toBeTruthy();

    // The same answer for a name that exists and one that does not; a flood is slowed down.
    expect((await server.gql(FORGOT, { login: '13600000001' })).data.requestPasswordReset).toBe(true);
    expect((await server.gql(FORGOT, { login: '13699999999' })).data.requestPasswordReset).toBe(true);
    expect(await codeSentTo(hub, '13600000001')).toMatchObject({ kind: 'RESET' });
    let throttled = null;
    for (let i = 0; i < 4 && !throttled; i++) {
      const res = await server.gql(FORGOT, { login: '13600000001' });
      if (res.errors) throttled = errorOf(res);
    }
    expect(throttled).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
  });
});

describe('registry writes outside one’s scope', () => {
  it('are refused: a region admin outside its region, an organisation admin on another organisation', async () => {
    const region = await server.as('district.admin');
    const youth = await server.as('youth.admin');
    const outside = await one<{ id: string }>(
      `SELECT id::text FROM region WHERE level = 'DISTRICT' AND path NOT LIKE $1 || '%' ORDER BY id LIMIT 1`,
      [district.path],
    );
    const elsewhere = await one<{ id: string; version: number }>(
      `SELECT o.id::text, o.version FROM organisation o JOIN region r ON r.id = o.region_id
        WHERE r.path NOT LIKE $1 || '%' AND o.kind <> 'YOUTH_LEAGUE' ORDER BY o.id LIMIT 1`,
      [district.path],
    );
    const before = await one(`SELECT count(*)::int AS n, sum(version)::int AS v FROM organisation`);
    const created = await region.gql(CREATE_ORG, {
      input: { name: '越界组织', kind: 'NGO', regionId: toGlobalId('Region', outside.id) },
    });
    expect(errorOf(created).fields?.[0]).toMatchObject({ field: 'input.regionId', key: 'outsideScope' });
    const edited = await region.gql(UPDATE_ORG, {
      id: toGlobalId('Organisation', elsewhere.id),
      version: elsewhere.version,
      input: { name: '改名' },
    });
    expect(errorOf(edited).code).toBe('FORBIDDEN');
    const byYouth = await youth.gql(ORG_STATUS, {
      id: toGlobalId('Organisation', elsewhere.id),
      version: elsewhere.version,
      status: 'SUSPENDED',
      reason: '越权',
    });
    expect(errorOf(byYouth).code).toBe('FORBIDDEN');
    const team = await youth.gql(CREATE_TEAM, {
      input: {
        name: '别人的队',
        regionId: toGlobalId('Region', district.id),
        organisationId: toGlobalId('Organisation', elsewhere.id),
      },
    });
    expect(keyOf(team)).toBe('outsideScope');
    const type = await region.gql(CREATE_TYPE, {
      input: { code: 'SIGN_LANGUAGE', name: '手语', nameEn: 'Sign language' },
    });
    expect(keyOf(type)).toBe('outsideScope');
    expect(await one(`SELECT count(*)::int AS n, sum(version)::int AS v FROM organisation`)).toEqual(before);
  });

  it('a suspended organisation takes no new team until reinstated, each change audited once', async () => {
    const [org] = await sql<{ id: string; version: number }>(
      `SELECT id::text, version FROM organisation WHERE name = '星光助盲中心'`,
    );
    const gid = toGlobalId('Organisation', org.id);
    const noReason = await hub.gql(ORG_STATUS, { id: gid, version: org.version, status: 'SUSPENDED' });
    expect(keyOf(noReason)).toBe('reasonRequired');
    const suspended = await hub.gql(ORG_STATUS, {
      id: gid,
      version: org.version,
      status: 'SUSPENDED',
      reason: '年检未通过',
    });
    expect(suspended.data.setOrganisationStatus.status).toBe('SUSPENDED');
    const team = await hub.gql(CREATE_TEAM, {
      input: { name: '新队', regionId: toGlobalId('Region', district.id), organisationId: gid },
    });
    expect(keyOf(team)).toBe('registrySuspended');
    const again = await hub.gql(ORG_STATUS, {
      id: gid,
      version: suspended.data.setOrganisationStatus.version,
      status: 'SUSPENDED',
      reason: 'x',
    });
    expect(errorOf(again)).toMatchObject({ code: 'INVALID_STATE', messageKey: 'invalidTransition' });
    const back = await hub.gql(ORG_STATUS, {
      id: gid,
      version: suspended.data.setOrganisationStatus.version,
      status: 'ACTIVE',
    });
    expect(back.data.setOrganisationStatus.status).toBe('ACTIVE');
    expect([await audits('SUSPEND_ORGANISATION'), await audits('REINSTATE_ORGANISATION')]).toEqual([1, 1]);
  });
});
