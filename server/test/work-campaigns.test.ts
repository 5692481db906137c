// Joint campaigns and donations end to end: theme-day presets, a campaign led by one organisation
// with partners invited, answering for their own organisation only, published and closed; every
// partner's contribution against a brute-force recomputation; donations recorded, totalled and voided.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import { StatementCounter } from '../src/db/statement-counter';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { nodeAs, startTestServer, type Client, type GqlResponse, type TestServer } from './helpers/server';
import { graphql } from './generated';
import type { CampaignFiguresFragment, CreateCampaignInput, RecordDonationInput } from './generated/graphql';

const NOW = new Date('2026-12-20T10:00:00.000Z'); // 18:00 in the city, 20 December 2026
const counter = new StatementCounter();
let t: TestDatabase;
let server: TestServer;
let hub: Client;
let youth: Client;
let women: Client;
let ngo: Client;
let district: Client;
let youthOrg: string;
let womenOrg: string;
let ngoOrg: string;
const sql = async <T = SqlRow>(q: string, p: unknown[] = []) => (await t.db.query(q, p)) as T[];
const count = async (table: string, where = 'TRUE') =>
  (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`))[0].n;
const org = (id: string) => toGlobalId('Organisation', id);
const fieldsOf = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.fields?.map((f) => [f.field, f.key]);
const codeOf = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;
const keyOf = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.messageKey;

const CAMPAIGN = graphql(`
  fragment CampaignFields on Campaign {
    id
    name
    status
    version
    startsOn
    endsOn
    themeDay
    leadOrganisation {
      id
    }
    region {
      id
    }
    partners {
      organisation {
        id
      }
      role
      status
      respondedAt
    }
  }
`);
const CREATE = graphql(`
  mutation CreateCampaign2($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      ...CampaignFields
    }
  }
`);
const UPDATE = graphql(`
  mutation UpdateCampaign2($id: ID!, $v: Int!, $input: UpdateCampaignInput!) {
    updateCampaign(id: $id, version: $v, input: $input) {
      ...CampaignFields
    }
  }
`);
const INVITE = graphql(`
  mutation InviteCampaignPartner2($c: ID!, $o: ID!, $role: PartnerRole!, $v: Int) {
    inviteCampaignPartner(campaignId: $c, organisationId: $o, role: $role, version: $v) {
      id
      role
      status
      respondedAt
      version
      campaign {
        version
      }
    }
  }
`);
const RESPOND = graphql(`
  mutation RespondToCampaignInvitation2($c: ID!, $accept: Boolean!, $v: Int) {
    respondToCampaignInvitation(campaignId: $c, accept: $accept, version: $v) {
      id
      status
      respondedAt
      version
      organisation {
        id
      }
    }
  }
`);
const PUBLISH = graphql(`
  mutation PublishCampaign2($id: ID!, $v: Int!) {
    publishCampaign(id: $id, version: $v) {
      status
      version
    }
  }
`);
const CLOSE = graphql(`
  mutation CloseCampaign2($id: ID!, $v: Int!) {
    closeCampaign(id: $id, version: $v) {
      status
      version
    }
  }
`);
const RECORD = graphql(`
  mutation RecordDonation2($input: RecordDonationInput!) {
    recordDonation(input: $input) {
      id
      version
      kind
      amountFen
      item
      quantity
      unit
      donatedOn
      donorName
      donorOrganisation {
        id
      }
      campaign {
        id
      }
      voidedAt
    }
  }
`);
const VOID = graphql(`
  mutation VoidDonation2($id: ID!, $v: Int!, $reason: String!) {
    voidDonation(id: $id, version: $v, reason: $reason) {
      id
      voidedAt
    }
  }
`);
const FIGURES = graphql(`
  fragment CampaignFigures on Campaign {
    contributions {
      organisation {
        id
      }
      role
      status
      volunteers
      events
      verifiedMinutes
      verifiedHours
      personTimesServed
      donationCashFen
      donationItems
    }
    donationTotals {
      cashFen
      inKind {
        item
        unit
        quantity
      }
    }
  }
`);

beforeAll(async () => {
  t = await createSeededDatabase('work_campaigns', { logger: counter });
  server = await startTestServer(t.db, { now: () => NOW });
  [hub, youth, women, ngo, district] = await Promise.all(
    ['hub.admin', 'youth.admin', 'women.admin', 'ngo.admin', 'district.admin'].map((u) => server.as(u)),
  );
  [{ id: youthOrg }] = await sql(
    `SELECT id::text FROM organisation WHERE kind = 'YOUTH_LEAGUE' ORDER BY organisation.id LIMIT 1`,
  );
  [{ id: womenOrg }] = await sql(
    `SELECT id::text FROM organisation WHERE kind = 'WOMENS_FEDERATION' ORDER BY organisation.id LIMIT 1`,
  );
  [{ id: ngoOrg }] = await sql(
    `SELECT lead_organisation_id::text AS id FROM campaign WHERE name LIKE '%我是你的眼%' ORDER BY id LIMIT 1`,
  );
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

describe('theme-day presets', () => {
  it('gives every theme day of a year, with 全国助残日 on the third Sunday of May, to anyone', async () => {
    const res = await server.gql(
      graphql(`
        query ThemeDayPresets2 {
          themeDayPresets(year: 2026) {
            themeDay
            date
            name
            description
          }
        }
      `),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.themeDayPresets.map((p) => [p.themeDay, p.date])).toEqual([
      ['LEI_FENG_DAY', '2026-03-05'],
      ['WOMENS_DAY', '2026-03-08'],
      ['HELP_THE_DISABLED_DAY', '2026-05-17'],
      ['POVERTY_ALLEVIATION_DAY', '2026-10-17'],
      ['INTERNATIONAL_DAY_OF_PERSONS_WITH_DISABILITIES', '2026-12-03'],
    ]);
    expect(res.data.themeDayPresets[2].name).toBe('全国助残日');
    const next = await server.gql(
      graphql(`
        query ThemeDayPresets3 {
          themeDayPresets(year: 2027) {
            themeDay
            date
          }
        }
      `),
    );
    expect(next.data.themeDayPresets[2].date).toBe('2027-05-16');
  });

  it('refuses a year out of bounds', async () => {
    const res = await server.gql(
      graphql(`
        query ThemeDayPresets4 {
          themeDayPresets(year: 1999) {
            date
          }
        }
      `),
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual([['year', 'outOfRange']]);
  });
});

describe('a joint campaign', () => {
  let id: string;
  let dbId: string;
  const ref = () => ({ c: id });

  it('is created from the 全国助残日 preset by the youth league, which leads it', async () => {
    const input: CreateCampaignInput = {
      name: '2027 全国助残日联合行动',
      themeDay: 'HELP_THE_DISABLED_DAY',
      year: 2027,
      idempotencyKey: 'campaign-2027-zcr',
    };
    const res = await youth.gql(CREATE, { input });
    expect(res.errors).toBeUndefined();
    const c = res.data.createCampaign;
    expect(c).toMatchObject({
      status: 'DRAFT',
      version: 1,
      startsOn: '2027-05-16',
      endsOn: '2027-05-16',
      themeDay: 'HELP_THE_DISABLED_DAY',
    });
    expect(c.leadOrganisation.id).toBe(org(youthOrg));
    expect(c.partners).toEqual([
      { organisation: { id: org(youthOrg) }, role: 'LEAD', status: 'ACCEPTED', respondedAt: NOW.toISOString() },
    ]);
    id = c.id;
    [{ id: dbId }] = await sql(`SELECT id::text FROM campaign WHERE name = $1`, [input.name]);
    expect(id).toBe(toGlobalId('Campaign', dbId));
    const [{ region_id }] = await sql(`SELECT region_id::text FROM organisation WHERE id = $1`, [youthOrg]);
    expect(c.region.id).toBe(toGlobalId('Region', region_id));
    expect(await count('audit_log', `action = 'CREATE_CAMPAIGN' AND record_id = ${dbId}`)).toBe(1);

    // A retry with the same key returns the same campaign and creates nothing.
    const retry = await youth.gql(CREATE, { input });
    expect(retry.data.createCampaign.id).toBe(id);
    expect(await count('campaign', `name = '${input.name}'`)).toBe(1);
    expect(await count('campaign_partner', `campaign_id = ${dbId}`)).toBe(1);
    // The same key with another input is a conflict.
    const reused = await youth.gql(CREATE, { input: { ...input, name: '另一个活动' } });
    expect(codeOf(reused)).toBe('CONFLICT');
    expect(keyOf(reused)).toBe('idempotencyKeyReused');
  });

  it('refuses bad input, a lead outside the creator’s scope, and writes nothing', async () => {
    const before = [await count('campaign'), await count('campaign_partner'), await count('audit_log')];
    const dates = await youth.gql(CREATE, { input: { name: ' ', startsOn: '2027-06-10', endsOn: '2027-06-01' } });
    expect(fieldsOf(dates)).toEqual([
      ['name', 'required'],
      ['endsOn', 'endBeforeStart'],
    ]);
    const noDates = await youth.gql(CREATE, { input: { name: '无日期' } });
    expect(fieldsOf(noDates)).toEqual([['startsOn', 'required']]);
    const badDate = await youth.gql(CREATE, { input: { name: '坏日期', startsOn: '2027-02-30' } });
    expect(fieldsOf(badDate)).toEqual([['startsOn', 'dateInvalid']]);
    const hubNoLead = await hub.gql(CREATE, { input: { name: '市残联活动', startsOn: '2027-01-10' } });
    expect(fieldsOf(hubNoLead)).toEqual([['leadOrganisationId', 'required']]);
    const otherLead = await youth.gql(CREATE, {
      input: { name: '替别人牵头', startsOn: '2027-01-10', leadOrganisationId: org(womenOrg) },
    });
    expect(codeOf(otherLead)).toBe('FORBIDDEN');
    // A district admin may not name an organisation outside its district as lead.
    const [outside] = await sql(
      `SELECT o.id::text FROM organisation o JOIN region r ON r.id = o.region_id
        WHERE r.path NOT LIKE (SELECT path FROM region WHERE level = 'DISTRICT' ORDER BY id LIMIT 1) || '%' ORDER BY o.id LIMIT 1`,
    );
    const districtOutside = await district.gql(CREATE, {
      input: { name: '越权', startsOn: '2027-01-10', leadOrganisationId: org(outside.id) },
    });
    expect(codeOf(districtOutside)).toBe('FORBIDDEN');
    expect([await count('campaign'), await count('campaign_partner'), await count('audit_log')]).toEqual(before);
  });

  it('invites the women’s federation, which then sees the campaign; only the lead invites', async () => {
    const res = await youth.gql(INVITE, { ...ref(), o: org(womenOrg), role: 'CO_ORGANISER', v: 1 });
    expect(res.errors).toBeUndefined();
    expect(res.data.inviteCampaignPartner).toMatchObject({
      role: 'CO_ORGANISER',
      status: 'INVITED',
      respondedAt: null,
    });
    expect(res.data.inviteCampaignPartner.campaign?.version).toBe(2);
    const seen = await women.gql(
      graphql(`
        query Campaigns6($o: ID) {
          campaigns(first: 50, filter: { organisationId: $o }) {
            nodes {
              id
              status
            }
          }
        }
      `),
      { o: org(womenOrg) },
    );
    expect(seen.data.campaigns.nodes.map((c) => c.id)).toContain(id);

    const again = await youth.gql(INVITE, { ...ref(), o: org(womenOrg), role: 'SUPPORTER' });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(keyOf(again)).toBe('alreadyPartner');
    const lead = await youth.gql(INVITE, { ...ref(), o: org(ngoOrg), role: 'LEAD' });
    expect(fieldsOf(lead)).toEqual([['role', 'invalid']]);
    // A partner is not the lead: it may not invite, publish or edit.
    const before = [await count('campaign_partner'), await count('audit_log')];
    const byPartner = await women.gql(INVITE, { ...ref(), o: org(ngoOrg), role: 'SUPPORTER' });
    expect(codeOf(byPartner)).toBe('FORBIDDEN');
    expect(keyOf(byPartner)).toBe('campaignLeadOnly');
    expect(codeOf(await women.gql(PUBLISH, { id, v: 2 }))).toBe('FORBIDDEN');
    expect(codeOf(await women.gql(UPDATE, { id, v: 2, input: { name: '改名' } }))).toBe('FORBIDDEN');
    expect([await count('campaign_partner'), await count('audit_log')]).toEqual(before);
  });

  it('is answered only by the invited organisation’s admin; another organisation is refused and nothing is written', async () => {
    const partnerRows = () =>
      sql(
        `SELECT organisation_id::text, status, responded_at, version FROM campaign_partner WHERE campaign_id = $1 ORDER BY id`,
        [dbId],
      );
    const before = [await partnerRows(), await count('audit_log')];
    const wrong = await ngo.gql(RESPOND, { ...ref(), accept: true });
    expect(codeOf(wrong)).toBe('FORBIDDEN');
    expect(keyOf(wrong)).toBe('notInvited');
    expect(wrong.data?.respondToCampaignInvitation ?? null).toBeNull();
    expect(codeOf(await hub.gql(RESPOND, { ...ref(), accept: true }))).toBe('FORBIDDEN');
    expect([await partnerRows(), await count('audit_log')]).toEqual(before);

    const stale = await women.gql(RESPOND, { ...ref(), accept: true, v: 7 });
    expect(codeOf(stale)).toBe('CONFLICT');
    const ok = await women.gql(RESPOND, { ...ref(), accept: true, v: 1 });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.respondToCampaignInvitation).toMatchObject({
      status: 'ACCEPTED',
      respondedAt: NOW.toISOString(),
      organisation: { id: org(womenOrg) },
    });
    expect(await count('audit_log', `action = 'ACCEPT_CAMPAIGN_INVITATION'`)).toBe(1);
    // Answering the same way again changes nothing.
    const twice = await women.gql(RESPOND, { ...ref(), accept: true });
    expect(twice.data.respondToCampaignInvitation.version).toBe(ok.data.respondToCampaignInvitation.version);
    expect(codeOf(await women.gql(RESPOND, { ...ref(), accept: false }))).toBe('CONFLICT');
    // The lead cannot decline its own campaign.
    const leadDeclines = await youth.gql(RESPOND, { ...ref(), accept: false });
    expect(fieldsOf(leadDeclines)).toEqual([['accept', 'leadCannotDecline']]);
  });

  it('invites a declined organisation again', async () => {
    await youth.gql(INVITE, { ...ref(), o: org(ngoOrg), role: 'SUPPORTER' });
    const declined = await ngo.gql(RESPOND, { ...ref(), accept: false });
    expect(declined.data.respondToCampaignInvitation.status).toBe('DECLINED');
    const again = await youth.gql(INVITE, { ...ref(), o: org(ngoOrg), role: 'CO_ORGANISER' });
    expect(again.errors).toBeUndefined();
    expect(again.data.inviteCampaignPartner).toMatchObject({
      status: 'INVITED',
      role: 'CO_ORGANISER',
      respondedAt: null,
    });
    expect(await count('campaign_partner', `campaign_id = ${dbId}`)).toBe(3);
  });

  it('is edited with the version last read; a stale one gets CONFLICT', async () => {
    const [{ version }] = await sql<{ version: number }>(`SELECT version FROM campaign WHERE id = $1`, [dbId]);
    const stale = await youth.gql(UPDATE, { id, v: version - 1, input: { name: '旧版本' } });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions!.currentVersion).toBe(version);
    const backwards = await youth.gql(UPDATE, { id, v: version, input: { endsOn: '2027-05-01' } });
    expect(fieldsOf(backwards)).toEqual([['input.endsOn', 'endBeforeStart']]);
    const ok = await youth.gql(UPDATE, {
      id,
      v: version,
      input: { name: '2027 全国助残日·青春同行', endsOn: '2027-05-31' },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.updateCampaign).toMatchObject({
      name: '2027 全国助残日·青春同行',
      endsOn: '2027-05-31',
      version: version + 1,
    });
  });

  it('is published, then closed; bad transitions and stale versions are refused', async () => {
    const [{ version }] = await sql<{ version: number }>(`SELECT version FROM campaign WHERE id = $1`, [dbId]);
    expect(keyOf(await youth.gql(CLOSE, { id, v: version }))).toBe('invalidTransition');
    const published = await youth.gql(PUBLISH, { id, v: version });
    expect(published.data.publishCampaign).toEqual({ status: 'PUBLISHED', version: version + 1 });
    const republish = await youth.gql(PUBLISH, { id, v: version + 1 });
    expect(codeOf(republish)).toBe('CONFLICT');
    expect(keyOf(republish)).toBe('invalidTransition');
    const stale = await youth.gql(CLOSE, { id, v: version });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(keyOf(stale)).toBe('staleVersion');
    const closed = await hub.gql(CLOSE, { id, v: version + 1 });
    expect(closed.data.closeCampaign).toEqual({ status: 'CLOSED', version: version + 2 });
    expect(keyOf(await youth.gql(INVITE, { ...ref(), o: org(womenOrg), role: 'SUPPORTER' }))).toBe('invalidTransition');
    expect(keyOf(await youth.gql(UPDATE, { id, v: version + 2, input: { name: 'x' } }))).toBe('invalidTransition');
    expect(keyOf(await ngo.gql(RESPOND, { ...ref(), accept: true }))).toBe('invalidTransition');
    expect(await count('audit_log', `record_id = ${dbId} AND action IN ('PUBLISH_CAMPAIGN', 'CLOSE_CAMPAIGN')`)).toBe(
      2,
    );
  });
});

/** Each partner's figures, recomputed row by row with correlated subqueries. */
async function bruteForce() {
  const rows = await sql(`
    SELECT cp.campaign_id::text AS campaign, cp.organisation_id::text AS organisation, cp.role::text, cp.status::text,
      (SELECT count(DISTINCT p.volunteer_id) FROM participation p, service_event e, volunteer v
        WHERE e.id = p.event_id AND v.id = p.volunteer_id AND e.campaign_id = cp.campaign_id AND v.organisation_id = cp.organisation_id
          AND p.deleted_at IS NULL AND p.status::text NOT IN ('CANCELLED', 'WAITLISTED', 'NO_SHOW'))::int AS volunteers,
      (SELECT count(*) FROM service_event e WHERE e.campaign_id = cp.campaign_id AND e.organiser_id = cp.organisation_id AND e.status::text <> 'CANCELLED')::int AS events,
      (SELECT COALESCE(sum(p.minutes), 0) FROM participation p, service_event e, volunteer v
        WHERE e.id = p.event_id AND v.id = p.volunteer_id AND e.campaign_id = cp.campaign_id AND v.organisation_id = cp.organisation_id
          AND p.deleted_at IS NULL AND p.verified_at IS NOT NULL)::int AS minutes,
      (SELECT COALESCE(sum(e.person_times_served), 0) FROM service_event e
        WHERE e.campaign_id = cp.campaign_id AND e.organiser_id = cp.organisation_id AND e.status::text <> 'CANCELLED')::int AS served,
      (SELECT COALESCE(sum(d.amount_fen), 0) FROM donation d WHERE d.campaign_id = cp.campaign_id AND d.donor_organisation_id = cp.organisation_id
          AND d.kind = 'CASH' AND d.deleted_at IS NULL)::int AS cash,
      (SELECT count(*) FROM donation d WHERE d.campaign_id = cp.campaign_id AND d.donor_organisation_id = cp.organisation_id
          AND d.kind = 'IN_KIND' AND d.deleted_at IS NULL)::int AS items
    FROM campaign_partner cp ORDER BY cp.campaign_id, cp.organisation_id`);
  return rows.map((r) => ({
    campaign: toGlobalId('Campaign', r.campaign),
    organisation: org(r.organisation),
    role: r.role,
    status: r.status,
    volunteers: r.volunteers,
    events: r.events,
    verifiedMinutes: r.minutes,
    personTimesServed: r.served,
    donationCashFen: r.cash,
    donationItems: r.items,
  }));
}

async function reported() {
  const res = await hub.gql(
    graphql(`
      query Campaigns7 {
        campaigns(first: 50) {
          nodes {
            id
            ...CampaignFigures
          }
        }
      }
    `),
  );
  expect(res.errors).toBeUndefined();
  return res.data.campaigns.nodes;
}

const flatten = (nodes: Awaited<ReturnType<typeof reported>>) =>
  nodes
    .flatMap((c) =>
      c.contributions.map((p) => {
        expect(p.verifiedHours).toBeCloseTo(p.verifiedMinutes / 60, 9);
        return {
          campaign: c.id,
          organisation: p.organisation.id,
          role: p.role,
          status: p.status,
          volunteers: p.volunteers,
          events: p.events,
          verifiedMinutes: p.verifiedMinutes,
          personTimesServed: p.personTimesServed,
          donationCashFen: p.donationCashFen,
          donationItems: p.donationItems,
        };
      }),
    )
    .sort((a, b) => a.campaign.localeCompare(b.campaign) || a.organisation.localeCompare(b.organisation));

describe('partner contributions', () => {
  it('equal a brute-force recomputation for every partner of every campaign', async () => {
    const expected = (await bruteForce()).sort(
      (a, b) => a.campaign.localeCompare(b.campaign) || a.organisation.localeCompare(b.organisation),
    );
    const got = flatten(await reported());
    expect(got).toEqual(expected);
    // The demo year gives real figures to compare, not zeros.
    expect(got.some((r) => r.volunteers > 0 && r.verifiedMinutes > 0 && r.events > 0 && r.personTimesServed > 0)).toBe(
      true,
    );
    expect(got.some((r) => r.donationCashFen > 0)).toBe(true);
    expect(got.some((r) => r.donationItems > 0)).toBe(true);
  });

  it('list the lead first, and every partner whatever its answer', async () => {
    const nodes = await reported();
    for (const c of nodes) expect(c.contributions[0].role).toBe('LEAD');
    const statuses = new Set(nodes.flatMap((c) => c.contributions.map((p) => p.status)));
    expect([...statuses].sort()).toEqual(['ACCEPTED', 'DECLINED', 'INVITED']);
  });

  it('cost a constant number of statements however many campaigns are listed', async () => {
    const nested = graphql(`
      query Campaigns8($n: Int!) {
        campaigns(first: $n) {
          nodes {
            id
            ...CampaignFigures
            contributions {
              organisation {
                name
                region {
                  name
                }
              }
            }
          }
        }
      }
    `);
    const run = async (n: number) => {
      counter.reset();
      const res = await hub.gql(nested, { n });
      expect(res.errors).toBeUndefined();
      return {
        count: counter.count,
        partners: res.data.campaigns.nodes.flatMap((c) => c.contributions).length,
      };
    };
    const small = await run(1);
    const large = await run(20);
    expect(large.partners).toBeGreaterThan(small.partners * 4);
    expect(large.count).toBe(small.count);
    // the viewer, campaigns, contributions, organisations, regions, donation totals
    expect(large.count).toBeLessThanOrEqual(7);
  });
});

describe('donations', () => {
  let sunshine: string;
  let sunshineDb: string;
  const totals = async () => {
    const res = await youth.gql(
      graphql(`
        query CampaignFiguresNode($id: ID!) {
          node(id: $id) {
            __typename
            ... on Campaign {
              ...CampaignFigures
            }
          }
        }
      `),
      {
        id: sunshine,
      },
    );
    expect(res.errors).toBeUndefined();
    return nodeAs(res.data.node, 'Campaign');
  };
  const youthRow = (c: CampaignFiguresFragment) => c.contributions.find((p) => p.organisation.id === org(youthOrg))!;

  beforeAll(async () => {
    [{ id: sunshineDb }] = await sql(`SELECT id::text FROM campaign WHERE name = '阳光行动'`);
    sunshine = toGlobalId('Campaign', sunshineDb);
  });

  it('refuses a donation without target or donor, or with a negative amount, naming each field and writing nothing', async () => {
    const before = [await count('donation'), await count('audit_log')];
    const res = await youth.gql(RECORD, { input: { kind: 'CASH', amountFen: -500 } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual([
      ['amountFen', 'mustBePositive'],
      ['donor', 'donorRequired'],
      ['target', 'donationTargetRequired'],
    ]);
    expect(res.errors![0].extensions!.fields![2].message).toBe('请指定捐赠对象：活动、结对、残疾人或家庭');
    const inKind = await youth.gql(RECORD, {
      input: { kind: 'IN_KIND', amountFen: 100, item: '轮椅', quantity: 0, donorName: '王芳', campaignId: sunshine },
    });
    expect(fieldsOf(inKind)).toEqual([
      ['amountFen', 'notWithKind'],
      ['quantity', 'mustBePositive'],
      ['unit', 'required'],
    ]);
    const future = await youth.gql(RECORD, {
      input: {
        kind: 'CASH',
        amountFen: 100,
        donatedOn: '2026-12-21',
        donorOrganisationId: org(youthOrg),
        campaignId: sunshine,
      },
    });
    expect(fieldsOf(future)).toEqual([['donatedOn', 'dateInFuture']]);
    expect([await count('donation'), await count('audit_log')]).toEqual(before);
  });

  it('refuses targets the recorder cannot see, and an organisation admin’s donation that is not its own', async () => {
    const before = await count('donation');
    // The women's federation takes no part in 阳光行动: for its admin the campaign does not exist.
    const unseen = await women.gql(RECORD, {
      input: { kind: 'CASH', amountFen: 100, donorOrganisationId: org(womenOrg), campaignId: sunshine },
    });
    expect(codeOf(unseen)).toBe('NOT_FOUND');
    const [hidden] = await sql(
      `SELECT id::text FROM beneficiary WHERE id NOT IN (SELECT beneficiary_id FROM pairing WHERE beneficiary_id IS NOT NULL AND (owner_a_id = $1 OR owner_b_id = $1)) ORDER BY id LIMIT 1`,
      [womenOrg],
    );
    const hiddenBeneficiary = await women.gql(RECORD, {
      input: {
        kind: 'CASH',
        amountFen: 100,
        donorOrganisationId: org(womenOrg),
        beneficiaryId: toGlobalId('Beneficiary', hidden.id),
      },
    });
    expect(codeOf(hiddenBeneficiary)).toBe('NOT_FOUND');
    // The NGO was invited to the new campaign but has not accepted: a person's gift to it is not the NGO's to record.
    const [{ id: invitedTo }] = await sql(
      `SELECT campaign_id::text AS id FROM campaign_partner WHERE organisation_id = $1 AND status = 'INVITED' ORDER BY id DESC LIMIT 1`,
      [ngoOrg],
    );
    const notOwn = await ngo.gql(RECORD, {
      input: { kind: 'CASH', amountFen: 100, donorName: '张伟', campaignId: toGlobalId('Campaign', invitedTo) },
    });
    expect(codeOf(notOwn)).toBe('FORBIDDEN');
    expect(keyOf(notOwn)).toBe('notYourDonation');
    expect(await count('donation')).toBe(before);
  });

  it('records cash and in-kind gifts once per key, and counts them for the campaign and the donor', async () => {
    const start = await totals();
    const input: RecordDonationInput = {
      kind: 'CASH',
      amountFen: 123_456,
      donorOrganisationId: org(youthOrg),
      campaignId: sunshine,
      idempotencyKey: 'donation-sunshine-0001',
    };
    const res = await youth.gql(RECORD, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data.recordDonation).toMatchObject({
      kind: 'CASH',
      amountFen: 123_456,
      donatedOn: '2026-12-20',
      voidedAt: null,
      campaign: { id: sunshine },
    });
    const retry = await youth.gql(RECORD, { input });
    expect(retry.data.recordDonation.id).toBe(res.data.recordDonation.id);
    expect(await count('donation', `amount_fen = 123456`)).toBe(1);
    expect(await count('audit_log', `action = 'RECORD_DONATION'`)).toBe(1);

    // A person's gift to a campaign the youth league leads is the league's to record.
    const gift = await youth.gql(RECORD, {
      input: {
        kind: 'IN_KIND',
        item: ' 轮椅 ',
        quantity: 2,
        unit: '辆',
        donatedOn: '2026-12-01',
        donorName: '王芳',
        campaignId: sunshine,
      },
    });
    expect(gift.errors).toBeUndefined();
    expect(gift.data.recordDonation).toMatchObject({
      item: '轮椅',
      quantity: 2,
      unit: '辆',
      amountFen: null,
      donorOrganisation: null,
    });

    const after = await totals();
    expect(after.donationTotals.cashFen).toBe(start.donationTotals.cashFen + 123_456);
    expect(after.donationTotals.inKind).toContainEqual({ item: '轮椅', unit: '辆', quantity: 2 });
    expect(youthRow(after).donationCashFen).toBe(youthRow(start).donationCashFen + 123_456);
    expect(youthRow(after).donationItems).toBe(youthRow(start).donationItems); // the wheelchairs were a person's
    const [{ cash }] = await sql(
      `SELECT COALESCE(sum(amount_fen), 0)::int AS cash FROM donation WHERE campaign_id = $1 AND kind = 'CASH' AND deleted_at IS NULL`,
      [sunshineDb],
    );
    expect(after.donationTotals.cashFen).toBe(cash);
  });

  it('voids a donation with a reason and the version read: kept as evidence, no longer counted', async () => {
    const [row] = await sql(`SELECT id::text, version FROM donation WHERE amount_fen = 123456`);
    const id = toGlobalId('Donation', row.id);
    const start = await totals();
    expect(fieldsOf(await youth.gql(VOID, { id, v: row.version, reason: '  ' }))).toEqual([
      ['reason', 'reasonRequired'],
    ]);
    const stale = await youth.gql(VOID, { id, v: row.version + 1, reason: '重复登记' });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(codeOf(await women.gql(VOID, { id, v: row.version, reason: '重复登记' }))).toBe('NOT_FOUND');
    const ok = await youth.gql(VOID, { id, v: row.version, reason: '重复登记' });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.voidDonation.voidedAt).toBe(NOW.toISOString());
    expect(await count('donation', `id = ${row.id} AND deleted_at IS NOT NULL`)).toBe(1);
    const [audit] = await sql(`SELECT reason FROM audit_log WHERE action = 'VOID_DONATION' AND record_id = $1`, [
      row.id,
    ]);
    expect(audit.reason).toBe('重复登记');
    const after = await totals();
    expect(after.donationTotals.cashFen).toBe(start.donationTotals.cashFen - 123_456);
    expect(youthRow(after).donationCashFen).toBe(youthRow(start).donationCashFen - 123_456);
    const listed = await youth.gql(
      graphql(`
        query Donations($c: ID) {
          donations(first: 100, filter: { campaignId: $c }) {
            nodes {
              id
            }
          }
        }
      `),
      { c: sunshine },
    );
    expect(listed.data.donations.nodes.map((d) => d.id)).not.toContain(id);
    expect(codeOf(await youth.gql(VOID, { id, v: row.version + 1, reason: '再次作废' }))).toBe('NOT_FOUND');
  });
});
