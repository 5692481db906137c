// Donations end to end: cash and in-kind gifts recorded once per key against what the recorder may
// see, totalled for the campaign and the donor, and voided with a reason.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import { StatementCounter } from '../src/db/statement-counter';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { nodeAs, startTestServer, type Client, type GqlResponse, type TestServer } from './helpers/server';
import { graphql } from './generated';
import type { CampaignFiguresFragment, RecordDonationInput } from './generated/graphql';
import { CREATE, INVITE, RECORD, VOID } from './operations/campaigns';

const NOW = new Date('2026-12-20T10:00:00.000Z'); // 18:00 in the city, 20 December 2026
const counter = new StatementCounter();
let t: TestDatabase;
let server: TestServer;
let youth: Client;
let women: Client;
let ngo: Client;
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
  t = await createSeededDatabase('donations', { logger: counter });
  server = await startTestServer(t.db, { now: () => NOW });
  [youth, women, ngo] = await Promise.all(['youth.admin', 'women.admin', 'ngo.admin'].map((u) => server.as(u)));
  [{ id: youthOrg }] = await sql(
    `SELECT id::text FROM organisation WHERE kind = 'YOUTH_LEAGUE' ORDER BY organisation.id LIMIT 1`,
  );
  [{ id: womenOrg }] = await sql(
    `SELECT id::text FROM organisation WHERE kind = 'WOMENS_FEDERATION' ORDER BY organisation.id LIMIT 1`,
  );
  [{ id: ngoOrg }] = await sql(
    `SELECT lead_organisation_id::text AS id FROM campaign WHERE name LIKE '%我是你的眼%' ORDER BY id LIMIT 1`,
  );
  // A campaign the NGO has been invited to and has not answered yet.
  const created = await youth.gql(CREATE, {
    input: { name: '待答复的联合行动', themeDay: 'HELP_THE_DISABLED_DAY', year: 2027 },
  });
  const { id, version } = created.data.createCampaign;
  const invited = await youth.gql(INVITE, { c: id, o: org(ngoOrg), role: 'SUPPORTER', v: version });
  expect(invited.data.inviteCampaignPartner.status).toBe('INVITED');
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
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
    const [hidden] = await sql<{ id: string }>(
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
    const [{ id: invitedTo }] = await sql<{ id: string }>(
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
    const [row] = await sql<{ id: string; version: number }>(
      `SELECT id::text, version FROM donation WHERE amount_fen = 123456`,
    );
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
