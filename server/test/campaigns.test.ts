// Joint campaigns end to end: theme-day presets, a campaign led by one organisation with partners
// invited, answering for their own organisation only, published and closed.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import { StatementCounter } from '../src/db/statement-counter';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startTestServer, type Client, type GqlResponse, type TestServer } from './helpers/server';
import { graphql } from './generated';
import type { CreateCampaignInput } from './generated/graphql';
import { CREATE, UPDATE, INVITE, RESPOND, PUBLISH, CLOSE } from './operations/campaigns';

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
const sql = async <T = SqlRow>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);
const count = async (table: string, where = 'TRUE') =>
  (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`))[0].n;
const org = (id: string) => toGlobalId('Organisation', id);
const fieldsOf = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.fields?.map((f) => [f.field, f.key]);
const codeOf = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;
const keyOf = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.messageKey;

beforeAll(async () => {
  t = await createSeededDatabase('campaigns', { logger: counter });
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
    const [{ region_id }] = await sql<{ region_id: string }>(`SELECT region_id::text FROM organisation WHERE id = $1`, [
      youthOrg,
    ]);
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
    const [outside] = await sql<{ id: string }>(
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
    // The NGO cannot see a campaign it is no partner of: it does not exist for it.
    const wrong = await ngo.gql(RESPOND, { ...ref(), accept: true });
    expect(codeOf(wrong)).toBe('NOT_FOUND');
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
    expect(codeOf(await women.gql(RESPOND, { ...ref(), accept: false }))).toBe('INVALID_STATE');
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
    expect(codeOf(republish)).toBe('INVALID_STATE');
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
