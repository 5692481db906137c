// The dashboard's result cache stays bounded: one entry per scope and filter (the newest data
// version only), within a byte budget, and a write is still visible on the next read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import { DashboardCache, dashboardCache, NOW_FRESH_MS } from '../src/modules/dashboard/dashboard-cache';
import { StatementCounter } from '../src/db/statement-counter';
import type { Dashboard } from '../src/modules/dashboard/dashboard.inputs';
import type { TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { graphql } from './generated';
import { startTestServer, type Client, type TestServer } from './helpers/server';

const counter = new StatementCounter(true);
let t: TestDatabase;
let server: TestServer;
let hub: Client;
const sql = <T = Record<string, unknown>>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);
const DASHBOARD = graphql(`
  query DashboardCacheRead($f: DashboardFilter) {
    dashboard(filter: $f) {
      counts {
        volunteers
      }
      donations {
        cashFen
      }
    }
  }
`);

beforeAll(async () => {
  t = await createSeededDatabase('dashboard_cache', { logger: counter });
  server = await startTestServer(t.db);
  hub = await server.as('hub.admin');
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

describe('the dashboard cache behind the API', () => {
  it('keeps one entry per scope and filter however many writes come between reads', async () => {
    dashboardCache().clear();
    const read = async (f: Record<string, unknown> = {}) => {
      const res = await hub.gql(DASHBOARD, { f });
      expect(res.errors).toBeUndefined();
      return res.data.dashboard;
    };
    const before = dashboardCache().stats();
    await read();
    await read();
    const afterTwo = dashboardCache().stats();
    expect(afterTwo.hits - before.hits).toBe(1);
    expect(afterTwo.entries).toBe(1);

    const [org] = await sql<{ id: string }>(`SELECT id FROM organisation ORDER BY id LIMIT 1`);
    let previous = BigInt((await read()).donations.cashFen);
    for (let i = 1; i <= 5; i++) {
      await sql(
        `INSERT INTO donation (kind, amount_fen, donor_organisation_id, donated_on) VALUES ('CASH', $1, $2, (now() - interval '1 hour')::date)`,
        [1000 * i, org.id],
      );
      const cash = BigInt((await read()).donations.cashFen);
      expect(cash - previous).toBe(BigInt(1000 * i));
      previous = cash;
      expect(dashboardCache().stats().entries).toBe(1);
    }
    const [region] = await sql<{ id: string }>(`SELECT id FROM region WHERE level = 'DISTRICT' ORDER BY id LIMIT 1`);
    await read({ regionId: toGlobalId('Region', region.id) });
    expect(dashboardCache().stats().entries).toBe(2);
  });
});

describe('after a write', () => {
  const FULL = graphql(`
    query DashboardAfterWrite {
      dashboard {
        counts {
          volunteers
        }
        donations {
          cashFen
        }
        hours {
          verified
        }
      }
    }
  `);
  /** The dashboard's section statements among those counted (each opens with its own shape). */
  const sectionStatements = () => ({
    // Each section's statement over the base tables or, for the city, over its rollup.
    people: counter.statements.filter((s) => s.includes('GROUPING(v.status)') || s.includes('dashboard_people_rollup'))
      .length,
    donations: counter.statements.filter((s) => s.includes('GROUPING(d.item)')).length,
    events: counter.statements.filter((s) => s.includes('GROUPING(month)') || s.includes('dashboard_event_rollup'))
      .length,
  });

  it('recomputes only the sections over the tables the write changed', async () => {
    dashboardCache().clear();
    const first = (await hub.gql(FULL, {})).data.dashboard;
    const [org] = await sql<{ id: string }>(`SELECT id FROM organisation ORDER BY id LIMIT 1`);
    await sql(
      `INSERT INTO donation (kind, amount_fen, donor_organisation_id, donated_on) VALUES ('CASH', 700, $1, (now() - interval '1 hour')::date)`,
      [org.id],
    );
    counter.reset();
    const res = await hub.gql(FULL, {});
    expect(res.errors).toBeUndefined();
    expect(BigInt(res.data.dashboard.donations.cashFen) - BigInt(first.donations.cashFen)).toBe(700n);
    expect(res.data.dashboard.counts.volunteers).toBe(first.counts.volunteers);
    expect(sectionStatements()).toEqual({ people: 0, donations: 1, events: 0 });

    // A volunteer's change reaches the volunteer figures, which are recomputed.
    const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM volunteer`);
    await sql(`UPDATE volunteer SET insured = NOT insured WHERE id = (SELECT min(id) FROM volunteer)`);
    counter.reset();
    const again = await hub.gql(FULL, {});
    expect(again.data.dashboard.counts.volunteers).toBe(n);
    expect(sectionStatements()).toEqual({ people: 1, donations: 0, events: 0 });
  });

  it('computes a section once for the readers that ask at the same time', async () => {
    dashboardCache().clear();
    await hub.gql(FULL, {});
    const [org] = await sql<{ id: string }>(`SELECT id FROM organisation ORDER BY id LIMIT 1`);
    await sql(
      `INSERT INTO donation (kind, amount_fen, donor_organisation_id, donated_on) VALUES ('CASH', 300, $1, (now() - interval '1 hour')::date)`,
      [org.id],
    );
    counter.reset();
    const answers = await Promise.all(Array.from({ length: 5 }, () => hub.gql(FULL, {})));
    expect(new Set(answers.map((a) => a.data.dashboard.donations.cashFen)).size).toBe(1);
    expect(sectionStatements().donations).toBe(1);
  });
});

describe('DashboardCache', () => {
  const result = (n: number) => ({ counts: { volunteers: n }, pad: 'x'.repeat(1000) }) as unknown as Dashboard;

  it('stays within its byte budget, dropping the least recently used scopes', () => {
    const cache = new DashboardCache(20_000);
    for (let i = 0; i < 100; i++)
      cache.set(`scope-${i}`, { version: '1', computedAt: 0, fixedEnd: true, value: result(i) });
    const s = cache.stats();
    expect(s.bytes).toBeLessThanOrEqual(20_000);
    expect(s.entries).toBeLessThan(100);
    expect(cache.get('scope-99', '1', 0)).toBeDefined();
    expect(cache.get('scope-0', '1', 0)).toBeUndefined();
  });

  it('serves an entry only for its data version, and never lets an older version replace a newer one', () => {
    const cache = new DashboardCache(1_000_000);
    cache.set('k', { version: '7', computedAt: 0, fixedEnd: true, value: result(7) });
    cache.set('k', { version: '6', computedAt: 0, fixedEnd: true, value: result(6) });
    expect(cache.get('k', '6', 0)).toBeUndefined();
    expect(cache.get('k', '7', 0)?.counts.volunteers).toBe(7);
    cache.set('k', { version: '10', computedAt: 0, fixedEnd: true, value: result(10) });
    expect(cache.get('k', '7', 0)).toBeUndefined();
    expect(cache.stats().entries).toBe(1);
  });

  it('lets a period ending "now" age with the clock; a fixed period does not', () => {
    const cache = new DashboardCache(1_000_000);
    cache.set('now', { version: '1', computedAt: 1_000, fixedEnd: false, value: result(1) });
    cache.set('fixed', { version: '1', computedAt: 1_000, fixedEnd: true, value: result(1) });
    expect(cache.get('now', '1', 1_000 + NOW_FRESH_MS - 1)).toBeDefined();
    expect(cache.get('now', '1', 1_000 + NOW_FRESH_MS)).toBeUndefined();
    expect(cache.get('now', '1', 999)).toBeUndefined();
    expect(cache.get('fixed', '1', 1_000 + 100 * NOW_FRESH_MS)).toBeDefined();
  });
});
