// Notifications (#15.2, #15.3): each kind end to end (the action, the inbox row, the mail the
// loopback SMTP listener received, the SMS outbox row); channel choices and quiet hours; the outbox
// retrying while the SMTP listener is down; exactly one mail with two runners; the inbox over GraphQL.
import { inviteAndActivate } from './helpers/accounts';
import type { RoleInput } from './generated/graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../src/db/data-source';
import { toGlobalId } from '../src/common/node';
import type { JobRunner } from '../src/jobs';
import { notify, NotificationKind, onNotificationCreated, type NotificationCreated } from '../src/modules/notification';
import { parseQuietHours, quietUntil } from '../src/modules/notification/quiet-hours';
import type { TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { buildKnownWorld, type KnownWorld } from './helpers/known-world';
import { expectDelivered, notificationRunner, until, type Clock, type RunnerSettings } from './helpers/notifications';
import { startTestServer, type Client, type TestServer } from './helpers/server';
import { startSmtpListener, type SmtpListener } from './helpers/smtp';
import { graphql } from './generated';

let t: TestDatabase;
let server: TestServer;
let w: KnownWorld;
let smtp: SmtpListener;
let runner: JobRunner;
const pools: DataSource[] = [];
const extraRunners: JobRunner[] = [];
const clock: Clock = { now: new Date('2026-05-10T02:00:00Z') };
const settings: RunnerSettings = { quietHours: null };
const app = { now: new Date('2026-05-10T02:00:00Z') };
const as: Record<string, Client> = {};
const ids: Record<string, string> = {};

const sql = <T = Record<string, unknown>>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);
const one = async (q: string, p: unknown[] = []) => (await sql<{ id: string }>(q, p))[0].id;
const gid = toGlobalId;

const SET_CONTACT = graphql(`
  mutation NSetContact($input: NotificationContactInput!) {
    setNotificationContact(input: $input) {
      email
      mobile
      locale
    }
  }
`);
const SET_PREFERENCE = graphql(`
  mutation NSetPreference($kind: NotificationKind!, $email: Boolean!, $sms: Boolean!) {
    setNotificationPreference(kind: $kind, email: $email, sms: $sms) {
      kind
      email
      sms
      mandatory
    }
  }
`);
const PREFERENCES = graphql(`
  query NPreferences {
    notificationPreferences {
      email
      mobile
      locale
      kinds {
        kind
        email
        sms
        mandatory
      }
    }
  }
`);
const INBOX = graphql(`
  query NInbox($first: Int, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      nodes {
        id
        kind
        title
        body
        link
        read
        createdAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
    unreadNotificationCount
  }
`);
const MARK_READ = graphql(`
  mutation NMarkRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all)
  }
`);

const APPROVE = graphql(`
  mutation NApproveVolunteer($id: ID!) {
    approveVolunteer(id: $id, version: 1) {
      status
    }
  }
`);
const REJECT = graphql(`
  mutation NRejectVolunteer($id: ID!, $reason: String!) {
    rejectVolunteer(id: $id, version: 1, reason: $reason) {
      status
    }
  }
`);
const INVITE = graphql(`
  mutation NInvite($campaignId: ID!, $organisationId: ID!) {
    inviteCampaignPartner(campaignId: $campaignId, organisationId: $organisationId, role: SUPPORTER) {
      status
    }
  }
`);
const RESPOND = graphql(`
  mutation NRespond($campaignId: ID!, $accept: Boolean!) {
    respondToCampaignInvitation(campaignId: $campaignId, accept: $accept) {
      status
    }
  }
`);
const UPDATE_EVENT = graphql(`
  mutation NUpdateEvent($id: ID!, $version: Int!, $input: UpdateServiceEventInput!) {
    updateServiceEvent(id: $id, version: $version, input: $input) {
      version
    }
  }
`);
const CANCEL_EVENT = graphql(`
  mutation NCancelEvent($id: ID!, $version: Int!, $reason: String!) {
    cancelServiceEvent(id: $id, version: $version, reason: $reason) {
      status
    }
  }
`);
const CANCEL_SIGN_UP = graphql(`
  mutation NCancelSignUp($id: ID!, $version: Int!) {
    cancelSignUp(participationId: $id, version: $version) {
      status
    }
  }
`);
const ASSIGN = graphql(`
  mutation NAssign($id: ID!, $volunteerId: ID!) {
    assignServiceRequest(id: $id, version: 1, volunteerId: $volunteerId) {
      status
    }
  }
`);
const PROPOSE = graphql(`
  mutation NPropose($input: ProposePairingInput!) {
    proposePairing(input: $input) {
      id
      version
    }
  }
`);
const ACCEPT = graphql(`
  mutation NAccept($id: ID!, $version: Int!) {
    acceptPairing(id: $id, version: $version) {
      status
    }
  }
`);
const REVIEW = graphql(`
  mutation NReview($id: ID!, $approve: Boolean!, $note: String) {
    reviewHourReport(id: $id, version: 1, approve: $approve, note: $note) {
      status
    }
  }
`);
const RESOLVE = graphql(`
  mutation NResolve($id: ID!, $approve: Boolean!, $note: String) {
    resolveHourCorrection(id: $id, version: 1, approve: $approve, note: $note) {
      status
    }
  }
`);

/** An account with a role, reached by e-mail at `<username>@tongxin.test`. */
async function person(username: string, role: Record<string, string>): Promise<string> {
  const res = await inviteAndActivate(as.hub, as.hub, { username, roles: [role as unknown as RoleInput] });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  as[username] = await server.as(username);
  const set = await as[username].gql(SET_CONTACT, { input: { email: `${username}@tongxin.test` } });
  expect(set.errors).toBeUndefined();
  return one(`SELECT id::text FROM user_account WHERE username = $1`, [username]);
}

/** Turns SMS on for a kind that goes by e-mail only unless chosen. */
async function withSms(username: string, kind: NotificationKind) {
  const res = await as[username].gql(SET_PREFERENCE, { kind, email: true, sms: true });
  expect(res.data.setNotificationPreference).toEqual({ kind, email: true, sms: true, mandatory: false });
}

const ok = <T extends { errors?: unknown }>(res: T): T => {
  expect(res.errors).toBeUndefined();
  return res;
};

beforeAll(async () => {
  t = await createSeededDatabase('notifications');
  server = await startTestServer(t.db, { now: () => app.now });
  as.hub = await server.as('hub.admin');
  w = await buildKnownWorld(t.db, as.hub);
  smtp = await startSmtpListener();
  runner = await notificationRunner(t.db, t.url, smtp, clock, settings);
  for (const u of ['known.alpha', 'known.station', 'known.a1', 'known.north']) {
    as[u] = await server.as(u);
    ok(await as[u].gql(SET_CONTACT, { input: { email: `${u}@tongxin.test` } }));
  }
  ids.alpha = await one(`SELECT id::text FROM user_account WHERE username = 'known.alpha'`);
  ids.station = await one(`SELECT id::text FROM user_account WHERE username = 'known.station'`);
  ids.a1 = await one(`SELECT id::text FROM user_account WHERE username = 'known.a1'`);
  ids.branch = await person('known.branch', { role: 'ORG_ADMIN', organisationId: gid('Organisation', w.org.branch) });
  await sql(`UPDATE volunteer SET phone = '13800000001' WHERE id = $1`, [w.volunteer.a1]);
  await sql(`UPDATE volunteer SET phone = '13800000002' WHERE id = $1`, [w.volunteer.a2]);
});

afterAll(async () => {
  for (const r of [runner, ...extraRunners]) await r?.stop();
  for (const p of pools) await p.destroy();
  await smtp?.close();
  await server?.close();
  await t?.drop();
});

describe('what is sent', () => {
  it('registration approved (inbox, mail, SMS) and rejected with the reason (SMS to a volunteer without an account)', async () => {
    const pending = async (name: string, phone: string) =>
      one(
        `INSERT INTO volunteer (real_name, id_number, gender, birth_date, phone, category, status, organisation_id, home_region_id)
         SELECT $1, $2, 'FEMALE', '1995-03-04', $3, 'OTHER', 'PENDING', $4, $5 RETURNING id::text`,
        [name, `65900419950304${phone.slice(-4)}`, phone, w.org.alpha, w.region.northA],
      );
    const p = await pending('待审甲', '13800000011');
    const q = await pending('待审乙', '13800000012');
    const pAccount = await one(
      `INSERT INTO user_account (username, display_name) VALUES ('known.pending', '待审甲') RETURNING id::text`,
    );
    await sql(`INSERT INTO role_assignment (account_id, role, volunteer_id) VALUES ($1, 'VOLUNTEER', $2)`, [
      pAccount,
      p,
    ]);
    await sql(`INSERT INTO notification_contact (account_id, email) VALUES ($1, 'pending@tongxin.test')`, [pAccount]);

    ok(await as['known.alpha'].gql(APPROVE, { id: gid('Volunteer', p) }));
    await expectDelivered(t.db, smtp, {
      kind: 'VOLUNTEER_APPROVED',
      accountId: pAccount,
      email: 'pending@tongxin.test',
      mobile: '13800000011',
      text: '注册已通过',
    });
    ok(await as['known.alpha'].gql(REJECT, { id: gid('Volunteer', q), reason: '证件照片不清晰' }));
    await expectDelivered(t.db, smtp, {
      kind: 'VOLUNTEER_REJECTED',
      volunteerId: q,
      mobile: '13800000012',
      text: '原因：证件照片不清晰',
    });
  });

  it('campaign invitation to the invited organisation, and its answer to the lead', async () => {
    await withSms('known.branch', NotificationKind.CAMPAIGN_INVITATION);
    ok(
      await as['known.alpha'].gql(INVITE, {
        campaignId: gid('Campaign', w.campaign.k1),
        organisationId: gid('Organisation', w.org.branch),
      }),
    );
    await expectDelivered(t.db, smtp, {
      kind: 'CAMPAIGN_INVITATION',
      accountId: ids.branch,
      email: 'known.branch@tongxin.test',
      mobile: undefined,
      text: '已知联合行动',
    });
    await withSms('known.alpha', NotificationKind.CAMPAIGN_INVITATION_ANSWERED);
    await sql(`UPDATE notification_contact SET mobile = '13900000021' WHERE account_id = $1`, [ids.alpha]);
    ok(await as['known.branch'].gql(RESPOND, { campaignId: gid('Campaign', w.campaign.k1), accept: true }));
    await expectDelivered(t.db, smtp, {
      kind: 'CAMPAIGN_INVITATION_ANSWERED',
      accountId: ids.alpha,
      email: 'known.alpha@tongxin.test',
      mobile: '13900000021',
      text: '已知残联 接受',
    });
  });

  it('event changed, waitlist promotion and event cancelled, to the people signed up', async () => {
    const [e1] = await sql<{ version: number }>(`SELECT version FROM service_event WHERE id = $1`, [w.event.e1]);
    ok(
      await as['known.alpha'].gql(UPDATE_EVENT, {
        id: gid('ServiceEvent', w.event.e1),
        version: e1.version,
        input: { place: '已知路 9 号' },
      }),
    );
    await expectDelivered(t.db, smtp, {
      kind: 'EVENT_CHANGED',
      accountId: ids.a1,
      email: 'known.a1@tongxin.test',
      mobile: '13800000001',
      text: '已知活动一',
    });
    // b1 has no account: the text goes to the phone of the volunteer record.
    await expectDelivered(t.db, smtp, { kind: 'EVENT_CHANGED', volunteerId: w.volunteer.b1, mobile: '13800000000' });

    const full = await one(
      `INSERT INTO service_event (title, station_id, service_type_id, organiser_id, region_id, place, starts_at, ends_at, capacity, status)
       SELECT '候补活动', $1, (SELECT id FROM service_type ORDER BY id LIMIT 1), $2, $3, '已知路 5 号',
              '2026-05-20T01:00:00Z', '2026-05-20T03:00:00Z', 1, 'OPEN' RETURNING id::text`,
      [w.station, w.org.alpha, w.region.northA],
    );
    const taken = await one(
      `INSERT INTO participation (event_id, volunteer_id, status) VALUES ($1, $2, 'SIGNED_UP') RETURNING id::text`,
      [full, w.volunteer.b1],
    );
    await sql(
      `INSERT INTO participation (event_id, volunteer_id, status, updated_at) VALUES ($1, $2, 'WAITLISTED', now())`,
      [full, w.volunteer.a1],
    );
    ok(await as['known.alpha'].gql(CANCEL_SIGN_UP, { id: gid('Participation', taken), version: 1 }));
    await expectDelivered(t.db, smtp, {
      kind: 'WAITLIST_PROMOTED',
      accountId: ids.a1,
      email: 'known.a1@tongxin.test',
      mobile: '13800000001',
      text: '候补活动',
    });

    ok(await as['known.alpha'].gql(CANCEL_EVENT, { id: gid('ServiceEvent', full), version: 1, reason: '场地维修' }));
    await expectDelivered(t.db, smtp, {
      kind: 'EVENT_CANCELLED',
      accountId: ids.a1,
      email: 'known.a1@tongxin.test',
      mobile: '13800000001',
      text: '场地维修',
    });
  });

  it('event reminders the day before and two hours before, once each, by the runner’s clock', async () => {
    const e2 = await one(
      `INSERT INTO service_event (title, station_id, service_type_id, organiser_id, region_id, place, starts_at, ends_at, capacity, status)
       SELECT '提醒活动', $1, (SELECT id FROM service_type ORDER BY id LIMIT 1), $2, $3, '已知路 7 号',
              '2026-06-02T02:00:00Z', '2026-06-02T04:00:00Z', 5, 'OPEN' RETURNING id::text`,
      [w.station, w.org.alpha, w.region.northA],
    );
    await sql(`INSERT INTO participation (event_id, volunteer_id, status) VALUES ($1, $2, 'SIGNED_UP')`, [
      e2,
      w.volunteer.a1,
    ]);
    const reminders = () =>
      sql<{ lead: string }>(
        `SELECT payload->>'lead' AS lead FROM notification WHERE kind = 'EVENT_REMINDER' AND account_id = $1 ORDER BY id`,
        [ids.a1],
      );
    clock.now = new Date('2026-05-30T02:00:00Z'); // three days before: nothing yet
    await runner.runNow('notification.event-reminders', {});
    expect(await reminders()).toEqual([]);
    clock.now = new Date('2026-06-01T04:00:00Z'); // 22 hours before
    await runner.runNow('notification.event-reminders', {});
    await runner.runNow('notification.event-reminders', {});
    expect(await reminders()).toEqual([{ lead: 'DAY' }]);
    await expectDelivered(t.db, smtp, {
      kind: 'EVENT_REMINDER',
      accountId: ids.a1,
      email: 'known.a1@tongxin.test',
      mobile: '13800000001',
      text: '明天：提醒活动',
    });
    clock.now = new Date('2026-06-02T00:30:00Z'); // 90 minutes before
    await runner.runNow('notification.event-reminders', {});
    await runner.runNow('notification.event-reminders', {});
    expect(await reminders()).toEqual([{ lead: 'DAY' }, { lead: 'HOURS' }]);
    clock.now = new Date('2026-05-10T02:00:00Z');
  });

  it('service request assigned: to the volunteer and to the station’s coordinator', async () => {
    const request = await one(
      `INSERT INTO service_request (requester_name, phone, description, region_id, station_id, service_type_id)
       SELECT '丙三', '13700000000', '陪同就医', $1, $2, (SELECT id FROM service_type ORDER BY id LIMIT 1) RETURNING id::text`,
      [w.region.northA, w.station],
    );
    await withSms('known.station', NotificationKind.STATION_REQUEST_ASSIGNED);
    await sql(`UPDATE notification_contact SET mobile = '13900000031' WHERE account_id = $1`, [ids.station]);
    ok(
      await as['known.north'].gql(ASSIGN, {
        id: gid('ServiceRequest', request),
        volunteerId: gid('Volunteer', w.volunteer.a1),
      }),
    );
    await expectDelivered(t.db, smtp, {
      kind: 'SERVICE_REQUEST_ASSIGNED',
      accountId: ids.a1,
      email: 'known.a1@tongxin.test',
      mobile: '13800000001',
      text: '陪同就医',
    });
    await expectDelivered(t.db, smtp, {
      kind: 'STATION_REQUEST_ASSIGNED',
      accountId: ids.station,
      email: 'known.station@tongxin.test',
      mobile: '13900000031',
      text: '甲一',
    });
  });

  it('pairing proposed to the side that confirms, accepted to the proposing side and its volunteer, overdue weekly', async () => {
    await withSms('known.branch', NotificationKind.PAIRING_PROPOSED);
    await sql(`UPDATE notification_contact SET mobile = '13900000041' WHERE account_id = $1`, [ids.branch]);
    const proposed = ok(
      await as['known.alpha'].gql(PROPOSE, {
        input: {
          kind: 'VOLUNTEER_BENEFICIARY',
          volunteerId: gid('Volunteer', w.volunteer.a1),
          beneficiaryId: gid('Beneficiary', w.beneficiary.x3),
        },
      }),
    ).data.proposePairing;
    await expectDelivered(t.db, smtp, {
      kind: 'PAIRING_PROPOSED',
      accountId: ids.branch,
      email: 'known.branch@tongxin.test',
      mobile: '13900000041',
      text: '甲一 – 丙三',
    });
    await withSms('known.alpha', NotificationKind.PAIRING_ACCEPTED);
    ok(await as['known.branch'].gql(ACCEPT, { id: proposed.id, version: proposed.version }));
    await expectDelivered(t.db, smtp, {
      kind: 'PAIRING_ACCEPTED',
      accountId: ids.alpha,
      email: 'known.alpha@tongxin.test',
      mobile: '13900000021',
      text: '已知残联',
    });
    await expectDelivered(t.db, smtp, {
      kind: 'PAIRING_ACCEPTED',
      accountId: ids.a1,
      email: 'known.a1@tongxin.test',
      text: '已知残联',
    });

    // p1 (alpha and branch) has had no visit since 2026-01-05: both owners' admins get the digest, once a week.
    await withSms('known.branch', NotificationKind.PAIRINGS_OVERDUE);
    clock.now = new Date('2026-05-11T01:00:00Z');
    await runner.runNow('notification.pairings-overdue', {});
    await runner.runNow('notification.pairings-overdue', {});
    await expectDelivered(t.db, smtp, {
      kind: 'PAIRINGS_OVERDUE',
      accountId: ids.branch,
      email: 'known.branch@tongxin.test',
      mobile: '13900000041',
      text: '甲一 – 丙一',
    });
    await expectDelivered(t.db, smtp, {
      kind: 'PAIRINGS_OVERDUE',
      accountId: ids.alpha,
      email: 'known.alpha@tongxin.test',
    });
    clock.now = new Date('2026-05-10T02:00:00Z');
  });

  it('hour report and hour correction decided, to the volunteer', async () => {
    await withSms('known.a1', NotificationKind.HOUR_REPORT_DECIDED);
    await withSms('known.a1', NotificationKind.HOUR_CORRECTION_DECIDED);
    const report = await one(
      `INSERT INTO hour_report (volunteer_id, organisation_id, service_type_id, region_id, served_on, minutes, description)
       SELECT $1, $2, (SELECT id FROM service_type ORDER BY id LIMIT 1), $3, '2026-05-08', 90, '上门探访' RETURNING id::text`,
      [w.volunteer.a1, w.org.alpha, w.region.northA],
    );
    ok(await as['known.alpha'].gql(REVIEW, { id: gid('HourReport', report), approve: false, note: '缺少签到记录' }));
    await expectDelivered(t.db, smtp, {
      kind: 'HOUR_REPORT_DECIDED',
      accountId: ids.a1,
      email: 'known.a1@tongxin.test',
      mobile: '13800000001',
      text: '缺少签到记录',
    });

    const done = await one(
      `INSERT INTO participation (event_id, volunteer_id, status, minutes, check_in_at, check_out_at, verified_at)
       VALUES ($1, $2, 'COMPLETED', 120, '2026-05-17T01:00:00Z', '2026-05-17T03:00:00Z', now()) RETURNING id::text`,
      [w.event.e3, w.volunteer.a1],
    );
    const correction = await one(
      `INSERT INTO hour_correction (participation_id, volunteer_id, previous_minutes, requested_minutes, reason)
       VALUES ($1, $2, 120, 150, '提前到场布置') RETURNING id::text`,
      [done, w.volunteer.a1],
    );
    const beta = await person('known.beta', { role: 'ORG_ADMIN', organisationId: gid('Organisation', w.org.beta) });
    expect(beta).toBeTruthy();
    ok(await as['known.beta'].gql(RESOLVE, { id: gid('HourCorrection', correction), approve: true }));
    await expectDelivered(t.db, smtp, {
      kind: 'HOUR_CORRECTION_DECIDED',
      accountId: ids.a1,
      email: 'known.a1@tongxin.test',
      mobile: '13800000001',
      text: '120 → 150',
    });
  });

  it('activation and reset codes: always sent, to the address given, at any hour, never in the inbox', async () => {
    await sql(
      `INSERT INTO notification_preference (account_id, kind, email, sms) VALUES ($1, 'PASSWORD_RESET_CODE', false, false)`,
      [ids.a1],
    );
    settings.quietHours = parseQuietHours('22-8');
    clock.now = new Date('2026-05-10T16:00:00Z'); // midnight in Beijing
    // The invitations that made these accounts sent activation codes of their own; count only this test's.
    await t.db.query(
      `DELETE FROM notification_delivery WHERE notification_id IN (SELECT id FROM notification WHERE kind LIKE '%\\_CODE')`,
    );
    await t.db.query(`DELETE FROM notification WHERE kind LIKE '%\\_CODE'`);
    await t.db.transaction(async (tx) => {
      await notify(tx, ids.a1, NotificationKind.PASSWORD_RESET_CODE, { code: '482913', minutes: 15 });
      await notify(
        tx,
        ids.branch,
        NotificationKind.ACCOUNT_ACTIVATION_CODE,
        { code: '105577', minutes: 60 },
        {
          email: 'new.address@tongxin.test',
          mobile: '13900000099',
        },
      );
    });
    await expectDelivered(t.db, smtp, {
      kind: 'PASSWORD_RESET_CODE',
      accountId: ids.a1,
      email: 'known.a1@tongxin.test',
      mobile: '13800000001',
      text: '重置密码',
    });
    await expectDelivered(t.db, smtp, {
      kind: 'ACCOUNT_ACTIVATION_CODE',
      accountId: ids.branch,
      email: 'new.address@tongxin.test',
      mobile: '13900000099',
      text: '激活码',
    });
    const inbox = ok(await as['known.a1'].gql(INBOX, { first: 100 })).data.notifications.nodes;
    expect(inbox.map((n) => n.kind)).not.toContain('PASSWORD_RESET_CODE');
    settings.quietHours = null;
    clock.now = new Date('2026-05-10T02:00:00Z');
  });
});

describe('delivery', () => {
  /** A notice to known.north (e-mail and SMS) written in its own transaction. */
  const tell = async (text: string) => {
    const north = await one(`SELECT id::text FROM user_account WHERE username = 'known.north'`);
    await t.db.transaction((tx) =>
      notify(tx, north, NotificationKind.EVENT_CANCELLED, { event: text, startsAt: '', reason: text }),
    );
    const [n] = await sql<{ id: string }>(
      `SELECT id::text FROM notification WHERE account_id = $1 AND payload->>'event' = $2`,
      [north, text],
    );
    return { north, id: n.id };
  };
  const deliveries = (notificationId: string) =>
    sql<{ id: string; channel: string; status: string; attempts: number; not_before: Date | null }>(
      `SELECT id::text, channel, status, attempts, not_before FROM notification_delivery WHERE notification_id = $1 ORDER BY channel`,
      [notificationId],
    );

  beforeAll(async () => {
    await sql(
      `UPDATE notification_contact SET mobile = '13900000051' WHERE account_id = (SELECT id FROM user_account WHERE username = 'known.north')`,
    );
  });

  it('follows the channels chosen per kind; the inbox row is written whatever they are', async () => {
    const before = ok(await as['known.north'].gql(PREFERENCES)).data.notificationPreferences;
    expect(before).toMatchObject({ email: 'known.north@tongxin.test', mobile: '139****0051', locale: 'zh-CN' });
    expect(before.kinds.find((k) => k.kind === 'EVENT_CANCELLED')).toEqual({
      kind: 'EVENT_CANCELLED',
      email: true,
      sms: true,
      mandatory: false,
    });
    ok(await as['known.north'].gql(SET_PREFERENCE, { kind: 'EVENT_CANCELLED', email: false, sms: true }));
    const { id } = await tell('只发短信');
    expect((await deliveries(id)).map((d) => d.channel)).toEqual(['SMS']);
    ok(await as['known.north'].gql(SET_PREFERENCE, { kind: 'EVENT_CANCELLED', email: false, sms: false }));
    const none = await tell('只进收件箱');
    expect(await deliveries(none.id)).toEqual([]);
    ok(await as['known.north'].gql(SET_PREFERENCE, { kind: 'EVENT_CANCELLED', email: true, sms: true }));
    const refused = await as['known.north'].gql(SET_CONTACT, { input: { email: 'not-an-address', mobile: '123' } });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['input.email', 'input.mobile']);
  });

  it('holds SMS back during quiet hours (not e-mail) and sends it when they end', async () => {
    expect(quietUntil(new Date('2026-05-10T15:30:00Z'), parseQuietHours('22-8'))).toEqual(
      new Date('2026-05-11T00:00:00Z'),
    );
    expect(quietUntil(new Date('2026-05-10T05:00:00Z'), parseQuietHours('22-8'))).toBeNull();
    expect(parseQuietHours('off')).toBeNull();
    settings.quietHours = parseQuietHours('22-8');
    clock.now = new Date('2026-05-10T15:30:00Z'); // 23:30 in Beijing
    const { id } = await tell('夜间通知');
    const held = await until(
      () => deliveries(id),
      (d) => d.length === 2 && d[0].status === 'SENT' && d[1].not_before !== null,
    );
    expect(held.map((d) => [d.channel, d.status])).toEqual([
      ['EMAIL', 'SENT'],
      ['SMS', 'PENDING'],
    ]);
    expect(held[1].not_before).toEqual(new Date('2026-05-11T00:00:00Z'));
    expect(await sql(`SELECT 1 FROM sms_outbox WHERE delivery_id = $1`, [held[1].id])).toEqual([]);
    // The deferred job waits for 08:00; the runner's clock now says it is morning.
    clock.now = new Date('2026-05-11T00:05:00Z');
    await sql(`UPDATE pgboss.job SET start_after = now() WHERE name = 'notification.deliver' AND state = 'created'`);
    await until(
      () => deliveries(id),
      (d) => d[1].status === 'SENT',
    );
    settings.quietHours = null;
    clock.now = new Date('2026-05-10T02:00:00Z');
  });

  it('retries while the SMTP server is down and sends once it is back, exactly once', async () => {
    await smtp.close();
    const { id } = await tell('服务器停机');
    const failing = await until(
      () => deliveries(id),
      (d) => d.some((x) => x.channel === 'EMAIL' && x.attempts >= 2),
    );
    expect(failing.find((d) => d.channel === 'EMAIL')!.status).toBe('PENDING');
    const [err] = await sql<{ last_error: string }>(
      `SELECT last_error FROM notification_delivery WHERE notification_id = $1 AND channel = 'EMAIL'`,
      [id],
    );
    expect(err.last_error).toMatch(/ECONNREFUSED|connect/i);
    await smtp.reopen();
    const sent = await until(
      () => deliveries(id),
      (d) => d.every((x) => x.status === 'SENT'),
    );
    const email = sent.find((d) => d.channel === 'EMAIL')!;
    expect(smtp.mails.filter((m) => m.deliveryId === email.id)).toHaveLength(1);
  });

  it('sends each notice once with two runners on the database', async () => {
    const pool = createDataSource({ url: t.url, poolSize: 3 });
    await pool.initialize();
    pools.push(pool);
    extraRunners.push(await notificationRunner(pool, t.url, smtp, clock, settings));
    const written: string[] = [];
    for (let i = 0; i < 6; i++) written.push((await tell(`两个进程 ${i}`)).id);
    const all = await until(
      async () => (await Promise.all(written.map(deliveries))).flat(),
      (d) => d.length === 12 && d.every((x) => x.status === 'SENT'),
    );
    await new Promise((r) => setTimeout(r, 1000));
    const emails = all.filter((d) => d.channel === 'EMAIL').map((d) => d.id);
    expect(emails.map((id) => smtp.mails.filter((m) => m.deliveryId === id).length)).toEqual([1, 1, 1, 1, 1, 1]);
    const sms = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM sms_outbox WHERE delivery_id = ANY($1::bigint[])`,
      [all.filter((d) => d.channel === 'SMS').map((d) => d.id)],
    );
    expect(sms).toEqual([{ n: 6 }]);
  });

  it('enqueues, by the sweep, what was written where no runner was at hand', async () => {
    const north = await one(`SELECT id::text FROM user_account WHERE username = 'known.north'`);
    const n = await one(
      `INSERT INTO notification (account_id, kind, payload) VALUES ($1, 'EVENT_CANCELLED', '{"event":"无人值守"}') RETURNING id::text`,
      [north],
    );
    await sql(
      `INSERT INTO notification_delivery (notification_id, channel, address) VALUES ($1, 'EMAIL', 'known.north@tongxin.test')`,
      [n],
    );
    await runner.runNow('notification.sweep', {});
    const [d] = await until(
      () => deliveries(n),
      (x) => x[0]?.status === 'SENT',
    );
    expect(smtp.mails.filter((m) => m.deliveryId === d.id)).toHaveLength(1);
  });

  it('tells listeners after the commit, and never of a rolled-back notice', async () => {
    const heard: NotificationCreated[] = [];
    const off = onNotificationCreated((n) => heard.push(n));
    await t.db
      .transaction(async (tx) => {
        await notify(tx, ids.a1, NotificationKind.EVENT_CHANGED, { event: '回滚' });
        expect(heard).toEqual([]);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(heard).toEqual([]);
    expect(await sql(`SELECT 1 FROM notification WHERE payload->>'event' = '回滚'`)).toEqual([]);
    await t.db.transaction((tx) => notify(tx, ids.a1, NotificationKind.EVENT_CHANGED, { event: '提交' }));
    off();
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatchObject({ accountId: ids.a1, kind: 'EVENT_CHANGED' });
    expect(await sql(`SELECT payload->>'event' AS event FROM notification WHERE id = $1`, [heard[0].id])).toEqual([
      { event: '提交' },
    ]);
  });
});

describe('inbox', () => {
  it('lists the viewer’s own notices newest first, counts the unread, marks them read', async () => {
    const me = as['known.a1'];
    const first = ok(await me.gql(INBOX, { first: 3 })).data;
    const [{ n: total }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM notification WHERE account_id = $1 AND in_app`,
      [ids.a1],
    );
    expect(first.notifications.totalCount).toBe(total);
    expect(first.unreadNotificationCount).toBe(total);
    const stamps = first.notifications.nodes.map((n) => n.createdAt);
    expect([...stamps].sort().reverse()).toEqual(stamps);
    const next = ok(await me.gql(INBOX, { first: 3, after: first.notifications.pageInfo.endCursor })).data;
    const seen = [...first.notifications.nodes, ...next.notifications.nodes].map((n) => n.id);
    expect(new Set(seen).size).toBe(seen.length);
    const newest = first.notifications.nodes[0];
    expect(newest.title).toBe('活动有变更：提交');
    const en = ok(await me.gql(INBOX, { first: 1 }, { 'accept-language': 'en' })).data.notifications.nodes[0];
    expect(en.title).toBe('Event changed: 提交');

    const left = ok(await me.gql(MARK_READ, { ids: [newest.id] })).data.markNotificationsRead;
    expect(left).toBe(total - 1);
    const unread = ok(await me.gql(INBOX, { first: 100, unreadOnly: true })).data.notifications.nodes;
    expect(unread.map((n) => n.id)).not.toContain(newest.id);
    // Another person's notice cannot be marked from here.
    const [theirs] = await sql<{ id: string }>(
      `SELECT id::text FROM notification WHERE account_id = $1 AND read_at IS NULL LIMIT 1`,
      [ids.alpha],
    );
    await me.gql(MARK_READ, { ids: [gid('Notification', theirs.id)] });
    expect(await sql(`SELECT read_at FROM notification WHERE id = $1`, [theirs.id])).toEqual([{ read_at: null }]);
    expect(ok(await me.gql(MARK_READ, { all: true })).data.markNotificationsRead).toBe(0);
    const [audits] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'MARK_NOTIFICATIONS_READ' AND actor_id = $1`,
      [ids.a1],
    );
    expect(audits.n).toBe(3);
    const missing = await me.gql(MARK_READ, {});
    expect(missing.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
