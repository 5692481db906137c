// Who may call what: the permission matrix over every root field, deny by default, and the
// checked-in endpoint-permission snapshot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authChecker, denyUndeclaredRootFields, rootFieldRules } from '../src/auth/auth-checker';
import { buildHubSchemas } from '../src/schema/build';
import type { TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startTestServer, type Client, type TestServer } from './helpers/server';
import { graphql } from './generated';

type Who = 'anonymous' | 'hub' | 'region' | 'org' | 'station' | 'volunteer' | 'viewer';
const ACCOUNTS: Record<Exclude<Who, 'anonymous'>, string> = {
  hub: 'hub.admin',
  region: 'district.admin',
  org: 'youth.admin',
  station: 'station.coord',
  volunteer: 'volunteer.demo',
  viewer: 'viewer.demo',
};
const WHO: Who[] = ['anonymous', 'hub', 'region', 'org', 'station', 'volunteer', 'viewer'];

const ALL: Who[] = WHO;
const LOGGED_IN: Who[] = WHO.filter((w) => w !== 'anonymous');
const PEOPLE: Who[] = ['hub', 'region', 'org', 'station', 'volunteer'];
const ADMINS: Who[] = ['hub', 'region', 'org'];

const list = (field: string) => `{ ${field}(first: 1) { totalCount } }`;

/**
 * THE matrix: every root field, an operation exercising it, and who the rules admit. Mutations use
 * arguments that fail after the rule (so an admitted caller gets a business error, never FORBIDDEN).
 */
const MATRIX: Record<string, { op: string; allowed: Who[] }> = {
  node: { op: `{ node(id: "UmVnaW9uOjE") { id } }`, allowed: ALL },
  viewer: { op: `{ viewer { username } }`, allowed: ALL },
  regions: { op: list('regions'), allowed: ALL },
  organisations: { op: list('organisations'), allowed: ALL },
  serviceTypes: { op: list('serviceTypes'), allowed: ALL },
  serviceStations: { op: list('serviceStations'), allowed: ALL },
  campaigns: { op: list('campaigns'), allowed: ALL },
  volunteerTeams: { op: list('volunteerTeams'), allowed: ['hub', 'region', 'org', 'station', 'viewer'] },
  volunteers: { op: list('volunteers'), allowed: PEOPLE },
  beneficiaries: { op: list('beneficiaries'), allowed: PEOPLE },
  households: { op: list('households'), allowed: PEOPLE },
  // anonymous: the OPEN events of PUBLISHED campaigns (taking-part.test.ts checks which rows)
  serviceEvents: { op: list('serviceEvents'), allowed: ALL },
  participations: { op: list('participations'), allowed: PEOPLE },
  pairings: { op: list('pairings'), allowed: ['hub', 'region', 'org', 'volunteer'] },
  donations: { op: list('donations'), allowed: ADMINS },
  serviceRequests: { op: list('serviceRequests'), allowed: ['hub', 'region', 'station', 'volunteer'] },
  trainingSessions: { op: list('trainingSessions'), allowed: ['hub', 'region', 'org', 'volunteer', 'viewer'] },
  commendations: { op: list('commendations'), allowed: ['hub', 'region', 'org', 'volunteer'] },
  accounts: { op: list('accounts'), allowed: ADMINS },
  auditLogs: { op: list('auditLogs'), allowed: ['hub', 'region'] },
  dashboard: { op: `{ dashboard { counts { volunteers } } }`, allowed: ['hub', 'region', 'org', 'station', 'viewer'] },
  todo: { op: `{ todo { totalCount items(first: 1) { nodes { kind } } } }`, allowed: LOGGED_IN },
  login: {
    op: `mutation { login(input: { username: "nobody.here", password: "wrong-password-1" }) { accessToken } }`,
    allowed: ALL,
  },
  refreshSession: { op: `mutation { refreshSession { accessToken } }`, allowed: ALL },
  // notifications: the viewer's own (notifications.test.ts)
  notifications: { op: list('notifications'), allowed: LOGGED_IN },
  unreadNotificationCount: { op: `{ unreadNotificationCount }`, allowed: LOGGED_IN },
  markNotificationsRead: { op: `mutation { markNotificationsRead(ids: ["bad"]) }`, allowed: LOGGED_IN },
  notificationPreferences: { op: `{ notificationPreferences { locale } }`, allowed: LOGGED_IN },
  setNotificationPreference: {
    op: `mutation { setNotificationPreference(kind: EVENT_REMINDER, email: true, sms: true) { kind } }`,
    allowed: LOGGED_IN,
  },
  setNotificationContact: {
    op: `mutation { setNotificationContact(input: { email: "bad" }) { locale } }`,
    allowed: LOGGED_IN,
  },
  logout: { op: `mutation { logout }`, allowed: ALL },
  activateAccount: {
    op: `mutation { activateAccount(code: "not-a-code-0000000000000000", password: "Whatever-2026") }`,
    allowed: ALL,
  },
  inviteAccount: {
    op: `mutation { inviteAccount(input: { displayName: "x", mobile: "1", roles: [{ role: VIEWER }] }) { id } }`,
    allowed: ADMINS,
  },
  resendInvitation: { op: `mutation { resendInvitation(invitationId: "bad") { id } }`, allowed: ADMINS },
  revokeInvitation: { op: `mutation { revokeInvitation(invitationId: "bad") { id } }`, allowed: ADMINS },
  invitations: { op: list('invitations'), allowed: ADMINS },
  accountCodeOutbox: { op: list('accountCodeOutbox'), allowed: ADMINS },
  requestPasswordReset: { op: `mutation { requestPasswordReset(login: "") }`, allowed: ALL },
  createOrganisation: {
    op: `mutation { createOrganisation(input: { name: "", kind: NGO, regionId: "bad" }) { id } }`,
    allowed: ADMINS,
  },
  updateOrganisation: {
    op: `mutation { updateOrganisation(id: "bad", version: 1, input: {}) { id } }`,
    allowed: ADMINS,
  },
  setOrganisationStatus: {
    op: `mutation { setOrganisationStatus(id: "bad", version: 1, status: SUSPENDED) { id } }`,
    allowed: ADMINS,
  },
  createVolunteerTeam: {
    op: `mutation { createVolunteerTeam(input: { name: "", regionId: "bad" }) { id } }`,
    allowed: ADMINS,
  },
  updateVolunteerTeam: {
    op: `mutation { updateVolunteerTeam(id: "bad", version: 1, input: {}) { id } }`,
    allowed: ADMINS,
  },
  setVolunteerTeamStatus: {
    op: `mutation { setVolunteerTeamStatus(id: "bad", version: 1, status: SUSPENDED) { id } }`,
    allowed: ADMINS,
  },
  createServiceStation: {
    op: `mutation { createServiceStation(input: { regionId: "bad" }) { id } }`,
    allowed: ADMINS,
  },
  updateServiceStation: {
    op: `mutation { updateServiceStation(id: "bad", version: 1, input: {}) { id } }`,
    allowed: ADMINS,
  },
  setServiceStationStatus: {
    op: `mutation { setServiceStationStatus(id: "bad", version: 1, status: SUSPENDED) { id } }`,
    allowed: ADMINS,
  },
  createServiceType: {
    op: `mutation { createServiceType(input: { code: "", name: "", nameEn: "" }) { id } }`,
    allowed: ADMINS,
  },
  updateServiceType: {
    op: `mutation { updateServiceType(id: "bad", version: 1, input: {}) { id } }`,
    allowed: ADMINS,
  },
  setServiceTypeStatus: {
    op: `mutation { setServiceTypeStatus(id: "bad", version: 1, status: SUSPENDED) { id } }`,
    allowed: ADMINS,
  },
  assignRole: { op: `mutation { assignRole(accountId: "bad", role: { role: VIEWER }) { id } }`, allowed: ADMINS },
  revokeRole: { op: `mutation { revokeRole(assignmentId: "bad") { id } }`, allowed: ADMINS },
  resetPassword: { op: `mutation { resetPassword(accountId: "bad") { id } }`, allowed: ADMINS },
  disableAccount: { op: `mutation { disableAccount(accountId: "bad") { id } }`, allowed: ADMINS },
  // people at work (work-people.test.ts)
  registerVolunteer: {
    op: `mutation { registerVolunteer(input: { realName: "x", idNumber: "1", phone: "1", category: OTHER, consentAccepted: false, consentVersion: "x" }) { status } }`,
    allowed: ALL,
  },
  approveVolunteer: { op: `mutation { approveVolunteer(id: "bad", version: 1) { id } }`, allowed: ADMINS },
  rejectVolunteer: { op: `mutation { rejectVolunteer(id: "bad", version: 1, reason: "x") { id } }`, allowed: ADMINS },
  setVolunteerStatus: {
    op: `mutation { setVolunteerStatus(id: "bad", version: 1, status: SUSPENDED, reason: "x") { id } }`,
    allowed: ADMINS,
  },
  updateVolunteer: { op: `mutation { updateVolunteer(id: "bad", version: 1, input: {}) { id } }`, allowed: ADMINS },
  updateMyVolunteerProfile: {
    op: `mutation { updateMyVolunteerProfile(version: -1, input: { phone: "1" }) { id } }`,
    allowed: ['volunteer'],
  },
  setStarThresholds: {
    op: `mutation { setStarThresholds(regionId: "bad", hours: [1]) { id } }`,
    allowed: ['hub', 'region'],
  },
  createBeneficiary: {
    op: `mutation { createBeneficiary(input: { realName: "x", idNumber: "1", disabilityCategory: VISUAL, disabilityGrade: 1, certificateNumber: "1", regionId: "bad" }) { id } }`,
    allowed: ['hub', 'region', 'station'],
  },
  updateBeneficiary: {
    op: `mutation { updateBeneficiary(id: "bad", version: 1, input: { realName: "x", idNumber: "1", disabilityCategory: VISUAL, disabilityGrade: 1, certificateNumber: "1", regionId: "bad" }) { id } }`,
    allowed: ['hub', 'region', 'station'],
  },
  createHousehold: {
    op: `mutation { createHousehold(input: { headName: "x", regionId: "bad", address: "" }) { id } }`,
    allowed: ['hub', 'region', 'station'],
  },
  commendationCandidates: { op: `{ commendationCandidates(year: 1999) { rank } }`, allowed: ADMINS },
  awardCommendation: {
    op: `mutation { awardCommendation(input: { volunteerId: "bad", year: 2026, title: "" }) { id } }`,
    allowed: ADMINS,
  },
  // campaigns and donations (work-campaigns.test.ts)
  themeDayPresets: { op: `{ themeDayPresets(year: 1999) { date } }`, allowed: ALL },
  createCampaign: {
    op: `mutation { createCampaign(input: { name: "x", leadOrganisationId: "bad" }) { id } }`,
    allowed: ADMINS,
  },
  updateCampaign: { op: `mutation { updateCampaign(id: "bad", version: 1, input: {}) { id } }`, allowed: ADMINS },
  inviteCampaignPartner: {
    op: `mutation { inviteCampaignPartner(campaignId: "bad", organisationId: "bad", role: SUPPORTER) { id } }`,
    allowed: ADMINS,
  },
  respondToCampaignInvitation: {
    op: `mutation { respondToCampaignInvitation(campaignId: "bad", accept: true) { id } }`,
    allowed: ADMINS,
  },
  publishCampaign: { op: `mutation { publishCampaign(id: "bad", version: 1) { id } }`, allowed: ADMINS },
  closeCampaign: { op: `mutation { closeCampaign(id: "bad", version: 1) { id } }`, allowed: ADMINS },
  recordDonation: { op: `mutation { recordDonation(input: { kind: CASH }) { id } }`, allowed: ADMINS },
  voidDonation: { op: `mutation { voidDonation(id: "bad", version: 1, reason: "x") { id } }`, allowed: ADMINS },
  // events and hours (MANAGE_EVENTS: those who run events; VOLUNTEER_SELF_SERVICE: the volunteer)
  createServiceEvent: {
    op: `mutation { createServiceEvent(input: { title: "x", serviceTypeId: "bad", place: "x", startsAt: "2027-01-01T01:00:00Z", endsAt: "2027-01-01T02:00:00Z", capacity: 1 }) { id } }`,
    allowed: ['hub', 'region', 'org', 'station'],
  },
  updateServiceEvent: {
    op: `mutation { updateServiceEvent(id: "bad", version: 1, input: {}) { id } }`,
    allowed: ['hub', 'region', 'org', 'station'],
  },
  cancelServiceEvent: {
    op: `mutation { cancelServiceEvent(id: "bad", version: 1, reason: "x") { id } }`,
    allowed: ['hub', 'region', 'org', 'station'],
  },
  closeServiceEvent: {
    op: `mutation { closeServiceEvent(id: "bad", version: 1) { id } }`,
    allowed: ['hub', 'region', 'org', 'station'],
  },
  signUpForEvent: { op: `mutation { signUpForEvent(eventId: "bad") { id } }`, allowed: ['volunteer'] },
  enrolVolunteerInEvent: {
    op: `mutation { enrolVolunteerInEvent(eventId: "bad", volunteerId: "bad") { id } }`,
    allowed: ['hub', 'region', 'org', 'station'],
  },
  cancelSignUp: { op: `mutation { cancelSignUp(participationId: "bad", version: 1) { id } }`, allowed: PEOPLE },
  checkIn: {
    op: `mutation { checkIn(participationId: "bad", version: 1) { id } }`,
    allowed: ['hub', 'region', 'org', 'station'],
  },
  undoCheckIn: {
    op: `mutation { undoCheckIn(participationId: "bad", version: 1, reason: "误签到") { id } }`,
    allowed: ['hub', 'region', 'org', 'station'],
  },
  checkOut: {
    op: `mutation { checkOut(participationId: "bad", version: 1) { id } }`,
    allowed: ['hub', 'region', 'org', 'station'],
  },
  issueEventCode: {
    op: `mutation { issueEventCode(eventId: "bad") { code } }`,
    allowed: ['hub', 'region', 'org', 'station'],
  },
  checkInWithCode: {
    op: `mutation { checkInWithCode(eventId: "bad", code: "000000") { id } }`,
    allowed: ['volunteer'],
  },
  checkOutWithCode: {
    op: `mutation { checkOutWithCode(eventId: "bad", code: "000000") { id } }`,
    allowed: ['volunteer'],
  },
  verifyHours: {
    op: `mutation { verifyHours(participationIds: ["bad"]) { id } }`,
    allowed: ['hub', 'region', 'org', 'station'],
  },
  recordPersonTimesServed: {
    op: `mutation { recordPersonTimesServed(participationId: "bad", version: 1, count: 1) { id } }`,
    allowed: ['hub', 'region', 'org', 'station'],
  },
  reportHours: {
    op: `mutation { reportHours(input: { organisationId: "bad", serviceTypeId: "bad", regionId: "bad", servedOn: "2026-01-01", minutes: 60, description: "x" }) { id } }`,
    allowed: ['volunteer'],
  },
  reviewHourReport: {
    op: `mutation { reviewHourReport(id: "bad", version: 1, approve: true) { id } }`,
    allowed: ['hub', 'region', 'org', 'station'],
  },
  requestHourCorrection: {
    op: `mutation { requestHourCorrection(input: { participationId: "bad", requestedMinutes: 60, reason: "x" }) { id } }`,
    allowed: ['volunteer'],
  },
  resolveHourCorrection: {
    op: `mutation { resolveHourCorrection(id: "bad", version: 1, approve: true) { id } }`,
    allowed: ['hub', 'region', 'org', 'station'],
  },
  hourReports: { op: list('hourReports'), allowed: PEOPLE },
  hourCorrections: { op: list('hourCorrections'), allowed: PEOPLE },
  proposePairing: { op: `mutation { proposePairing(input: { kind: VOLUNTEER_BENEFICIARY }) { id } }`, allowed: ADMINS },
  acceptPairing: { op: `mutation { acceptPairing(id: "bad", version: 1) { id } }`, allowed: ADMINS },
  pausePairing: { op: `mutation { pausePairing(id: "bad", version: 1) { id } }`, allowed: ADMINS },
  resumePairing: { op: `mutation { resumePairing(id: "bad", version: 1) { id } }`, allowed: ADMINS },
  endPairing: { op: `mutation { endPairing(id: "bad", version: 1, reason: "x") { id } }`, allowed: ADMINS },
  confirmPairingVisit: { op: `mutation { confirmPairingVisit(id: "bad", version: 1) { id } }`, allowed: ADMINS },
  declinePairingVisit: {
    op: `mutation { declinePairingVisit(id: "bad", version: 1, reason: "x") { id } }`,
    allowed: ADMINS,
  },
  logPairingVisit: {
    op: `mutation { logPairingVisit(input: { pairingId: "bad", visitedOn: "2026-01-01", minutes: 30, mode: HOME }) { visit { id } } }`,
    allowed: ['hub', 'region', 'org', 'volunteer'],
  },
  submitServiceRequest: {
    op: `mutation { submitServiceRequest(input: { requesterName: "x", phone: "1", serviceTypeId: "bad", description: "x" }) { reference } }`,
    allowed: ALL,
  },
  createServiceRequest: {
    op: `mutation { createServiceRequest(input: { beneficiaryId: "bad", serviceTypeId: "bad", description: "x" }) { id } }`,
    allowed: ['hub', 'region', 'station'],
  },
  assignServiceRequest: {
    op: `mutation { assignServiceRequest(id: "bad", version: 1, volunteerId: "bad") { id } }`,
    allowed: ['hub', 'region', 'station'],
  },
  completeServiceRequest: {
    op: `mutation { completeServiceRequest(id: "bad", version: 1, minutes: 30) { id } }`,
    allowed: ['hub', 'region', 'station'],
  },
  cancelServiceRequest: {
    op: `mutation { cancelServiceRequest(id: "bad", version: 1, reason: "x") { id } }`,
    allowed: ['hub', 'region', 'station'],
  },
  scheduleTrainingSession: {
    op: `mutation { scheduleTrainingSession(input: { title: "x", heldOn: "x", minutes: 60 }) { id } }`,
    allowed: ADMINS,
  },
  enrolInTraining: {
    op: `mutation { enrolInTraining(sessionId: "bad", volunteerIds: []) { enrolled } }`,
    allowed: ADMINS,
  },
  recordTrainingAttendance: {
    op: `mutation { recordTrainingAttendance(sessionId: "bad", attendedVolunteerIds: []) { id } }`,
    allowed: ADMINS,
  },
  updateStationBoard: {
    op: `mutation { updateStationBoard(id: "bad", version: 1, input: {}) { id } }`,
    allowed: ['hub', 'region', 'station'],
  },
  revealPersonalData: {
    op: `mutation { revealPersonalData(id: "bad", reason: "x") { fields } }`,
    // a coordinator: only the caller's phone of a request at its station
    allowed: ['hub', 'region', 'org', 'station', 'volunteer'],
  },
  skills: { op: list('skills'), allowed: ALL },
  createSkill: {
    op: `mutation { createSkill(input: { name: "", regionId: "bad" }) { id } }`,
    allowed: ['hub', 'region'],
  },
  updateSkill: {
    op: `mutation { updateSkill(id: "bad", version: 1, input: {}) { id } }`,
    allowed: ['hub', 'region'],
  },
  submissionStatus: {
    op: `{ submissionStatus(reference: "x", phoneLast4: "x") { status } }`,
    allowed: ALL,
  },
  suggestVolunteersForEvent: {
    op: `{ suggestVolunteersForEvent(eventId: "bad") { score } }`,
    allowed: ['hub', 'region', 'org', 'station'],
  },
  eventInvitations: { op: list('eventInvitations'), allowed: LOGGED_IN },
  inviteVolunteerToEvent: {
    op: `mutation { inviteVolunteerToEvent(eventId: "bad", volunteerId: "bad") { id } }`,
    allowed: ['hub', 'region', 'org', 'station'],
  },
  respondToEventInvitation: {
    op: `mutation { respondToEventInvitation(invitationId: "bad", version: 1, accept: true) { id } }`,
    allowed: ['volunteer'],
  },
  // A job or upload is its owner's alone (anyone else's is NOT_FOUND); the kind's permission is checked on use.
  backgroundJob: { op: `{ backgroundJob(id: "bad") { id } }`, allowed: LOGGED_IN },
  myBackgroundJobs: { op: `{ myBackgroundJobs { id } }`, allowed: LOGGED_IN },
  cancelBackgroundJob: { op: `mutation { cancelBackgroundJob(id: "bad") { id } }`, allowed: LOGGED_IN },
  spreadsheetImport: { op: `{ spreadsheetImport(id: "bad") { id } }`, allowed: LOGGED_IN },
  confirmSpreadsheetImport: { op: `mutation { confirmSpreadsheetImport(id: "bad") { id } }`, allowed: LOGGED_IN },
  // Certificates: an admin of the volunteer or the volunteer itself issues, an admin revokes, anyone verifies.
  issueServiceCertificate: {
    op: `mutation { issueServiceCertificate(input: { volunteerId: "bad" }) { id } }`,
    allowed: ['hub', 'region', 'org', 'volunteer'],
  },
  revokeServiceCertificate: {
    op: `mutation { revokeServiceCertificate(input: { id: "bad", reason: "x" }) { id } }`,
    allowed: ADMINS,
  },
  generateYearEndReport: {
    op: `mutation { generateYearEndReport(input: { year: 2026, regionId: "bad" }) { id } }`,
    allowed: ['hub', 'region', 'org', 'station', 'viewer'],
  },
  saveYearEndReportPlans: {
    op: `mutation { saveYearEndReportPlans(input: { year: 2026, regionId: "bad", plans: "x" }) { year } }`,
    allowed: ['hub', 'region', 'org', 'station', 'viewer'],
  },
  yearEndReport: {
    op: `{ yearEndReport(year: 2026, regionId: "bad") { year } }`,
    allowed: ['hub', 'region', 'org', 'station', 'viewer'],
  },
  yearEndReportPlans: {
    op: `{ yearEndReportPlans(year: 2026, regionId: "bad") { year } }`,
    allowed: ['hub', 'region', 'org', 'station', 'viewer'],
  },
  verifyServiceCertificate: { op: `{ verifyServiceCertificate(code: "x") { revoked } }`, allowed: ALL },
};

let t: TestDatabase;
let server: TestServer;
const clients = {} as Record<Who, Client>;

beforeAll(async () => {
  t = await createSeededDatabase('access');
  server = await startTestServer(t.db);
  clients.anonymous = server;
  for (const [who, username] of Object.entries(ACCOUNTS)) clients[who as Who] = await server.as(username);
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

describe('the permission matrix', () => {
  it('has a row for every root query and mutation of the schema', async () => {
    const { clientSchema } = await buildHubSchemas();
    const roots = [clientSchema.getQueryType()!, clientSchema.getMutationType()!].flatMap((type) =>
      Object.keys(type.getFields()),
    );
    expect(roots.filter((f) => !MATRIX[f])).toEqual([]);
    expect(Object.keys(MATRIX).filter((f) => !roots.includes(f))).toEqual([]);
  });

  const cases = Object.entries(MATRIX).flatMap(([field, row]) =>
    WHO.map((who) => ({ field, who, op: row.op, allowed: row.allowed.includes(who) })),
  );

  it.each(cases)('$field as $who: allowed=$allowed', async ({ field, who, op, allowed }) => {
    const res = await clients[who].raw(op);
    // Logout ends the account's access tokens at once (#17.3): the rest of the matrix needs a new login,
    // past the backoff the `login` row's failures put on this address.
    if (field === 'logout' && who !== 'anonymous') {
      await t.db.query(`DELETE FROM rate_limit`);
      clients[who] = await server.as(ACCOUNTS[who]);
    }
    const codes = (res.errors ?? []).filter((e) => e.path?.[0] === field || !e.path).map((e) => e.extensions?.code);
    if (allowed) {
      const refusedByRule =
        (res.errors ?? []).some(
          (e) => e.extensions?.code === 'FORBIDDEN' && /roles do not allow this|declares no permission/.test(e.message),
        ) || (res.errors ?? []).some((e) => e.message === 'Log in to use this.');
      expect(refusedByRule, JSON.stringify(res.errors)).toBe(false);
    } else {
      expect(codes).toEqual([who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
      const data = res.data as Record<string, unknown> | null;
      expect(data === null || data?.[field] == null).toBe(true);
    }
  });
});

describe('declared rules', () => {
  it('every root field declares a rule (a field without one would be refused at run time)', async () => {
    const { clientSchema } = await buildHubSchemas();
    const rules = rootFieldRules();
    const roots = [clientSchema.getQueryType()!, clientSchema.getMutationType()!].flatMap((type) =>
      Object.keys(type.getFields()),
    );
    expect(roots.filter((f) => !rules.has(f))).toEqual([]);
  });

  it('match the checked-in endpoint-permission snapshot (review a change here as a permission change)', async () => {
    const rules = [...rootFieldRules()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([field, r]) => `${field}: ${[...r].sort().join(', ')}`);
    await expect(`${rules.join('\n')}\n`).toMatchFileSnapshot('./permissions.snapshot.txt');
  });

  it('sensitive fields need their own permission even on readable types', async () => {
    const { clientSchema } = await buildHubSchemas();
    const volunteer = clientSchema.getType('Volunteer') as import('graphql').GraphQLObjectType;
    expect(Object.keys(volunteer.getFields())).toEqual(expect.arrayContaining(['idNumber', 'phone', 'birthDate']));
    // Volunteers may read their own profile: masked.
    const self = await clients.volunteer.gql(
      graphql(`
        query Volunteers {
          volunteers(first: 5) {
            totalCount
            nodes {
              idNumber
              phone
            }
          }
        }
      `),
    );
    expect(self.data.volunteers.totalCount).toBe(1);
    expect(self.data.volunteers.nodes[0].idNumber).toMatch(/\*{10}/);
  });
});

describe('deny by default', () => {
  it('refuses a root field that declares no rule, even though the schema offers it', async () => {
    const { Query, Resolver, buildSchema } = await import('type-graphql');
    const { graphql } = await import('graphql');
    @Resolver()
    class ForgottenResolver {
      @Query(() => String)
      secret() {
        return 'leaked';
      }
    }
    const schema = denyUndeclaredRootFields(await buildSchema({ resolvers: [ForgottenResolver], authChecker }));
    const res = await graphql({ schema, source: '{ secret }', contextValue: { viewer: null } });
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
