// Pairings at work: proposed across organisations, accepted only by the helped side, visited (with
// a donation), overdue by an injectable clock and a configurable number of days, paused and ended.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../src/common/node';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { nodeAs, startTestServer, type Client, type GqlResponse, type TestServer } from './helpers/server';
import { graphql } from './generated';
import { inviteAndActivate } from './helpers/accounts';
import type { LogPairingVisitInput, PairingFieldsFragment, ProposePairingInput } from './generated/graphql';
import { PROPOSE, ACCEPT, PAUSE, RESUME, END, VISIT, OVERDUE } from './operations/pairings';

const DAY = 86_400_000;
/** The business clock of the main server: after the demo year, so seeded visits lie in the past. */
const T0 = new Date('2027-02-01T10:00:00+08:00');
const TODAY = '2027-02-01';

let t: TestDatabase;
const servers: TestServer[] = [];
let server: TestServer;
let hub: Client;
let youth: Client;
let women: Client;
let ngo: Client;
let district: Client;
let volunteer: Client;
let dpf: Client;
const ids = {} as Record<
  'youth' | 'dpf' | 'ngo' | 'volunteer' | 'beneficiary' | 'cadre' | 'household' | 'institution' | 'notInstitution',
  string
>;
const sql = async <T = SqlRow>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);
const count = async (table: string) => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
const g = (type: string, id: string) => toGlobalId(type, id);
const rowId = (globalId: string) => fromGlobalId(globalId).id;
const fieldsOf = (res: GqlResponse<unknown>) => res.errors?.[0].extensions?.fields?.map((f) => [f.field, f.key]);

async function serverAt(now: Date, settings?: { pairingOverdueDays: number; attendanceShare: number }) {
  const s = await startTestServer(t.db, { now: () => now, settings });
  servers.push(s);
  return s;
}

beforeAll(async () => {
  t = await createSeededDatabase('pairings');
  server = await serverAt(T0);
  [hub, youth, women, ngo, district, volunteer] = await Promise.all(
    ['hub.admin', 'youth.admin', 'women.admin', 'ngo.admin', 'district.admin', 'volunteer.demo'].map((u) =>
      server.as(u),
    ),
  );
  [{ id: ids.youth }] = await sql(
    `SELECT id::text FROM organisation WHERE kind = 'YOUTH_LEAGUE' ORDER BY organisation.id LIMIT 1`,
  );
  const [d] = await sql(`SELECT id::text, path FROM region WHERE level = 'DISTRICT' ORDER BY region.id LIMIT 1`);
  [{ id: ids.dpf }] = await sql(`SELECT id::text FROM organisation WHERE kind = 'DPF' AND region_id = $1`, [d.id]);
  [{ id: ids.volunteer }] = await sql(
    `SELECT id::text FROM volunteer WHERE organisation_id = $1 AND status = 'ACTIVE' AND category = 'STUDENT' ORDER BY volunteer.id LIMIT 1`,
    [ids.youth],
  );
  [{ id: ids.beneficiary }] = await sql(
    `SELECT b.id::text FROM beneficiary b JOIN region r ON r.id = b.region_id WHERE r.path LIKE $1 || '%'
       AND NOT EXISTS (SELECT 1 FROM pairing p WHERE p.beneficiary_id = b.id) ORDER BY b.id LIMIT 1`,
    [d.path],
  );
  [{ id: ids.cadre }] = await sql(
    `SELECT id::text FROM volunteer WHERE category = 'PARTY_CADRE' AND status = 'ACTIVE' ORDER BY volunteer.id LIMIT 1`,
  );
  [{ id: ids.household }] = await sql(
    `SELECT h.id::text FROM household h JOIN region r ON r.id = h.region_id WHERE r.path LIKE $1 || '%'
       AND NOT EXISTS (SELECT 1 FROM pairing p WHERE p.household_id = h.id) ORDER BY h.id LIMIT 1`,
    [d.path],
  );
  [{ id: ids.ngo }] = await sql(
    `SELECT lead_organisation_id::text AS id FROM campaign WHERE name LIKE '%我是你的眼%' ORDER BY campaign.id LIMIT 1`,
  );
  [{ id: ids.institution }] = await sql(
    `SELECT o.id::text FROM organisation o WHERE o.kind = 'SERVICE_INSTITUTION'
       AND NOT EXISTS (SELECT 1 FROM pairing p WHERE p.institution_id = o.id AND p.owner_a_id = $1) ORDER BY o.id LIMIT 1`,
    [ids.ngo],
  );
  [{ id: ids.notInstitution }] = await sql(
    `SELECT id::text FROM organisation WHERE kind = 'UNIVERSITY' ORDER BY organisation.id LIMIT 1`,
  );
  // An admin of the district federation: the helped side of pairings in the first district.
  const created = await inviteAndActivate(server, hub, {
    username: 'dpf.admin',
    displayName: '区残联联络员',
    roles: [{ role: 'ORG_ADMIN', organisationId: g('Organisation', ids.dpf) }],
  });
  expect(created.errors).toBeUndefined();
  dpf = await server.as('dpf.admin');
});
afterAll(async () => {
  for (const s of servers) await s.close();
  await t?.drop();
});

const oneHelpsOne = (over: Partial<ProposePairingInput> = {}): ProposePairingInput => ({
  kind: 'VOLUNTEER_BENEFICIARY',
  volunteerId: g('Volunteer', ids.volunteer),
  beneficiaryId: g('Beneficiary', ids.beneficiary),
  ...over,
});

describe('proposing and accepting a pairing', () => {
  let pairing: PairingFieldsFragment;

  it('lets an organisation propose across organisations: owner A is the proposer, owner B the helped side’s federation branch', async () => {
    const before = await count('pairing');
    const res = await youth.gql(PROPOSE, { input: oneHelpsOne({ idempotencyKey: 'propose-one-helps-one-1' }) });
    expect(res.errors).toBeUndefined();
    pairing = res.data.proposePairing;
    expect(pairing).toMatchObject({
      kind: 'VOLUNTEER_BENEFICIARY',
      status: 'PROPOSED',
      startedOn: null,
      overdue: false,
      ownerA: { id: g('Organisation', ids.youth) },
      ownerB: { id: g('Organisation', ids.dpf) },
    });
    // A retry with the same key returns the first pairing and creates nothing more.
    const retry = await youth.gql(PROPOSE, { input: oneHelpsOne({ idempotencyKey: 'propose-one-helps-one-1' }) });
    expect(retry.data.proposePairing.id).toBe(pairing.id);
    expect(await count('pairing')).toBe(before + 1);
    const [row] = await sql(`SELECT household_id::text FROM pairing WHERE id = $1`, [rowId(pairing.id)]);
    const [b] = await sql(`SELECT household_id::text FROM beneficiary WHERE id = $1`, [ids.beneficiary]);
    expect(row.household_id).toBe(b.household_id); // the household follows the person, as in the seed
    const [audit] = await sql(
      `SELECT action, actor_id IS NOT NULL AS by_someone FROM audit_log WHERE record_type = 'Pairing' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toEqual({ action: 'PROPOSE_PAIRING', by_someone: true });
  });

  it('refuses the same key for a different proposal, and a second open pairing of the same parties', async () => {
    const reused = await youth.gql(PROPOSE, {
      input: oneHelpsOne({
        idempotencyKey: 'propose-one-helps-one-1',
        counterpartOrganisationId: g('Organisation', ids.youth),
      }),
    });
    expect(reused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', messageKey: 'idempotencyKeyReused' });
    const twice = await youth.gql(PROPOSE, { input: oneHelpsOne() });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', messageKey: 'pairingExists' });
  });

  it('refuses parties that do not fit the kind, naming each field, and writes nothing', async () => {
    const [pairings, audits] = [await count('pairing'), await count('audit_log')];
    const wrong = await youth.gql(PROPOSE, {
      input: oneHelpsOne({ beneficiaryId: null, householdId: g('Household', ids.household) }),
    });
    expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(wrong)).toEqual([
      ['beneficiaryId', 'pairingPartiesInvalid'],
      ['householdId', 'pairingPartiesInvalid'],
    ]);
    const notCadre = await youth.gql(PROPOSE, {
      input: {
        kind: 'CADRE_HOUSEHOLD',
        volunteerId: g('Volunteer', ids.volunteer),
        householdId: g('Household', ids.household),
      },
    });
    expect(fieldsOf(notCadre)).toEqual([['volunteerId', 'pairingPartiesInvalid']]);
    const notInstitution = await ngo.gql(PROPOSE, {
      input: { kind: 'ORGANISATION_INSTITUTION', institutionId: g('Organisation', ids.notInstitution) },
    });
    expect(fieldsOf(notInstitution)).toEqual([['institutionId', 'pairingPartiesInvalid']]);
    // Another organisation's volunteer is not the youth league's to offer.
    const [other] = await sql<{ id: string }>(
      `SELECT id::text FROM volunteer WHERE organisation_id <> $1 AND status = 'ACTIVE' ORDER BY volunteer.id LIMIT 1`,
      [ids.youth],
    );
    const foreign = await youth.gql(PROPOSE, { input: oneHelpsOne({ volunteerId: g('Volunteer', other.id) }) });
    expect(fieldsOf(foreign)).toEqual([['volunteerId', 'notFound']]);
    expect([await count('pairing'), await count('audit_log')]).toEqual([pairings, audits]);
  });

  it('refuses acceptance by the proposing side (wrong side) and hides the proposal from others, writing nothing', async () => {
    const audits = await count('audit_log');
    const own = await youth.gql(ACCEPT, { id: pairing.id, v: pairing.version });
    expect(own.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', messageKey: 'wrongSide' });
    const stranger = await women.gql(ACCEPT, { id: pairing.id, v: pairing.version });
    expect(stranger.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const [row] = await sql(`SELECT status, version FROM pairing WHERE id = $1`, [rowId(pairing.id)]);
    expect(row).toEqual({ status: 'PROPOSED', version: pairing.version });
    expect(await count('audit_log')).toBe(audits);
  });

  it('shows the confirming side both parties by name, as the proposer sees them, not the records behind them', async () => {
    const PARTIES = graphql(`
      query PairingParties($id: ID!) {
        node(id: $id) {
          ... on Pairing {
            volunteer {
              id
            }
            parties {
              helper
              helped
            }
          }
        }
      }
    `);
    const [names] = await sql<{ helper: string; helped: string }>(
      `SELECT v.real_name AS helper, b.real_name AS helped FROM volunteer v, beneficiary b WHERE v.id = $1 AND b.id = $2`,
      [ids.volunteer, ids.beneficiary],
    );
    const proposer = await youth.gql(PARTIES, { id: pairing.id });
    const confirmer = await dpf.gql(PARTIES, { id: pairing.id });
    expect(proposer.data.node).toMatchObject({ parties: names });
    expect(confirmer.data.node).toMatchObject({ parties: names });
    // The volunteer's record stays outside the federation branch's scope: only the name comes with the pairing.
    expect(confirmer.data.node).toMatchObject({ volunteer: null });
    const stranger = await women.gql(PARTIES, { id: pairing.id });
    expect(stranger.data.node).toBeNull();
  });

  it('refuses a stale version with CONFLICT', async () => {
    const stale = await dpf.gql(ACCEPT, { id: pairing.id, v: pairing.version + 1 });
    expect(stale.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'staleVersion',
      currentVersion: pairing.version,
    });
  });

  it('is accepted by the helped side’s organisation and starts today by the business clock', async () => {
    const res = await dpf.gql(ACCEPT, { id: pairing.id, v: pairing.version });
    expect(res.errors).toBeUndefined();
    expect(res.data.acceptPairing).toMatchObject({ status: 'ACTIVE', startedOn: TODAY, overdue: false });
    expect(res.data.acceptPairing.version).toBe(pairing.version + 1);
    pairing = res.data.acceptPairing;
    const again = await dpf.gql(ACCEPT, { id: pairing.id, v: pairing.version });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'INVALID_STATE', messageKey: 'invalidTransition' });
  });

  describe('visits', () => {
    const visit = (over: Partial<LogPairingVisitInput> = {}): LogPairingVisitInput => ({
      pairingId: pairing.id,
      visitedOn: TODAY,
      minutes: 90,
      mode: 'HOME',
      notes: '送去米面油',
      ...over,
    });

    it('logs a visit with an in-kind donation linked to the visit and the pairing', async () => {
      const res = await youth.gql(VISIT, {
        input: visit({
          donation: { kind: 'IN_KIND', item: '大米', quantity: 2, unit: '袋' },
          idempotencyKey: 'visit-2027-02-01',
        }),
      });
      expect(res.errors).toBeUndefined();
      const { visit: v, pairing: p, donation } = res.data.logPairingVisit;
      expect(v).toMatchObject({ visitedOn: TODAY, minutes: 90, mode: 'HOME' });
      expect(new Date(p.lastVisitAt!).toISOString()).toBe('2027-02-01T04:00:00.000Z'); // noon in the city
      expect(p.version).toBe(pairing.version); // the visit cache does not make the pairing stale
      expect(donation).toMatchObject({
        kind: 'IN_KIND',
        item: '大米',
        quantity: 2,
        unit: '袋',
        amountFen: null,
        donorOrganisation: { id: g('Organisation', ids.youth) },
      });
      const [row] = await sql(
        `SELECT pairing_id::text, beneficiary_id::text, donated_on FROM donation WHERE visit_id = $1`,
        [rowId(v.id)],
      );
      expect(row).toEqual({ pairing_id: rowId(pairing.id), beneficiary_id: ids.beneficiary, donated_on: TODAY });
      const [visits, donations] = [await count('pairing_visit'), await count('donation')];
      const retry = await youth.gql(VISIT, {
        input: visit({
          donation: { kind: 'IN_KIND', item: '大米', quantity: 2, unit: '袋' },
          idempotencyKey: 'visit-2027-02-01',
        }),
      });
      expect(retry.data.logPairingVisit.visit.id).toBe(v.id);
      expect([await count('pairing_visit'), await count('donation')]).toEqual([visits, donations]);
    });

    it('refuses a future date, a date before the start, a bad length and a cash gift without an amount', async () => {
      const [visits, donations] = [await count('pairing_visit'), await count('donation')];
      const future = await youth.gql(VISIT, { input: visit({ visitedOn: '2027-02-02', donation: { kind: 'CASH' } }) });
      expect(fieldsOf(future)).toEqual([
        ['visitedOn', 'dateInFuture'],
        ['donation.amountFen', 'required'],
      ]);
      const early = await youth.gql(VISIT, { input: visit({ visitedOn: '2027-01-31' }) });
      expect(early.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'visitedOn',
        messageKey: 'visitBeforeStart',
      });
      const long = await youth.gql(VISIT, { input: visit({ minutes: 1441 }) });
      expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'minutes' });
      expect([await count('pairing_visit'), await count('donation')]).toEqual([visits, donations]);
    });

    it('lets a volunteer log visits of their own pairing, and no one else’s', async () => {
      const [own] = await sql<{ id: string; started_on: string }>(
        `SELECT p.id::text, p.started_on FROM pairing p JOIN role_assignment ra ON ra.volunteer_id = p.volunteer_id
          JOIN user_account a ON a.id = ra.account_id WHERE a.username = 'volunteer.demo' AND p.status = 'ACTIVE' ORDER BY p.id LIMIT 1`,
      );
      const mine = await volunteer.gql(VISIT, {
        input: visit({
          pairingId: g('Pairing', own.id),
          mode: 'PHONE',
          donation: { kind: 'CASH', amountFen: 20000, personal: true },
        }),
      });
      expect(mine.errors).toBeUndefined();
      expect(mine.data.logPairingVisit.donation).toMatchObject({
        kind: 'CASH',
        amountFen: 20000,
        donorOrganisation: null,
      });
      expect(mine.data.logPairingVisit.donation?.donorName).toBeTruthy();
      const theirs = await volunteer.gql(VISIT, { input: visit() });
      expect(theirs.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('overdue, by the clock and the setting', () => {
    const listed = async (s: TestServer, username: string) => {
      const c = await s.as(username);
      const res = await c.gql(OVERDUE, { f: { overdue: true, volunteerId: g('Volunteer', ids.volunteer) } });
      expect(res.errors).toBeUndefined();
      const node = await c.gql(
        graphql(`
          query PairingOverdueNode($id: ID!) {
            node(id: $id) {
              __typename
              ... on Pairing {
                overdue
              }
            }
          }
        `),
        { id: pairing.id },
      );
      return {
        listed: res.data.pairings.nodes.some((n) => n.id === pairing.id),
        overdue: nodeAs(node.data.node, 'Pairing').overdue,
      };
    };

    it('is not overdue 59 days after the last visit, and is 61 days after', async () => {
      expect(await listed(await serverAt(new Date(T0.getTime() + 59 * DAY)), 'youth.admin')).toEqual({
        listed: false,
        overdue: false,
      });
      expect(await listed(await serverAt(new Date(T0.getTime() + 61 * DAY)), 'youth.admin')).toEqual({
        listed: true,
        overdue: true,
      });
      const notOverdue = await youth.gql(OVERDUE, {
        f: { overdue: false, volunteerId: g('Volunteer', ids.volunteer) },
      });
      expect(notOverdue.data.pairings.nodes.map((n) => n.id)).toContain(pairing.id);
    });

    it('follows the configured number of days, in lists, fields and the dashboard', async () => {
      const at = new Date(T0.getTime() + 59 * DAY);
      const thirty = await serverAt(at, { pairingOverdueDays: 30, attendanceShare: 0.6 });
      expect(await listed(thirty, 'youth.admin')).toEqual({ listed: true, overdue: true });
      // The dashboard caches by lens and data version: a different setting must not read the other's figure.
      const filter = { from: '2027-01-01T00:00:00+08:00', to: at.toISOString() };
      const dash = async (s: TestServer) =>
        (
          await (
            await s.as('hub.admin')
          ).gql(
            graphql(`
              query Dashboard5($f: DashboardFilter) {
                dashboard(filter: $f) {
                  pairings {
                    overdue
                  }
                }
              }
            `),
            { f: filter },
          )
        ).data.dashboard.pairings.overdue;
      const sixty = await serverAt(at);
      const n60 = await dash(sixty);
      const n30 = await dash(thirty);
      expect(n30).toBeGreaterThan(n60);
    });
  });

  describe('pausing, resuming and ending', () => {
    it('pauses (no longer overdue), refuses visits while paused, resumes', async () => {
      const paused = await dpf.gql(PAUSE, { id: pairing.id, v: pairing.version, r: '服务对象住院' });
      expect(paused.errors).toBeUndefined();
      expect(paused.data.pausePairing).toMatchObject({ status: 'PAUSED', overdue: false });
      const visit = await youth.gql(VISIT, {
        input: { pairingId: pairing.id, visitedOn: TODAY, minutes: 30, mode: 'PHONE' },
      });
      expect(visit.errors?.[0].extensions).toMatchObject({ code: 'INVALID_STATE', messageKey: 'invalidTransition' });
      const resumed = await youth.gql(RESUME, { id: pairing.id, v: paused.data.pausePairing.version });
      expect(resumed.data.resumePairing.status).toBe('ACTIVE');
      pairing = resumed.data.resumePairing;
    });

    it('ends only with a reason, once', async () => {
      const audits = await count('audit_log');
      const blank = await youth.gql(END, { id: pairing.id, v: pairing.version, r: '  ' });
      expect(blank.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'reason',
        messageKey: 'reasonRequired',
      });
      expect(await count('audit_log')).toBe(audits);
      const ended = await youth.gql(END, { id: pairing.id, v: pairing.version, r: '志愿者毕业离开本市' });
      expect(ended.errors).toBeUndefined();
      expect(ended.data.endPairing).toMatchObject({
        status: 'ENDED',
        endedOn: TODAY,
        endReason: '志愿者毕业离开本市',
        overdue: false,
      });
      const [audit] = await sql(
        `SELECT action, reason, before->>'status' AS before FROM audit_log ORDER BY id DESC LIMIT 1`,
      );
      expect(audit).toEqual({ action: 'END_PAIRING', reason: '志愿者毕业离开本市', before: 'ACTIVE' });
      const again = await youth.gql(END, { id: pairing.id, v: ended.data.endPairing.version, r: 'x' });
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'INVALID_STATE', messageKey: 'invalidTransition' });
      // Once ended, the same parties may be paired again.
      const anew = await youth.gql(PROPOSE, { input: oneHelpsOne() });
      expect(anew.errors).toBeUndefined();
    });
  });
});

describe('other kinds of pairing', () => {
  it('pairs a federation cadre with a household: proposed by the hub for the city federation, accepted by the district admin', async () => {
    const [cityDpf] = await sql<{ id: string }>(
      `SELECT o.id::text FROM organisation o JOIN region r ON r.id = o.region_id WHERE o.kind = 'DPF' AND r.level = 'CITY'`,
    );
    const res = await hub.gql(PROPOSE, {
      input: {
        kind: 'CADRE_HOUSEHOLD',
        volunteerId: g('Volunteer', ids.cadre),
        householdId: g('Household', ids.household),
        proposerOrganisationId: g('Organisation', cityDpf.id),
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.proposePairing).toMatchObject({
      ownerA: { id: g('Organisation', cityDpf.id) },
      ownerB: { id: g('Organisation', ids.dpf) },
    });
    const accepted = await district.gql(ACCEPT, { id: res.data.proposePairing.id, v: res.data.proposePairing.version });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptPairing.status).toBe('ACTIVE');
  });

  it('pairs an NGO with a service institution, which is owner B itself', async () => {
    const res = await ngo.gql(PROPOSE, {
      input: { kind: 'ORGANISATION_INSTITUTION', institutionId: g('Organisation', ids.institution) },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.proposePairing).toMatchObject({
      ownerA: { id: g('Organisation', ids.ngo) },
      ownerB: { id: g('Organisation', ids.institution) },
    });
    const own = await ngo.gql(ACCEPT, { id: res.data.proposePairing.id, v: res.data.proposePairing.version });
    expect(own.errors?.[0].extensions?.messageKey).toBe('wrongSide');
    const byHub = await hub.gql(ACCEPT, { id: res.data.proposePairing.id, v: res.data.proposePairing.version });
    expect(byHub.data.acceptPairing.status).toBe('ACTIVE');
  });
});
