// The notification tests' shared world (#15.2, #15.3): a seeded database with the known world, the app on
// it with its own clock, a job runner with the notification jobs (its own clock and quiet hours), the
// loopback SMTP listener, accounts reached by e-mail; and the operations the tests drive. Each test file
// calls notificationSuite() once at its top: it registers the file's beforeAll and afterAll.
import { afterAll, beforeAll, expect } from 'vitest';
import type { DataSource } from 'typeorm';
import { toGlobalId } from '../../src/common/node';
import type { JobRunner } from '../../src/jobs';
import type { NotificationKind } from '../../src/modules/notification';
import { graphql } from '../generated';
import type { RoleInput } from '../generated/graphql';
import { inviteAndActivate } from './accounts';
import type { TestDatabase } from './database';
import { createSeededDatabase } from './fixture';
import { buildKnownWorld, type KnownWorld } from './known-world';
import { notificationRunner, type Clock, type RunnerSettings } from './notifications';
import { startTestServer, type Client, type TestServer } from './server';
import { startSmtpListener, type SmtpListener } from './smtp';

export const gid = toGlobalId;

export const ok = <T extends { errors?: unknown }>(res: T): T => {
  expect(res.errors).toBeUndefined();
  return res;
};

export const SET_CONTACT = graphql(`
  mutation NSetContact($input: NotificationContactInput!) {
    setNotificationContact(input: $input) {
      email
      mobile
      locale
    }
  }
`);
export const SET_PREFERENCE = graphql(`
  mutation NSetPreference($kind: NotificationKind!, $email: Boolean!, $sms: Boolean!) {
    setNotificationPreference(kind: $kind, email: $email, sms: $sms) {
      kind
      email
      sms
      mandatory
    }
  }
`);
export const PREFERENCES = graphql(`
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
export const INBOX = graphql(`
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
export const MARK_READ = graphql(`
  mutation NMarkRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all)
  }
`);

export const APPROVE = graphql(`
  mutation NApproveVolunteer($id: ID!) {
    approveVolunteer(id: $id, version: 1) {
      status
    }
  }
`);
export const REJECT = graphql(`
  mutation NRejectVolunteer($id: ID!, $reason: String!) {
    rejectVolunteer(id: $id, version: 1, reason: $reason) {
      status
    }
  }
`);
export const INVITE = graphql(`
  mutation NInvite($campaignId: ID!, $organisationId: ID!) {
    inviteCampaignPartner(campaignId: $campaignId, organisationId: $organisationId, role: SUPPORTER) {
      status
    }
  }
`);
export const RESPOND = graphql(`
  mutation NRespond($campaignId: ID!, $accept: Boolean!) {
    respondToCampaignInvitation(campaignId: $campaignId, accept: $accept) {
      status
    }
  }
`);
export const UPDATE_EVENT = graphql(`
  mutation NUpdateEvent($id: ID!, $version: Int!, $input: UpdateServiceEventInput!) {
    updateServiceEvent(id: $id, version: $version, input: $input) {
      version
    }
  }
`);
export const CANCEL_EVENT = graphql(`
  mutation NCancelEvent($id: ID!, $version: Int!, $reason: String!) {
    cancelServiceEvent(id: $id, version: $version, reason: $reason) {
      status
    }
  }
`);
export const CANCEL_SIGN_UP = graphql(`
  mutation NCancelSignUp($id: ID!, $version: Int!) {
    cancelSignUp(participationId: $id, version: $version) {
      status
    }
  }
`);
export const ASSIGN = graphql(`
  mutation NAssign($id: ID!, $volunteerId: ID!) {
    assignServiceRequest(id: $id, version: 1, volunteerId: $volunteerId) {
      status
    }
  }
`);
export const PROPOSE = graphql(`
  mutation NPropose($input: ProposePairingInput!) {
    proposePairing(input: $input) {
      id
      version
    }
  }
`);
export const ACCEPT = graphql(`
  mutation NAccept($id: ID!, $version: Int!) {
    acceptPairing(id: $id, version: $version) {
      status
    }
  }
`);
export const REVIEW = graphql(`
  mutation NReview($id: ID!, $approve: Boolean!, $note: String) {
    reviewHourReport(id: $id, version: 1, approve: $approve, note: $note) {
      status
    }
  }
`);
export const RESOLVE = graphql(`
  mutation NResolve($id: ID!, $approve: Boolean!, $note: String) {
    resolveHourCorrection(id: $id, version: 1, approve: $approve, note: $note) {
      status
    }
  }
`);

export interface NotificationSuite {
  t: TestDatabase;
  server: TestServer;
  w: KnownWorld;
  smtp: SmtpListener;
  runner: JobRunner;
  /** The runner's clock and quiet hours, which a test may move (and puts back). */
  clock: Clock;
  settings: RunnerSettings;
  /** Logged-in clients by username (`hub` is hub.admin). */
  as: Record<string, Client>;
  /** Account ids: alpha, station, a1, branch. */
  ids: Record<string, string>;
  /** Pools and runners a test adds (another hub), closed after the file. */
  pools: DataSource[];
  extraRunners: JobRunner[];
  sql: <T = Record<string, unknown>>(q: string, p?: unknown[]) => Promise<T[]>;
  one: (q: string, p?: unknown[]) => Promise<string>;
  /** An account with a role, reached by e-mail at `<username>@tongxin.test`. */
  person: (username: string, role: Record<string, string>) => Promise<string>;
  /** Turns SMS on for a kind that goes by e-mail only unless chosen. */
  withSms: (username: string, kind: NotificationKind) => Promise<void>;
}

export function notificationSuite(name: string): NotificationSuite {
  const app = { now: new Date('2026-05-10T02:00:00Z') };
  const s = {
    clock: { now: new Date('2026-05-10T02:00:00Z') },
    settings: { quietHours: null },
    as: {},
    ids: {},
    pools: [],
    extraRunners: [],
    sql: <T>(q: string, p: unknown[] = []) => s.t.db.query<T[]>(q, p),
    one: async (q: string, p: unknown[] = []) => (await s.sql<{ id: string }>(q, p))[0].id,
    person: async (username: string, role: Record<string, string>) => {
      const res = await inviteAndActivate(s.as.hub, s.as.hub, { username, roles: [role as unknown as RoleInput] });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      s.as[username] = await s.server.as(username);
      const set = await s.as[username].gql(SET_CONTACT, { input: { email: `${username}@tongxin.test` } });
      expect(set.errors).toBeUndefined();
      return s.one(`SELECT id::text FROM user_account WHERE username = $1`, [username]);
    },
    withSms: async (username: string, kind: NotificationKind) => {
      const res = await s.as[username].gql(SET_PREFERENCE, { kind, email: true, sms: true });
      expect(res.data.setNotificationPreference).toEqual({ kind, email: true, sms: true, mandatory: false });
    },
  } as unknown as NotificationSuite;

  beforeAll(async () => {
    s.t = await createSeededDatabase(name);
    s.server = await startTestServer(s.t.db, { now: () => app.now });
    s.as.hub = await s.server.as('hub.admin');
    s.w = await buildKnownWorld(s.t.db, s.as.hub);
    s.smtp = await startSmtpListener();
    s.runner = await notificationRunner(s.t.db, s.t.url, s.smtp, s.clock, s.settings);
    for (const u of ['known.alpha', 'known.station', 'known.a1', 'known.north']) {
      s.as[u] = await s.server.as(u);
      ok(await s.as[u].gql(SET_CONTACT, { input: { email: `${u}@tongxin.test` } }));
    }
    s.ids.alpha = await s.one(`SELECT id::text FROM user_account WHERE username = 'known.alpha'`);
    s.ids.station = await s.one(`SELECT id::text FROM user_account WHERE username = 'known.station'`);
    s.ids.a1 = await s.one(`SELECT id::text FROM user_account WHERE username = 'known.a1'`);
    s.ids.branch = await s.person('known.branch', {
      role: 'ORG_ADMIN',
      organisationId: gid('Organisation', s.w.org.branch),
    });
    await s.sql(`UPDATE volunteer SET phone = '13800000001' WHERE id = $1`, [s.w.volunteer.a1]);
    await s.sql(`UPDATE volunteer SET phone = '13800000002' WHERE id = $1`, [s.w.volunteer.a2]);
  });

  afterAll(async () => {
    for (const r of [s.runner, ...s.extraRunners]) await r?.stop();
    for (const p of s.pools) await p.destroy();
    await s.smtp?.close();
    await s.server?.close();
    await s.t?.drop();
  });
  return s;
}
