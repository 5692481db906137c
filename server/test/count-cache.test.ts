// A list page's total is remembered between pages while the tables it counts are unchanged
// (db/count-cache.ts): it always equals what SQL counts, after writes, for each scope, and a
// transaction that wrote neither uses nor stores a remembered total.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countCacheStats, rememberedCountSql, versionedTables, versionSql } from '../src/db/count-cache';
import type { TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startTestServer, type TestServer } from './helpers/server';

/** Rows of a statement on the database or a transaction's manager. */
type Queryable = { query: (sql: string, params?: unknown[]) => Promise<unknown> };
const rows = async <T>(q: Queryable, sql: string, params: unknown[] = []) => (await q.query(sql, params)) as T[];

let t: TestDatabase;
let server: TestServer;

beforeAll(async () => {
  t = await createSeededDatabase('countcache');
  server = await startTestServer(t.db);
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

describe('which counts may be remembered', () => {
  it('takes a count over versioned tables, subqueries and literals included', () => {
    expect(
      versionedTables(
        `SELECT count(*) FROM "volunteer" "v" WHERE "v"."home_region_id" IN (SELECT sub.id FROM region sub WHERE sub.path LIKE ` +
          `(SELECT root.path FROM region root WHERE root.id = :r) || '%') AND "v"."status" IN (:...s) AND v.note <> 'FROM user_account, x'`,
      ),
    ).toEqual(['region', 'volunteer']);
    expect(versionedTables(`SELECT count(*) FROM participation p JOIN volunteer v ON v.id = p.volunteer_id`)).toEqual([
      'participation',
      'volunteer',
    ]);
  });

  it('refuses anything the table versions do not cover', () => {
    for (const sql of [
      `SELECT count(*) FROM volunteer v WHERE v.id IN (SELECT volunteer_id FROM role_assignment)`, // not versioned
      `SELECT count(*) FROM "user_account" a`,
      `SELECT count(*) FROM volunteer v, region r WHERE r.id = v.home_region_id`, // comma join
      `SELECT count(*) FROM volunteer v WHERE v.registered_at > now() - interval '1 day'`, // the clock
      `SELECT count(*) FROM volunteer v WHERE v.birth_date < current_date`,
      `SELECT count(*) FROM volunteer v WHERE in_scope(v.id)`, // a function may read anything
      `SELECT count(*) FROM public.volunteer v`,
      `SELECT count(*) FROM unnest(:ids) u`,
      `WITH x AS (SELECT id FROM volunteer) SELECT count(*) FROM x`,
      `SELECT count(*) FROM volunteer v JOIN LATERAL (SELECT 1 FROM region) r ON true`,
      `SELECT 1`,
    ])
      expect(versionedTables(sql), sql).toBeNull();
  });
});

describe('the versions in the statement', () => {
  it('counts only when the versions moved, and reads none inside a transaction that wrote', async () => {
    const count = `SELECT count(*) FROM volunteer v WHERE v.status = 'ACTIVE'`;
    const [{ version }] = await rows<{
      version: string;
    }>(t.db, `SELECT (${versionSql(['volunteer'])})::text AS version`);
    const [{ n }] = await rows<{
      n: string;
    }>(t.db, `SELECT count(*)::text AS n FROM volunteer WHERE status = 'ACTIVE'`);
    const total = async (q: Queryable, v: string) => {
      const [row] = await rows<{ total: string | null }>(
        q,
        `SELECT (${rememberedCountSql(count, ['volunteer']).replace(':__countVersion', '$1')})::text AS total`,
        [v],
      );
      return row.total;
    };
    expect(await total(t.db, version)).toBeNull(); // unchanged: the remembered total holds
    expect(await total(t.db, '-1')).toBe(n); // nothing remembered: counted
    await t.db
      .transaction(async (m) => {
        await m.query(
          `UPDATE volunteer SET status = 'PENDING' WHERE id = (SELECT min(id) FROM volunteer WHERE status = 'ACTIVE')`,
        );
        const [{ inside }] = await rows<{
          inside: string | null;
        }>(m, `SELECT (${versionSql(['volunteer'])})::text AS inside`);
        expect(inside).toBeNull();
        // Whatever version is offered, a transaction that wrote counts its own rows.
        expect(await total(m, version)).toBe(String(Number(n) - 1));
        const [{ next }] = await rows<{
          next: string;
        }>(m, `SELECT max(version)::text AS next FROM table_version`);
        expect(await total(m, next)).toBe(String(Number(n) - 1));
        throw new Error('roll back');
      })
      .catch((e: Error) => expect(e.message).toBe('roll back'));
    expect(await total(t.db, version)).toBeNull();

    // A table without its version row (its writes would stamp nothing) is never taken as unchanged.
    await t.db.query(`DELETE FROM table_version WHERE table_name = 'volunteer'`);
    try {
      const [{ gone }] = await rows<{
        gone: string | null;
      }>(t.db, `SELECT (${versionSql(['volunteer', 'region'])})::text AS gone`);
      expect(gone).toBeNull();
    } finally {
      await t.db.query(`INSERT INTO table_version VALUES ('volunteer', $1)`, [version]);
    }
  });
});

describe('totalCount through the API', () => {
  const QUERY = `query($s: [VolunteerStatus!]) { volunteers(first: 3, filter: { statuses: $s }) { totalCount nodes { id } } }`;
  const sqlCount = async (status: string, scope = '') =>
    Number(
      (
        await rows<{
          n: number;
        }>(t.db, `SELECT count(*)::int AS n FROM volunteer v WHERE v.status = $1 ${scope}`, [status])
      )[0].n,
    );
  const totalOf = async (who: string, status: string) => {
    const res = (await (await server.as(who)).raw(QUERY, { s: [status] })) as {
      data?: { volunteers: { totalCount: number } };
      errors?: unknown;
    };
    expect(res.errors).toBeUndefined();
    return res.data!.volunteers.totalCount;
  };

  it('answers a repeated page from the remembered total, and the count of SQL after every write', async () => {
    const active = await sqlCount('ACTIVE');
    expect(await totalOf('hub.admin', 'ACTIVE')).toBe(active);
    const hits = countCacheStats.hits;
    expect(await totalOf('hub.admin', 'ACTIVE')).toBe(active);
    expect(countCacheStats.hits).toBe(hits + 1);

    const [{ id }] = await rows<{
      id: string;
    }>(t.db, `SELECT min(id)::text AS id FROM volunteer WHERE status = 'ACTIVE'`);
    await t.db.query(`UPDATE volunteer SET status = 'PENDING' WHERE id = $1`, [id]);
    expect(await sqlCount('ACTIVE')).toBe(active - 1);
    expect(await totalOf('hub.admin', 'ACTIVE')).toBe(active - 1);
    expect(await totalOf('hub.admin', 'ACTIVE')).toBe(active - 1);

    // A write to a table this count does not read leaves the total as it was, and right.
    await t.db.query(`UPDATE campaign SET name = name WHERE id = (SELECT min(id) FROM campaign)`);
    expect(await totalOf('hub.admin', 'ACTIVE')).toBe(active - 1);

    await t.db.query(`UPDATE volunteer SET status = 'ACTIVE' WHERE id = $1`, [id]);
    expect(await sqlCount('ACTIVE')).toBe(active);
    expect(await totalOf('hub.admin', 'ACTIVE')).toBe(active);
  });

  it('keeps each scope’s total apart', async () => {
    const hub = await totalOf('hub.admin', 'ACTIVE');
    const district = await totalOf('district.admin', 'ACTIVE');
    expect(district).toBeLessThan(hub);
    // Again, from the remembered totals: each its own.
    expect(await totalOf('district.admin', 'ACTIVE')).toBe(district);
    expect(await totalOf('hub.admin', 'ACTIVE')).toBe(hub);
    expect(hub).toBe(await sqlCount('ACTIVE'));
  });
});
