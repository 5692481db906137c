// What `viewerCan` reports is what the mutation allows: for every account of the known world (one
// per role, one holding two, and an admin of an invited organisation) and every row, a station's
// `edit` and `editBoard`, an invitation's `respond` and a visit's `confirm` and `decline` are true
// exactly when the mutation, sent with a stale version, passes the write policy (and false when
// it is refused as NOT_FOUND or FORBIDDEN, or by the row's state).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import { inviteAndActivate } from './helpers/accounts';
import type { TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { buildKnownWorld, type KnownWorld } from './helpers/known-world';
import { startTestServer, type Client, type TestServer } from './helpers/server';
import { buildWriteWorld, type WriteWorld } from './helpers/write-world';

type Account = 'alpha' | 'north' | 'station' | 'a1' | 'dual' | 'beta';
const ACCOUNTS: Account[] = ['alpha', 'north', 'station', 'a1', 'dual', 'beta'];
type Res = { data?: unknown; errors?: Array<{ extensions?: { code?: string; fields?: Array<{ key: string }> } }> };

let t: TestDatabase;
let server: TestServer;
let w: KnownWorld;
let ww: WriteWorld;
const as = {} as Record<Account, Client>;
/** k3: alpha's published campaign inviting beta and the branch; k4: the same, closed. */
const k = { k3: '', k4: '' };
const g = toGlobalId;

/** The write policy let the call through: it failed, if at all, on the stale version or the input. */
const passed = (res: Res) => {
  const ext = res.errors?.[0]?.extensions;
  if (!ext) return true;
  if (['NOT_FOUND', 'FORBIDDEN', 'INVALID_STATE'].includes(ext.code ?? '')) return false;
  if (ext.code === 'BAD_USER_INPUT' && ['notFound', 'forbidden'].includes(ext.fields?.[0]?.key ?? '')) return false;
  return true;
};

beforeAll(async () => {
  t = await createSeededDatabase('viewer_can');
  server = await startTestServer(t.db);
  const hub = await server.as('hub.admin');
  w = await buildKnownWorld(t.db, hub);
  ww = await buildWriteWorld(t.db, w);
  for (const [username, roles] of [
    [
      'can.dual',
      [
        { role: 'VOLUNTEER', volunteerId: g('Volunteer', w.volunteer.b1) },
        { role: 'REGION_ADMIN', regionId: g('Region', w.region.south) },
      ],
    ],
    ['can.beta', [{ role: 'ORG_ADMIN', organisationId: g('Organisation', w.org.beta) }]],
  ] as const) {
    const res = await inviteAndActivate(hub, hub, { username, roles: [...roles] });
    expect(res.errors).toBeUndefined();
  }
  const names: Record<Account, string> = { ...w.account, dual: 'can.dual', beta: 'can.beta' };
  for (const a of ACCOUNTS) as[a] = await server.as(names[a]);
  for (const [key, status] of [
    ['k3', 'PUBLISHED'],
    ['k4', 'CLOSED'],
  ] as const) {
    const [c] = await t.db.query<Array<{ id: string }>>(
      `INSERT INTO campaign (name, starts_on, ends_on, status, lead_organisation_id, region_id)
       VALUES ($1, '2026-05-17', '2026-05-17', $2, $3, $4) RETURNING id::text`,
      [`已知邀请行动${key}`, status, w.org.alpha, w.region.north],
    );
    await t.db.query(
      `INSERT INTO campaign_partner (campaign_id, organisation_id, role, status, responded_at)
       VALUES ($1, $2, 'LEAD', 'ACCEPTED', now()), ($1, $3, 'SUPPORTER', 'INVITED', NULL), ($1, $4, 'SUPPORTER', 'INVITED', NULL)`,
      [c.id, w.org.alpha, w.org.beta, w.org.branch],
    );
    k[key] = c.id;
  }
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

const can = async <T>(a: Account, type: string, id: string, fields: string): Promise<T | null> => {
  const res = await as[a].raw(`query($id: ID!) { node(id: $id) { ... on ${type} { viewerCan { ${fields} } } } }`, {
    id: g(type, id),
  });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return (res.data as { node: { viewerCan: T } | null }).node?.viewerCan ?? null;
};

describe('viewerCan agrees with the mutation', () => {
  it.each(ACCOUNTS)('on stations, as %s: edit and editBoard', async (a) => {
    let boards = 0;
    for (const st of [ww.station.st, ww.station.st2]) {
      const shown = (await can<{ edit: boolean; editBoard: boolean }>(a, 'ServiceStation', st, 'edit editBoard')) ?? {
        edit: false,
        editBoard: false,
      };
      const vars = { id: g('ServiceStation', st) };
      const board = await as[a].raw(
        `mutation($id: ID!) { updateStationBoard(id: $id, version: 999, input: {}) { id } }`,
        vars,
      );
      const edit = await as[a].raw(
        `mutation($id: ID!) { updateServiceStation(id: $id, version: 999, input: {}) { id } }`,
        vars,
      );
      expect(shown, `${a} on ${st}`).toEqual({ edit: passed(edit as Res), editBoard: passed(board as Res) });
      boards += shown.editBoard ? 1 : 0;
    }
    // Written down: the coordinator and the north keep the north's board, the south's admin the south's.
    expect(boards, a).toBe({ alpha: 0, north: 1, station: 1, a1: 0, dual: 1, beta: 0 }[a]);
  });

  it.each(ACCOUNTS)('on campaign invitations, as %s: respond', async (a) => {
    for (const campaign of [k.k3, k.k4]) {
      const res = await as[a].raw(
        `query($id: ID!) { node(id: $id) { ... on Campaign { partners { organisation { id } viewerCan { respond } } } } }`,
        { id: g('Campaign', campaign) },
      );
      const partners =
        (
          res.data as {
            node: { partners: Array<{ organisation: { id: string }; viewerCan: { respond: boolean } }> } | null;
          }
        ).node?.partners ?? [];
      const answer = await as[a].raw(
        // Declining: the lead's own record (already accepted) may not be declined, so only a waiting invitation passes.
        `mutation($id: ID!) { respondToCampaignInvitation(campaignId: $id, accept: false, version: 999) { id } }`,
        { id: g('Campaign', campaign) },
      );
      const shown = partners.filter((p) => p.viewerCan.respond).map((p) => p.organisation.id);
      const lead = (answer as Res).errors?.[0]?.extensions?.fields?.[0]?.key === 'leadCannotDecline';
      expect(shown.length > 0, `${a} on ${campaign}`).toBe(passed(answer as Res) && !lead);
      // Only beta's admin, only beta's invitation, only while the campaign is open.
      const expected = a === 'beta' && campaign === k.k3 ? [g('Organisation', w.org.beta)] : [];
      expect(shown, `${a} on ${campaign}`).toEqual(expected);
    }
  });

  it.each(ACCOUNTS)('on pairing visits, as %s: confirm and decline', async (a) => {
    const reviews: string[] = [];
    for (const v of [ww.visit.v1, ww.visit.v2]) {
      const shown = (await can<{ confirm: boolean; decline: boolean }>(a, 'PairingVisit', v, 'confirm decline')) ?? {
        confirm: false,
        decline: false,
      };
      const vars = { id: g('PairingVisit', v) };
      const confirm = await as[a].raw(`mutation($id: ID!) { confirmPairingVisit(id: $id, version: 999) { id } }`, vars);
      const decline = await as[a].raw(
        `mutation($id: ID!) { declinePairingVisit(id: $id, version: 999, reason: "x") { id } }`,
        vars,
      );
      expect(shown, `${a} on ${v}`).toEqual({ confirm: passed(confirm as Res), decline: passed(decline as Res) });
      if (shown.confirm) reviews.push(v === ww.visit.v1 ? 'v1' : 'v2');
    }
    // Written down: the owners of p1 (alpha) and the north review v1; the south's admin reviews v2.
    expect(reviews, a).toEqual({ alpha: ['v1'], north: ['v1'], station: [], a1: [], dual: ['v2'], beta: ['v2'] }[a]);
  });
});
