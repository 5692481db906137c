// Small-group suppression that holds: a viewer without access to personal data gets the disability
// breakdowns of every region, and an attacker who knows the rule, the published total and even
// which groups are non-empty tries to derive a hidden group as the total minus the visible groups
// (in each breakdown sharing that total). It derives nothing; the true counts come from the rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_GROUP_SIZE, suppressSmallGroups, suppressSmallTotal } from '../src/auth/small-groups';
import { toGlobalId } from '../src/common/node';
import type { TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { graphql } from './generated';
import { startTestServer, type Client, type TestServer } from './helpers/server';

interface Bucket {
  key: string;
  value: number;
}
interface Disability {
  beneficiaries: number;
  byCategory: Bucket[];
  byGrade: Bucket[];
}
type Section = 'byCategory' | 'byGrade';

let t: TestDatabase;
let server: TestServer;
let viewer: Client;
const FROM = '2026-01-01T00:00:00+08:00';
const TO = '2027-01-01T00:00:00+08:00';
const DISABILITY = graphql(`
  query SuppressionDisability($f: DashboardFilter) {
    dashboard(filter: $f) {
      disability {
        beneficiaries
        byCategory {
          key
          value
        }
        byGrade {
          key
          value
        }
      }
    }
  }
`);

/**
 * What the attacker gets: for each breakdown, the hidden groups it knows to be non-empty and the
 * remainder (total minus the visible groups). One hidden group with the remainder equal to its
 * true count is a derived cell.
 */
function derive(published: Disability, truth: Record<Section, Map<string, number>>) {
  const derived: string[] = [];
  for (const section of ['byCategory', 'byGrade'] as const) {
    const visible = published[section].filter((b) => b.key !== 'SUPPRESSED');
    const remainder = published.beneficiaries - visible.reduce((s, b) => s + b.value, 0);
    const hidden = [...truth[section]].filter(([k, n]) => n > 0 && !visible.some((b) => b.key === k));
    if (hidden.length === 1 && hidden[0][1] === remainder) derived.push(`${section}.${hidden[0][0]}=${remainder}`);
    // A visible group under the threshold is a leak in itself.
    for (const b of visible)
      if (b.value > 0 && b.value < MIN_GROUP_SIZE) derived.push(`${section}.${b.key}=${b.value}`);
    const merged = published[section].find((b) => b.key === 'SUPPRESSED');
    if (merged && hidden.length === 1) derived.push(`${section}.${hidden[0][0]}=${merged.value}`);
  }
  return derived;
}

beforeAll(async () => {
  t = await createSeededDatabase('suppression');
  server = await startTestServer(t.db);
  viewer = await server.as('viewer.demo');
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

describe('small-group suppression', () => {
  it('hides the next smallest group when one hidden group would be the total minus the rest', () => {
    const groups = [
      { key: 'A', label: 'A', value: 3 },
      { key: 'B', label: 'B', value: 20 },
      { key: 'C', label: 'C', value: 7 },
      { key: 'D', label: 'D', value: 0 },
    ];
    const shown = suppressSmallGroups(groups);
    expect(shown).toEqual([
      { key: 'B', label: 'B', value: 20 },
      { key: 'D', label: 'D', value: 0 },
      { key: 'SUPPRESSED', label: 'suppressed', value: 10 },
    ]);
    const truth = new Map(groups.map((g) => [g.key, g.value]));
    expect(
      derive({ beneficiaries: 30, byCategory: shown, byGrade: [] }, { byCategory: truth, byGrade: new Map() }),
    ).toEqual([]);
    // A total under the threshold is a small group itself, rounded for viewers.
    expect([0, 1, 2, 3, 4, 5, 12].map((n) => suppressSmallTotal(n))).toEqual([0, 0, 0, 5, 5, 5, 12]);
  });

  it('leaves a viewer nothing to derive in any region of the seeded city', async () => {
    const regions = await t.db.query<Array<{ id: string; path: string }>>(
      `SELECT r.id::text, r.path FROM region r
        WHERE EXISTS (SELECT 1 FROM beneficiary b JOIN region br ON br.id = b.region_id WHERE br.path LIKE r.path || '%')
        ORDER BY r.depth DESC, r.id LIMIT 60`,
    );
    expect(regions.length).toBeGreaterThan(10);
    let exposedBefore = 0; // breakdowns with exactly one group under 5: the case the old rule gave away
    const leaks: string[] = [];
    for (const r of regions) {
      const rows = await t.db.query<Array<{ cat: string; grade: string }>>(
        `SELECT b.disability_category::text AS cat, b.disability_grade::text AS grade
           FROM beneficiary b JOIN region br ON br.id = b.region_id WHERE br.path LIKE $1 || '%'`,
        [r.path],
      );
      const tally = (key: (x: { cat: string; grade: string }) => string) => {
        const m = new Map<string, number>();
        for (const x of rows) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
        return m;
      };
      const truth = { byCategory: tally((x) => x.cat), byGrade: tally((x) => x.grade) };
      for (const m of Object.values(truth))
        if ([...m.values()].filter((n) => n > 0 && n < MIN_GROUP_SIZE).length === 1) exposedBefore++;

      const res = await viewer.gql(DISABILITY, {
        f: { from: FROM, to: TO, regionId: toGlobalId('Region', r.id) },
      });
      expect(res.errors).toBeUndefined();
      leaks.push(...derive(res.data.dashboard.disability, truth).map((l) => `${r.path}: ${l}`));
    }
    expect(exposedBefore).toBeGreaterThan(0);
    expect(leaks).toEqual([]);
  });
});
