// Every id an input names is loaded through the caller's read scope (outside it is NOT_FOUND),
// except the open directories (service stations, service types, organisations, regions), which
// anyone may name. Fixtures are set with SQL on the seeded city.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import type { TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startTestServer, type Client, type TestServer } from './helpers/server';
import { graphql } from './generated';

let t: TestDatabase;
let server: TestServer;
let district: Client;

type Row = Record<string, string>;
const one = async (q: string, p: unknown[] = []) => {
  const [row] = await t.db.query<Row[]>(q, p);
  if (!row) throw new Error(`fixture not found: ${q}`);
  return row;
};
const DAY = 24 * 3600_000;
const cityDate = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

const CREATE_EVENT = graphql(`
  mutation ReferencesCreateEvent($input: CreateServiceEventInput!) {
    createServiceEvent(input: $input) {
      id
    }
  }
`);

beforeAll(async () => {
  t = await createSeededDatabase('references');
  server = await startTestServer(t.db);
  district = await server.as('district.admin');
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

describe('an event’s campaign', () => {
  it('is loaded through the caller’s scope: a district admin cannot attach events to another district’s draft', async () => {
    const own = await one(
      `SELECT r.id::text, r.path FROM region r JOIN role_assignment ra ON ra.region_id = r.id
       JOIN user_account u ON u.id = ra.account_id WHERE u.username = 'district.admin'`,
    );
    // A station of the admin's district, named by anyone: the open directory needs no scope.
    const station = await one(
      `SELECT s.id::text FROM service_station s JOIN region r ON r.id = s.region_id WHERE r.path LIKE $1 ORDER BY s.id LIMIT 1`,
      [`${own.path}%`],
    );
    const type = await one(`SELECT id::text FROM service_type ORDER BY id LIMIT 1`);
    const elsewhere = await one(
      `SELECT r.id::text FROM region r WHERE r.level = 'DISTRICT' AND r.id <> $1 ORDER BY r.id LIMIT 1`,
      [own.id],
    );
    const lead = await one(`SELECT id::text FROM organisation WHERE region_id = $1 ORDER BY id LIMIT 1`, [
      elsewhere.id,
    ]).catch(() => one(`SELECT id::text FROM organisation ORDER BY id LIMIT 1`));
    const now = new Date();
    const campaign = await one(
      `INSERT INTO campaign (name, starts_on, ends_on, status, lead_organisation_id, region_id)
       VALUES ('别区草稿', $1, $2, 'DRAFT', $3, $4) RETURNING id::text`,
      [cityDate(new Date(now.getTime() - DAY)), cityDate(new Date(now.getTime() + 60 * DAY)), lead.id, elsewhere.id],
    );
    const input = (campaignId?: string) => ({
      title: '引用检查',
      place: '服务站',
      stationId: toGlobalId('ServiceStation', station.id),
      serviceTypeId: toGlobalId('ServiceType', type.id),
      startsAt: new Date(now.getTime() + 10 * DAY).toISOString(),
      endsAt: new Date(now.getTime() + 10 * DAY + 7200_000).toISOString(),
      capacity: 5,
      ...(campaignId ? { campaignId: toGlobalId('Campaign', campaignId) } : {}),
    });
    const hidden = await district.gql(CREATE_EVENT, { input: input(campaign.id) });
    expect(hidden.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'input.campaignId', key: 'notFound' })],
    });
    expect(await one(`SELECT count(*)::text AS n FROM service_event WHERE campaign_id = $1`, [campaign.id])).toEqual({
      n: '0',
    });
    // The same event without the hidden campaign is the district's to hold.
    const plain = await district.gql(CREATE_EVENT, { input: input() });
    expect(plain.errors).toBeUndefined();
  });
});
