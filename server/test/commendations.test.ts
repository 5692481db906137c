// Stars and commendations: star thresholds per jurisdiction and the level they give, and the yearly
// round of candidates ranked by verified hours and the honour recorded.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { nodeAs, startTestServer, type Client, type TestServer } from './helpers/server';
import { graphql } from './generated';

let t: TestDatabase;
let server: TestServer;
let hub: Client;
let youth: Client;
let women: Client;
let district: Client;
let youthOrg: string;
let districtId: string;
let districtPath: string;
const sql = async <T = SqlRow>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);
beforeAll(async () => {
  t = await createSeededDatabase('commendations');
  server = await startTestServer(t.db);
  [hub, youth, women, district] = await Promise.all(
    ['hub.admin', 'youth.admin', 'women.admin', 'district.admin'].map((u) => server.as(u)),
  );
  [{ id: youthOrg }] = await sql(
    `SELECT id::text FROM organisation WHERE kind = 'YOUTH_LEAGUE' ORDER BY organisation.id LIMIT 1`,
  );
  [{ id: districtId, path: districtPath }] = await sql(
    `SELECT id::text, path FROM region WHERE level = 'DISTRICT' ORDER BY region.id LIMIT 1`,
  );
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

describe('stars and commendations', () => {
  it('use the thresholds of the volunteer’s jurisdiction, which its admin may set', async () => {
    const [v] = await sql<{ id: string; m: number }>(
      `SELECT v.id::text, v.verified_minutes::int AS m FROM volunteer v JOIN region r ON r.id = v.home_region_id
        WHERE r.path LIKE $1 ORDER BY v.verified_minutes DESC LIMIT 1`,
      [`${districtPath}%`],
    );
    const star = async () =>
      nodeAs(
        (
          await hub.gql(
            graphql(`
              query VolunteerStarNode($id: ID!) {
                node(id: $id) {
                  __typename
                  ... on Volunteer {
                    starLevel
                    verifiedHours
                  }
                }
              }
            `),
            {
              id: toGlobalId('Volunteer', v.id),
            },
          )
        ).data.node,
        'Volunteer',
      );
    const hours = v.m / 60;
    expect(hours).toBeGreaterThanOrEqual(4);
    expect((await star()).starLevel).toBe([100, 300, 600, 1000, 1500].filter((h) => hours >= h).length);
    const SET = graphql(`
      mutation SetStarThresholds2($r: ID!, $h: [Int!]) {
        setStarThresholds(regionId: $r, hours: $h) {
          starThresholdsHours
        }
      }
    `);
    const low = [1, 2, 3, 4, Math.max(5, Math.floor(hours) + 1)];
    const set = await district.gql(SET, { r: toGlobalId('Region', districtId), h: low });
    expect(set.errors).toBeUndefined();
    expect((await star()).starLevel).toBe(4);
    const bad = await district.gql(SET, { r: toGlobalId('Region', districtId), h: [5, 4, 3, 2, 1] });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const youthTry = await youth.gql(SET, { r: toGlobalId('Region', districtId), h: low });
    expect(youthTry.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await district.gql(SET, { r: toGlobalId('Region', districtId), h: null });
    expect((await star()).starLevel).toBe([100, 300, 600, 1000, 1500].filter((h) => hours >= h).length);
  });

  it('ranks candidates by verified hours then events, as a brute-force count says', async () => {
    const res = await hub.gql(
      graphql(`
        query CommendationCandidates2 {
          commendationCandidates(year: 2026, first: 10) {
            rank
            verifiedHours
            events
            volunteer {
              id
            }
          }
        }
      `),
    );
    expect(res.errors).toBeUndefined();
    const expected = await sql<{ id: string; m: number; e: number }>(
      `SELECT p.volunteer_id::text AS id, sum(p.minutes)::int AS m, count(DISTINCT p.event_id)::int AS e
         FROM participation p JOIN service_event e ON e.id = p.event_id JOIN volunteer v ON v.id = p.volunteer_id
        WHERE p.verified_at IS NOT NULL AND p.deleted_at IS NULL AND p.minutes > 0 AND v.status = 'ACTIVE'
          AND e.starts_at >= '2026-01-01T00:00:00+08:00' AND e.starts_at < '2027-01-01T00:00:00+08:00'
        GROUP BY p.volunteer_id ORDER BY m DESC, e DESC, p.volunteer_id LIMIT 10`,
    );
    expect(res.data.commendationCandidates.map((c) => c.volunteer.id)).toEqual(
      expected.map((r) => toGlobalId('Volunteer', r.id)),
    );
    expect(res.data.commendationCandidates[0].events).toBe(expected[0].e);
  });

  it('are awarded once per title and year, within scope', async () => {
    const cands = await youth.gql(
      graphql(`
        query CommendationCandidates3 {
          commendationCandidates(year: 2026, first: 1) {
            volunteer {
              id
              organisation {
                id
              }
            }
          }
        }
      `),
    );
    const top = cands.data.commendationCandidates[0].volunteer;
    expect(top.organisation?.id).toBe(toGlobalId('Organisation', youthOrg));
    const AWARD = graphql(`
      mutation AwardCommendation2($input: AwardCommendationInput!) {
        awardCommendation(input: $input) {
          id
          title
          year
          awardedBy {
            id
          }
        }
      }
    `);
    const input = { volunteerId: top.id, year: 2026, title: '优秀助残志愿者', idempotencyKey: 'award-0000001' };
    const first = await youth.gql(AWARD, { input });
    expect(first.errors).toBeUndefined();
    expect(first.data.awardCommendation.awardedBy.id).toBe(toGlobalId('Organisation', youthOrg));
    const retry = await youth.gql(AWARD, { input });
    expect(retry.data.awardCommendation.id).toBe(first.data.awardCommendation.id);
    const dup = await youth.gql(AWARD, { input: { ...input, idempotencyKey: null } });
    expect(dup.errors?.[0].extensions?.code).toBe('CONFLICT');
    const foreign = await women.gql(AWARD, { input: { ...input, idempotencyKey: null, title: '另一个称号' } });
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const again = await youth.gql(
      graphql(`
        query CommendationCandidates4 {
          commendationCandidates(year: 2026, first: 1) {
            commended
          }
        }
      `),
    );
    expect(again.data.commendationCandidates[0].commended).toBe(true);
  });
});
