// The README is executed: every GraphQL block in it runs, in order, against the seeded demo city, as
// the account its comment names, so a renamed field or a wrong literal in the documentation fails here.
// Each block is preceded by `<!-- as: <account>[; now: <ISO time>][; vars: <JSON>][; expect: <CODE>] -->`;
// a variable written "$name.path" is taken from an earlier answer (by root field) or from `seed`.
import fs from 'node:fs';
import path from 'node:path';
import { parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startTestServer, type Client, type TestServer } from './helpers/server';

interface Block {
  line: number;
  section: string;
  as: string;
  now?: string;
  vars: Record<string, unknown>;
  expect?: string;
  query: string;
  name: string;
}

const README = fs.readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');

/** Every ```graphql block with the comment before it (null when there is none) and its section. */
function readBlocks(markdown: string) {
  const lines = markdown.split('\n');
  const found: Array<{ line: number; section: string; comment: string | null; query: string }> = [];
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const heading = /^#{2,3} (.*)$/.exec(lines[i]);
    if (heading) section = heading[1];
    if (lines[i].trim() !== '```graphql') continue;
    const indent = lines[i].indexOf('`');
    const end = lines.findIndex((l, j) => j > i && l.trim() === '```');
    const query = lines
      .slice(i + 1, end)
      .map((l) => l.slice(indent))
      .join('\n');
    let k = i - 1;
    while (k >= 0 && lines[k].trim() === '') k--;
    const comment = /^\s*<!-- (as: .*) -->\s*$/.exec(lines[k])?.[1] ?? null;
    found.push({ line: i + 1, section, comment, query });
    i = end;
  }
  return found;
}

function toBlock(raw: ReturnType<typeof readBlocks>[number]): Block {
  const fields = Object.fromEntries(
    raw.comment!.split(/;\s*(?=\w+:)/).map((part) => {
      const at = part.indexOf(':');
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()];
    }),
  );
  const op = parse(raw.query).definitions[0] as OperationDefinitionNode;
  return {
    line: raw.line,
    section: raw.section,
    as: fields.as,
    now: fields.now,
    vars: fields.vars ? (JSON.parse(fields.vars) as Record<string, unknown>) : {},
    expect: fields.expect,
    query: raw.query,
    name: op.name?.value ?? `(anonymous at line ${raw.line})`,
  };
}

const all = readBlocks(README);
const blocks = all.filter((b) => b.comment).map(toBlock);

/** What the prose around each block says, checked against the answer (and the database). */
type Fact = (data: Record<string, unknown>) => Promise<void> | void;
const facts: Record<string, Fact> = {};
const seed: Record<string, string> = {};
const answers: Record<string, unknown> = {};

let t: TestDatabase;
let server: TestServer;
let now: Date | null = null;
const clients: Record<string, Client> = {};
const sql = async <T = SqlRow>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);

beforeAll(async () => {
  t = await createSeededDatabase('readme');
  server = await startTestServer(t.db, { now: () => now ?? new Date() });
  const one = async (q: string) => (await sql<{ id: string }>(q))[0].id;
  seed.womensFederation = toGlobalId(
    'Organisation',
    await one(`SELECT id::text FROM organisation WHERE kind = 'WOMENS_FEDERATION' ORDER BY id LIMIT 1`),
  );
  seed.youthLeague = toGlobalId(
    'Organisation',
    await one(`SELECT id::text FROM organisation WHERE kind = 'YOUTH_LEAGUE' ORDER BY id LIMIT 1`),
  );
  seed.station = toGlobalId(
    'ServiceStation',
    await one(`SELECT ra.station_id::text AS id FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id
      WHERE a.username = 'station.coord'`),
  );
  seed.serviceType = toGlobalId('ServiceType', await one(`SELECT id::text FROM service_type ORDER BY id LIMIT 1`));
  const district = await one(`SELECT ra.region_id::text AS id FROM role_assignment ra
      JOIN user_account a ON a.id = ra.account_id WHERE a.username = 'district.admin'`);
  seed.district = toGlobalId('Region', district);
  seed.community = toGlobalId(
    'Region',
    await one(`SELECT c.id::text FROM region c JOIN region d ON c.path LIKE d.path || '%'
      WHERE d.id = ${Number(district)} AND c.level = 'COMMUNITY' ORDER BY c.id LIMIT 1`),
  );
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

function resolve(value: unknown): unknown {
  if (typeof value !== 'string' || !value.startsWith('$')) return value;
  const [root, ...rest] = value.slice(1).split('.');
  let v: unknown = root === 'seed' ? seed : answers[root];
  for (const key of rest) v = (v as Record<string, unknown> | undefined)?.[key];
  if (v === undefined) throw new Error(`${value}: no earlier answer has it`);
  return v;
}

async function clientFor(account: string) {
  if (account === 'anonymous') return server as Client;
  clients[account] ??= await server.as(account);
  return clients[account];
}

describe('the README', () => {
  it('runs every GraphQL block except the federation ones, which need the gateway', () => {
    const unmarked = all.filter((b) => !b.comment && !/Federation/.test(b.section));
    expect(unmarked.map((b) => `line ${b.line}`)).toEqual([]);
    expect(blocks.length).toBeGreaterThan(10);
  });

  it('names what each block shows, and this test checks each of them', () => {
    expect(blocks.map((b) => b.name).sort()).toEqual(Object.keys(facts).sort());
  });

  it('answers every block as the prose says, in order, as the account named', async () => {
    for (const block of blocks) {
      now = block.now ? new Date(block.now) : null;
      const client = await clientFor(block.as);
      const variables = Object.fromEntries(Object.entries(block.vars).map(([k, v]) => [k, resolve(v)]));
      const res = await client.raw(block.query, variables);
      const where = `${block.name} (README line ${block.line}): ${JSON.stringify(res.errors)}`;
      if (block.expect) {
        expect(
          res.errors?.map((e) => e.extensions?.code),
          where,
        ).toEqual([block.expect]);
      } else {
        expect(res.errors, where).toBeUndefined();
        Object.assign(answers, res.data);
      }
      await facts[block.name]?.((res.data ?? {}) as Record<string, unknown>);
    }
  });
});

// The facts, block by block, in README order.
facts.LogIn = (d) => {
  expect(d.login).toMatchObject({
    accessToken: expect.any(String) as unknown,
    viewer: { roles: [{ role: 'REGION_ADMIN' }] },
  });
  expect((d.login as { viewer: { permissions: string[] } }).viewer.permissions).toContain('MANAGE_EVENTS');
};

facts.RegisterPartner = (d) => expect(d.createOrganisation).toMatchObject({ status: 'ACTIVE', version: 1 });

facts.InvitePartnerAdmin = (d) => expect(d.inviteAccount).toEqual({ status: 'PENDING', destination: '139****0001' });

facts.ReadPartnerCode = (d) => {
  const [message] = (d.accountCodeOutbox as { nodes: Array<{ kind: string; link: string }> }).nodes;
  expect(message).toMatchObject({ kind: 'INVITATION', link: expect.stringMatching(/^\/activate\?code=/) as unknown });
};

facts.ActivatePartnerAdmin = async (d) => {
  expect(d.activateAccount).toBe(true);
  const [row] = await sql<{ roles: string[] }>(
    `SELECT array_agg(r.role::text) AS roles FROM user_account a JOIN role_assignment r ON r.account_id = a.id
      WHERE a.mobile = '13912340001' AND a.password_hash IS NOT NULL GROUP BY a.id`,
  );
  expect(row.roles).toEqual(['ORG_ADMIN']);
};

facts.FormTeam = (d) =>
  expect(d.createVolunteerTeam).toEqual({ name: '星光高校志愿者队', organisation: { name: '星光助盲志愿服务中心' } });

facts.OpenStation = (d) =>
  expect((d.createServiceStation as { organisation: unknown }).organisation).toEqual({ name: '星光助盲志愿服务中心' });

facts.InviteCoordinator = (d) =>
  expect(d.inviteAccount).toEqual({ status: 'PENDING', destination: 'l***@xingguang.example.org' });

facts.ThemeDays = (d) => {
  const days = d.themeDayPresets as Array<{ themeDay: string; date: string }>;
  expect(days).toHaveLength(5);
  expect(days).toContainEqual(expect.objectContaining({ themeDay: 'HELP_THE_DISABLED_DAY', date: '2027-05-16' }));
};

facts.PlanCampaign = (d) => {
  expect(d.createCampaign).toMatchObject({
    status: 'DRAFT',
    startsOn: '2027-05-16',
    endsOn: '2027-05-16',
    partners: [{ role: 'LEAD', status: 'ACCEPTED', organisation: { name: expect.any(String) as unknown } }],
  });
};

facts.InvitePartner = (d) => expect(d.inviteCampaignPartner).toEqual({ status: 'INVITED' });

facts.AcceptInvitation = (d) => expect(d.respondToCampaignInvitation).toMatchObject({ status: 'ACCEPTED' });

facts.AnswerUninvited = async () => {
  // Refused, and nothing changed: the NGO is no partner of the campaign.
  const [{ n }] = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM campaign_partner cp JOIN user_account a ON a.username = 'ngo.admin'
       JOIN role_assignment ra ON ra.account_id = a.id AND ra.organisation_id = cp.organisation_id
     WHERE cp.campaign_id = (SELECT id FROM campaign WHERE name = '2027 全国助残日 · 手语陪伴')`,
  );
  expect(n).toBe(0);
};

facts.PublishCampaign = (d) => expect(d.publishCampaign).toMatchObject({ status: 'PUBLISHED' });

facts.PublicCampaigns = (d) => {
  const { id } = answers.createCampaign as { id: string };
  expect((d.campaigns as { nodes: unknown[] }).nodes).toEqual([
    { id, name: '2027 全国助残日 · 手语陪伴', status: 'PUBLISHED' },
  ]);
};

facts.SetUpEvent = (d) => expect(d.createServiceEvent).toMatchObject({ status: 'OPEN', attendanceShare: 0.6 });

facts.SignUp = (d) => expect(d.signUpForEvent).toMatchObject({ status: 'SIGNED_UP', waitlistPosition: null });

facts.CheckIn = (d) => expect(d.checkIn).toMatchObject({ status: 'CHECKED_IN' });

facts.CheckOut = (d) => expect(d.checkOut).toMatchObject({ presentMinutes: 150, minutes: 150, attendanceMet: true });

facts.VerifyHours = (d) => expect(d.verifyHours).toEqual([{ minutes: 150, verifiedAt: expect.any(String) as unknown }]);

facts.CampaignHours = (d) => {
  expect(d.dashboard).toEqual({ hours: { verified: 2.5 } });
  const rows = (d.node as { contributions: Array<{ organisation: { name: string }; events: number }> }).contributions;
  // The lead and the Women's Federation, which accepted; the lead's row counts the event it organised
  // with the NGO volunteer who served at it and the verified hours (one definition of contribution).
  expect(rows).toHaveLength(2);
  expect(rows.find((r) => r.events > 0)).toMatchObject({ events: 1, volunteers: 1, verifiedHours: 2.5 });
  expect(rows.map((r) => r.events).sort()).toEqual([0, 1]);
};

facts.RecordDonation = (d) => expect(d.recordDonation).toMatchObject({ amountFen: 50000 });

facts.DonationTotals = async (d) => {
  const node = d.node as {
    donationTotals: unknown;
    contributions: Array<{ organisation: { name: string }; donationCashFen: number }>;
  };
  expect(node.donationTotals).toEqual({ cashFen: 50000 });
  const [{ name }] = await sql<{ name: string }>(
    `SELECT name FROM organisation WHERE kind = 'YOUTH_LEAGUE' ORDER BY id LIMIT 1`,
  );
  expect(node.contributions).toContainEqual({ organisation: { name }, donationCashFen: 50000 });
};

facts.CloseCampaign = (d) => expect(d.closeCampaign).toEqual({ status: 'CLOSED' });

facts.CommendationCandidates = (d) => {
  const volunteer = (answers.signUpForEvent as { volunteer: { id: string } }).volunteer.id;
  const candidates = d.commendationCandidates as Array<{
    rank: number;
    verifiedHours: number;
    volunteer: { id: string };
  }>;
  expect(candidates.find((c) => c.volunteer.id === volunteer)).toMatchObject({ verifiedHours: 2.5 });
  const hours = candidates.map((c) => c.verifiedHours);
  expect(hours).toEqual([...hours].sort((a, b) => b - a)); // ranked by verified hours
};

facts.Commend = (d) => expect(d.awardCommendation).toEqual({ year: 2027, title: '优秀助残志愿者' });

facts.YearEnd = async (d) => {
  // A city-wide viewer sees the whole city.
  const [{ stations }] = await sql<{ stations: number }>(`SELECT count(*)::int AS stations FROM service_station`);
  expect(d.dashboard).toMatchObject({ counts: { stations }, hours: { verified: expect.any(Number) as unknown } });
  const buckets = (d.dashboard as { hours: { byMonth: unknown[] } }).hours.byMonth;
  for (const b of buckets)
    expect(b).toEqual({
      key: expect.any(String) as unknown,
      label: expect.any(String) as unknown,
      value: expect.any(Number) as unknown,
    });
};
