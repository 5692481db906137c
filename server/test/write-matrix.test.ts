// The write-scope matrix: every mutation that names an existing row is tried by every account (one
// per role, plus one holding two roles) on every row of its entity in the known world, inside and
// outside the account's scope. Which mutations name a row comes from the schema (their arguments);
// which permission each needs from the declared rules (auth/auth-checker.ts), and so whether the
// account holds it from the role grants. Which rows each account may change with a permission is
// written down below from the write-scope rules in words (modules/<domain>/<domain>.scope.ts), not
// computed with their predicates. Inside, the call passes the scope and meets a stale version or the
// row's state; outside it is NOT_FOUND or FORBIDDEN and changes nothing (no row, no version, no entry).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rootFieldRules } from '../src/auth/auth-checker';
import { GRANTS, type Permission, Role } from '../src/auth/permissions';
import { toGlobalId } from '../src/common/node';
import { buildHubSchemas } from '../src/schema/build';
import { inviteAndActivate } from './helpers/accounts';
import type { TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { buildKnownWorld } from './helpers/known-world';
import { startTestServer, type Client, type TestServer } from './helpers/server';
import { buildWriteWorld } from './helpers/write-world';

type Account = 'alpha' | 'north' | 'station' | 'a1' | 'dual';
const ACCOUNTS: Account[] = ['alpha', 'north', 'station', 'a1', 'dual'];
/** The roles each account holds (dual: VOLUNTEER b1 and REGION_ADMIN of the south). */
const ROLES: Record<Account, Role[]> = {
  alpha: [Role.ORG_ADMIN],
  north: [Role.REGION_ADMIN],
  station: [Role.STATION_COORDINATOR],
  a1: [Role.VOLUNTEER],
  dual: [Role.VOLUNTEER, Role.REGION_ADMIN],
};

/** Rows by entity (GraphQL type), keyed as the known world names them. */
const ROWS = {
  Volunteer: ['a1', 'a2', 'b1', 'b2'],
  Beneficiary: ['x1', 'x2', 'x3'],
  Pairing: ['p1', 'p2'],
  PairingVisit: ['v1', 'v2'],
  Campaign: ['k1', 'k2'],
  ServiceEvent: ['e1', 'e2', 'e3'],
  Participation: ['e1a1', 'e1b1', 'e2b1', 'e3b2'],
  EventInvitation: ['i1', 'i2'],
  HourCorrection: ['c1', 'c2'],
  HourReport: ['hr1', 'hr2'],
  Organisation: ['oA', 'oB', 'oBr'],
  ServiceStation: ['st', 'st2'],
  VolunteerTeam: ['tA', 'tB'],
  ServiceType: ['y1', 'y2'],
  Donation: ['d1', 'd2'],
  ServiceRequest: ['r1', 'r2'],
  TrainingSession: ['s1', 's2'],
} as const;
type Entity = keyof typeof ROWS;
type Row = string;

/**
 * Which rows each account may change, per entity and permission: the write-scope rules in words.
 * An account whose roles lack the permission is refused before any row is looked at (FORBIDDEN).
 */
const MAY: Record<string, Partial<Record<Account, Row[]>>> = {
  // Own organisation's volunteers; living in the region.
  'Volunteer:MANAGE_VOLUNTEERS': { alpha: ['a1', 'a2'], north: ['a1', 'b1'], dual: ['a2', 'b2'] },
  'Volunteer:AWARD_COMMENDATIONS': { alpha: ['a1', 'a2'], north: ['a1', 'b1'], dual: ['a2', 'b2'] },
  // Living in the region; served by the station. Organisations keep no register of people.
  'Beneficiary:MANAGE_BENEFICIARIES': { north: ['x1', 'x3'], station: ['x1', 'x3'], dual: ['x2'] },
  // Owned (side A), or touching the region; a volunteer logs visits of its own pairing.
  'Pairing:MANAGE_PAIRINGS': { alpha: ['p1'], north: ['p1'], dual: ['p2'] },
  'Pairing:LOG_VISITS': { alpha: ['p1'], north: ['p1'], a1: ['p1'], dual: ['p2'] },
  'PairingVisit:MANAGE_PAIRINGS': { alpha: ['v1'], north: ['v1'], dual: ['v2'] },
  // Led by the organisation; in the region.
  'Campaign:MANAGE_CAMPAIGNS': { alpha: ['k1'], north: ['k1'], dual: ['k2'] },
  // Runs it: the organiser's admins, region admins, the coordinator of the station it is held at.
  'ServiceEvent:MANAGE_EVENTS': { alpha: ['e1'], north: ['e1', 'e2'], station: ['e1'], dual: ['e3'] },
  // Volunteers sign up for the open events they see.
  'ServiceEvent:VOLUNTEER_SELF_SERVICE': { a1: ['e1', 'e2', 'e3'], dual: ['e1', 'e2', 'e3'] },
  // Of events one runs; one's own.
  'Participation:MANAGE_EVENTS': {
    alpha: ['e1a1', 'e1b1'],
    north: ['e1a1', 'e1b1', 'e2b1'],
    station: ['e1a1', 'e1b1'],
    dual: ['e3b2'],
  },
  'Participation:VOLUNTEER_SELF_SERVICE': { a1: ['e1a1'], dual: ['e1b1', 'e2b1'] },
  'EventInvitation:VOLUNTEER_SELF_SERVICE': { a1: ['i1'] },
  'HourCorrection:MANAGE_EVENTS': { alpha: ['c1'], north: ['c1'], station: ['c1'], dual: ['c2'] },
  // Reported to the organisation (or by its volunteer); in the region. A coordinator reviews none.
  'HourReport:MANAGE_EVENTS': { alpha: ['hr1'], north: ['hr1'], dual: ['hr2'] },
  // The registry: one's own organisation, its stations and teams; what is registered in the region.
  'Organisation:MANAGE_REGISTRY': { alpha: ['oA'], north: ['oA', 'oB', 'oBr'] },
  'ServiceStation:MANAGE_REGISTRY': { alpha: ['st'], north: ['st'], dual: ['st2'] },
  'ServiceStation:EDIT_STATION_BOARD': { north: ['st'], station: ['st'], dual: ['st2'] },
  'VolunteerTeam:MANAGE_REGISTRY': { alpha: ['tA'], north: ['tA'], dual: ['tB'] },
  // Service types are the city's list: only the hub admin changes them.
  'ServiceType:MANAGE_REGISTRY': {},
  // Given by the organisation; to people of the region.
  'Donation:MANAGE_DONATIONS': { alpha: ['d1'], north: ['d1'], dual: ['d2'] },
  // At the station; in the region.
  'ServiceRequest:MANAGE_SERVICE_REQUESTS': { north: ['r1'], station: ['r1'], dual: ['r2'] },
  'TrainingSession:MANAGE_TRAINING': { alpha: ['s1'], north: ['s1'], dual: ['s2'] },
};

const V = 999; // a stale version: inside the scope the call ends in CONFLICT
const byId = (m: string, rest = '') => `mutation($id: ID!) { ${m}(id: $id, version: ${V}${rest}) { __typename } }`;
/** Mutation → the entity its target is and a call on row `$id` that changes nothing once inside. */
const TARGETS: Record<string, { entity: Entity; op: string; vars?: (a: Account) => Record<string, unknown> }> = {
  setVolunteerStatus: { entity: 'Volunteer', op: byId('setVolunteerStatus', ', status: SUSPENDED, reason: "x"') },
  updateVolunteer: { entity: 'Volunteer', op: byId('updateVolunteer', ', input: {}') },
  approveVolunteer: { entity: 'Volunteer', op: byId('approveVolunteer') },
  rejectVolunteer: { entity: 'Volunteer', op: byId('rejectVolunteer', ', reason: "x"') },
  awardCommendation: {
    entity: 'Volunteer',
    op: `mutation($id: ID!, $o: ID) { awardCommendation(input: { volunteerId: $id, year: 2026, title: "x", awardedById: $o }) { year } }`,
    // A region admin names the organisation awarding it: one registered in its region.
    vars: (a) => ({ o: { north: ids.oA, dual: ids.oGamma }[a as string] ?? null }),
  },
  updateBeneficiary: { entity: 'Beneficiary', op: byId('updateBeneficiary', ', input: {}') },
  acceptPairing: { entity: 'Pairing', op: byId('acceptPairing') },
  pausePairing: { entity: 'Pairing', op: byId('pausePairing') },
  resumePairing: { entity: 'Pairing', op: byId('resumePairing') },
  endPairing: { entity: 'Pairing', op: byId('endPairing', ', reason: "x"') },
  logPairingVisit: {
    entity: 'Pairing',
    // Before the pairing began: refused once the pairing is found.
    op: `mutation($id: ID!) { logPairingVisit(input: { pairingId: $id, visitedOn: "2020-01-01", minutes: 30, mode: PHONE }) { visit { id } } }`,
  },
  confirmPairingVisit: { entity: 'PairingVisit', op: byId('confirmPairingVisit') },
  declinePairingVisit: { entity: 'PairingVisit', op: byId('declinePairingVisit', ', reason: "x"') },
  updateCampaign: { entity: 'Campaign', op: byId('updateCampaign', ', input: {}') },
  publishCampaign: { entity: 'Campaign', op: byId('publishCampaign') },
  closeCampaign: { entity: 'Campaign', op: byId('closeCampaign') },
  inviteCampaignPartner: {
    entity: 'Campaign',
    op: `mutation($id: ID!, $o: ID!) { inviteCampaignPartner(campaignId: $id, organisationId: $o, role: SUPPORTER, version: ${V}) { id } }`,
    vars: () => ({ o: ids.oBr }),
  },
  updateServiceEvent: { entity: 'ServiceEvent', op: byId('updateServiceEvent', ', input: {}') },
  cancelServiceEvent: { entity: 'ServiceEvent', op: byId('cancelServiceEvent', ', reason: "x"') },
  closeServiceEvent: { entity: 'ServiceEvent', op: byId('closeServiceEvent') },
  // The known events are over: inside, a code or a sign-up meets the event's state.
  issueEventCode: { entity: 'ServiceEvent', op: `mutation($id: ID!) { issueEventCode(eventId: $id) { code } }` },
  signUpForEvent: { entity: 'ServiceEvent', op: `mutation($id: ID!) { signUpForEvent(eventId: $id) { id } }` },
  enrolVolunteerInEvent: {
    entity: 'ServiceEvent',
    op: `mutation($id: ID!, $v: ID!) { enrolVolunteerInEvent(eventId: $id, volunteerId: $v) { id } }`,
    vars: (a) => ({ v: ids[OWN_VOLUNTEER[a]] }),
  },
  inviteVolunteerToEvent: {
    entity: 'ServiceEvent',
    op: `mutation($id: ID!, $v: ID!) { inviteVolunteerToEvent(eventId: $id, volunteerId: $v) { id } }`,
    vars: (a) => ({ v: ids[OWN_VOLUNTEER[a]] }),
  },
  cancelSignUp: { entity: 'Participation', op: participationOp('cancelSignUp') },
  checkIn: { entity: 'Participation', op: participationOp('checkIn') },
  checkOut: { entity: 'Participation', op: participationOp('checkOut') },
  undoCheckIn: { entity: 'Participation', op: participationOp('undoCheckIn', ', reason: "x"') },
  recordPersonTimesServed: { entity: 'Participation', op: participationOp('recordPersonTimesServed', ', count: 1') },
  // Signed up, not completed: inside, verification meets the sign-up's state.
  verifyHours: {
    entity: 'Participation',
    op: `mutation($id: ID!) { verifyHours(participationIds: [$id]) { id } }`,
  },
  requestHourCorrection: {
    entity: 'Participation',
    op: `mutation($id: ID!) { requestHourCorrection(input: { participationId: $id, requestedMinutes: 30, reason: "x" }) { id } }`,
  },
  respondToEventInvitation: {
    entity: 'EventInvitation',
    op: `mutation($id: ID!) { respondToEventInvitation(invitationId: $id, version: ${V}, accept: true) { id } }`,
  },
  resolveHourCorrection: { entity: 'HourCorrection', op: byId('resolveHourCorrection', ', approve: true') },
  reviewHourReport: { entity: 'HourReport', op: byId('reviewHourReport', ', approve: true') },
  updateOrganisation: { entity: 'Organisation', op: byId('updateOrganisation', ', input: {}') },
  setOrganisationStatus: {
    entity: 'Organisation',
    op: byId('setOrganisationStatus', ', status: SUSPENDED, reason: "x"'),
  },
  updateServiceStation: { entity: 'ServiceStation', op: byId('updateServiceStation', ', input: {}') },
  setServiceStationStatus: {
    entity: 'ServiceStation',
    op: byId('setServiceStationStatus', ', status: SUSPENDED, reason: "x"'),
  },
  updateStationBoard: { entity: 'ServiceStation', op: byId('updateStationBoard', ', input: {}') },
  updateVolunteerTeam: { entity: 'VolunteerTeam', op: byId('updateVolunteerTeam', ', input: {}') },
  setVolunteerTeamStatus: {
    entity: 'VolunteerTeam',
    op: byId('setVolunteerTeamStatus', ', status: SUSPENDED, reason: "x"'),
  },
  updateServiceType: { entity: 'ServiceType', op: byId('updateServiceType', ', input: {}') },
  setServiceTypeStatus: { entity: 'ServiceType', op: byId('setServiceTypeStatus', ', status: SUSPENDED, reason: "x"') },
  voidDonation: { entity: 'Donation', op: byId('voidDonation', ', reason: "x"') },
  assignServiceRequest: {
    entity: 'ServiceRequest',
    op: `mutation($id: ID!, $v: ID!) { assignServiceRequest(id: $id, version: ${V}, volunteerId: $v) { id } }`,
    vars: (a) => ({ v: ids[OWN_VOLUNTEER[a]] }),
  },
  completeServiceRequest: { entity: 'ServiceRequest', op: byId('completeServiceRequest', ', minutes: 30') },
  cancelServiceRequest: { entity: 'ServiceRequest', op: byId('cancelServiceRequest', ', reason: "x"') },
  enrolInTraining: {
    entity: 'TrainingSession',
    op: `mutation($id: ID!, $v: ID!) { enrolInTraining(sessionId: $id, volunteerIds: [$v]) { enrolled } }`,
    vars: (a) => ({ v: ids[OWN_VOLUNTEER[a]] }),
  },
  recordTrainingAttendance: {
    entity: 'TrainingSession',
    op: `mutation($id: ID!) { recordTrainingAttendance(sessionId: $id, attendedVolunteerIds: []) { id } }`,
  },
};
function participationOp(m: string, rest = '') {
  return `mutation($id: ID!) { ${m}(participationId: $id, version: ${V}${rest}) { id } }`;
}
/** A volunteer each account sees, for mutations that name one beside their target. */
const OWN_VOLUNTEER: Record<Account, Row> = { alpha: 'a2', north: 'a1', station: 'a1', a1: 'a1', dual: 'b2' };

/**
 * Mutations naming a row that the matrix leaves to their own tests, and why. Everything else that
 * names a row by an id argument must be in TARGETS.
 */
const ELSEWHERE: Record<string, string> = {
  assignRole: 'accounts: the grant policy (write-policy.test.ts, auth tests)',
  revokeRole: 'accounts: the grant policy',
  resetPassword: 'accounts: the grant policy',
  disableAccount: 'accounts: the grant policy',
  resendInvitation: 'accounts: the grant policy',
  revokeInvitation: 'accounts: the grant policy',
  revealPersonalData: 'a read, by the personal-data rules (access tests)',
  respondToCampaignInvitation: "the caller's own organisation's invitation (campaign-invitation-can.test.ts)",
  checkInWithCode: 'a code, not a row: the event is found by the code (attendance.test.ts)',
  checkOutWithCode: 'a code, not a row (attendance.test.ts)',
  cancelBackgroundJob: "the viewer's own jobs only (spreadsheet-import.test.ts)",
  confirmSpreadsheetImport: "the viewer's own uploads only (spreadsheet-import.test.ts)",
  markNotificationsRead: "the viewer's own notices only (notifications.test.ts)",
  setStarThresholds: 'a region setting (stars tests)',
  updateSkill: 'the city skill list (registry tests)',
};
const ROW_ARGS = ['id', 'participationId', 'participationIds', 'eventId', 'campaignId', 'sessionId', 'invitationId'];

let t: TestDatabase;
let server: TestServer;
const as = {} as Record<Account, Client>;
const ids: Record<Row, string> = {};
let rules: Map<string, readonly string[]>;
let footprintSql = '';

beforeAll(async () => {
  t = await createSeededDatabase('write_matrix');
  server = await startTestServer(t.db);
  const hub = await server.as('hub.admin');
  const w = await buildKnownWorld(t.db, hub);
  const ww = await buildWriteWorld(t.db, w);
  const dual = await inviteAndActivate(hub, hub, {
    username: 'write.dual',
    roles: [
      { role: 'VOLUNTEER', volunteerId: toGlobalId('Volunteer', w.volunteer.b1) },
      { role: 'REGION_ADMIN', regionId: toGlobalId('Region', w.region.south) },
    ],
  });
  expect(dual.errors).toBeUndefined();
  const usernames: Record<Account, string> = { ...w.account, dual: 'write.dual' };
  for (const a of ACCOUNTS) as[a] = await server.as(usernames[a]);
  const put = (type: Entity, keys: Record<string, string>) =>
    Object.entries(keys).forEach(([k, id]) => (ids[k] = toGlobalId(type, id)));
  put('Volunteer', w.volunteer);
  put('Beneficiary', w.beneficiary);
  put('Pairing', w.pairing);
  put('Campaign', w.campaign);
  put('ServiceEvent', w.event);
  put('Organisation', { oA: w.org.alpha, oB: w.org.beta, oBr: w.org.branch, oGamma: ww.gamma });
  put('ServiceStation', ww.station);
  put('VolunteerTeam', ww.team);
  put('PairingVisit', ww.visit);
  put('Donation', ww.donation);
  put('ServiceRequest', ww.request);
  put('TrainingSession', ww.session);
  put('HourReport', ww.report);
  put('EventInvitation', ww.invitation);
  put('HourCorrection', ww.correction);
  const types = await t.db.query<Array<{ id: string }>>(`SELECT id::text FROM service_type ORDER BY id LIMIT 2`);
  put('ServiceType', { y1: types[0].id, y2: types[1].id });
  const parts = await t.db.query<Array<{ id: string; e: string; v: string }>>(
    `SELECT id::text, event_id::text AS e, volunteer_id::text AS v FROM participation WHERE event_id = ANY($1::bigint[])`,
    [Object.values(w.event)],
  );
  const keyOf = (table: Record<string, string>, id: string) => Object.entries(table).find(([, v]) => v === id)![0];
  for (const p of parts) ids[`${keyOf(w.event, p.e)}${keyOf(w.volunteer, p.v)}`] = toGlobalId('Participation', p.id);
  rules = rootFieldRules();
  // Every table's rows and versions, and the audit log: what a refused write must leave as it was.
  const tables = await t.db.query<Array<{ name: string; versioned: boolean }>>(
    `SELECT c.relname AS name, EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'version') AS versioned
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT IN ('migrations', 'login_attempt') ORDER BY 1`,
  );
  footprintSql = `SELECT ${tables
    .map(
      (x) =>
        `(SELECT count(*) || ':' || ${x.versioned ? 'COALESCE(sum(version), 0)' : "''"} FROM "${x.name}") AS "${x.name}"`,
    )
    .join(', ')}`;
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

const footprint = async () => (await t.db.query<unknown[]>(footprintSql))[0];
type Res = { data?: unknown; errors?: Array<{ extensions?: { code?: string; fields?: Array<{ key: string }> } }> };
const codeOf = (res: Res) => res.errors?.[0]?.extensions?.code;
/** Refused by the scope: the row (or a row the input names, on its field) does not exist for the caller, or may not be changed. */
const refused = (res: Res) => {
  const ext = res.errors?.[0]?.extensions;
  if (ext?.code === 'NOT_FOUND' || ext?.code === 'FORBIDDEN') return true;
  return ext?.code === 'BAD_USER_INPUT' && ['notFound', 'forbidden'].includes(ext.fields?.[0]?.key ?? '');
};
const permissionsOf = (mutation: string) => [...(rules.get(mutation) ?? [])] as Permission[];
const holds = (a: Account, p: Permission) => ROLES[a].some((r) => GRANTS[r].includes(p));

describe('the write matrix', () => {
  it('names every mutation whose arguments name an existing row (or says which test covers it)', async () => {
    const { subgraphSchema } = await buildHubSchemas();
    const fields = subgraphSchema.getMutationType()!.getFields();
    const naming = Object.values(fields)
      .filter((f) => f.args.some((arg) => ROW_ARGS.includes(arg.name)) || TARGETS[f.name])
      .map((f) => f.name);
    expect(naming.filter((m) => !TARGETS[m] && !ELSEWHERE[m])).toEqual([]);
    expect(Object.keys(TARGETS).filter((m) => !fields[m])).toEqual([]);
    // Every permission a target's mutation needs has its rows written down.
    const missing = Object.entries(TARGETS).flatMap(([m, { entity }]) =>
      permissionsOf(m)
        .filter((p) => !(`${entity}:${p}` in MAY))
        .map((p) => `${m} ${entity}:${p}`),
    );
    expect(missing).toEqual([]);
  });

  const cases = Object.keys(TARGETS).flatMap((m) => ACCOUNTS.map((a) => [m, a] as const));
  it.each(cases)('%s as %s: changes exactly its rows; others are refused and unchanged', async (mutation, a) => {
    const { entity, op, vars } = TARGETS[mutation];
    const held = permissionsOf(mutation).filter((p) => holds(a, p));
    const may = new Set(held.flatMap((p) => MAY[`${entity}:${p}`]?.[a] ?? []));
    for (const key of ROWS[entity]) {
      const before = may.has(key) ? null : await footprint();
      const res = (await as[a].raw(op, { id: ids[key], ...vars?.(a) })) as Res;
      const code = codeOf(res);
      const where = `${mutation} as ${a} on ${key}: ${JSON.stringify(res.errors?.[0]?.extensions ?? res.data)}`;
      if (!held.length) expect(code, where).toBe('FORBIDDEN');
      else expect(refused(res), where).toBe(!may.has(key));
      // Inside, the call reached the row: not a malformed operation nor a crash.
      if (may.has(key)) expect(['GRAPHQL_VALIDATION_FAILED', 'INTERNAL_SERVER_ERROR'], where).not.toContain(code);
      if (before) expect(await footprint(), where).toEqual(before);
    }
  });
});
