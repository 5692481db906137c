// A select builder's text is built once per shape (db/sql-cache.ts): whatever differs in a builder's
// structure gets a text of its own, parameter values never share a text wrongly, and what the key
// cannot write out is built as before. Every test run also sets SQL_CACHE_VERIFY (vitest.config.ts),
// so each hit anywhere in the suite is compared with the builder's own text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { cachedSql, getRawManyCached, shapeOf, SQL_CACHE_SIZE, sqlCacheStats } from '../src/db/sql-cache';
import { Volunteer } from '../src/modules/volunteer/volunteer.entity';
import { Organisation } from '../src/modules/organisation/organisation.entity';
import type { TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startTestServer, type TestServer } from './helpers/server';

let t: TestDatabase;
let server: TestServer;

beforeAll(async () => {
  t = await createSeededDatabase('sqlcache');
  server = await startTestServer(t.db);
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

const volunteers = () => t.db.createQueryBuilder(Volunteer, 'v');

describe('the text of a builder', () => {
  it('is the builder’s own for every variation of its structure, and shared only by equal shapes', () => {
    const base = () =>
      volunteers()
        .select(['v.id', 'v.realName'])
        .where('v.status IN (:...s)', { s: ['ACTIVE'] });
    const variants: Array<SelectQueryBuilder<ObjectLiteral>> = [
      base(),
      base().andWhere('v.category = :c', { c: 'STUDENT' }),
      base().orWhere('v.category = :c', { c: 'STUDENT' }),
      base().orderBy('v.registeredAt', 'DESC'),
      base().orderBy('v.registeredAt', 'ASC'),
      base().limit(10),
      base().limit(11),
      base().offset(5),
      base().addSelect('v.phone'),
      base().addSelect('v.phone', 'phone_alias'),
      base().groupBy('v.id'),
      base().andWhere(new Brackets((b) => b.where('v.id > :a', { a: 1 }).orWhere('v.id < :b', { b: 0 }))),
      volunteers()
        .select(['v.id', 'v.realName'])
        .where('v.status IN (:...s)', { s: ['ACTIVE'] })
        .distinct(),
      t.db.createQueryBuilder(Organisation, 'v').select(['v.id', 'v.name']).where('v.id > :x', { x: 0 }),
      t.db
        .createQueryBuilder(Volunteer, 'w')
        .select(['w.id', 'w.realName'])
        .where('w.status IN (:...s)', { s: ['ACTIVE'] }),
    ];
    const texts = variants.map((qb) => {
      const text = cachedSql(qb);
      expect(text).toBe(qb.getQuery());
      return text;
    });
    // Each variant's text is different from every other (none answered from another shape's entry)...
    expect(new Set(texts).size).toBe(variants.length);
    // ...and asked again, each variant gets its own text back from the cache.
    const hits = sqlCacheStats.hits;
    variants.forEach((qb, i) => expect(cachedSql(qb)).toBe(texts[i]));
    expect(sqlCacheStats.hits - hits).toBe(variants.length);
  });

  it('does not depend on parameter values, which are bound on every call', async () => {
    const page = (status: string, categories: string[]) =>
      volunteers()
        .select(['v.id', 'v.status', 'v.category'])
        .where('v.status = :status', { status })
        .andWhere('v.category IN (:...categories)', { categories })
        .orderBy('v.id', 'ASC');
    expect(shapeOf(page('ACTIVE', ['STUDENT']))).toBe(shapeOf(page('PENDING', ['STAFF'])));
    const counts = await t.db.query<Array<{ status: string; category: string; n: string }>>(
      `SELECT status, category, count(*) AS n FROM volunteer GROUP BY 1, 2`,
    );
    for (const { status, category, n } of counts.slice(0, 6)) {
      const rows = await getRawManyCached(page(status, [category]));
      expect(rows.length).toBe(Number(n));
      expect(rows.every((r) => r.v_status === status && r.v_category === category)).toBe(true);
    }
    // A list parameter of another length expands to as many placeholders, bound afresh.
    const two = counts.filter((c) => c.status === counts[0].status).slice(0, 2);
    const rows = await getRawManyCached(
      page(
        counts[0].status,
        two.map((c) => c.category),
      ),
    );
    expect(rows.length).toBe(two.reduce((sum, c) => sum + Number(c.n), 0));
  });

  it('is built as before for a builder holding what the key cannot write out', () => {
    const joined = volunteers().leftJoin('v.organisation', 'o').select(['v.id', 'o.name']);
    expect(shapeOf(joined)).toBeNull();
    const before = sqlCacheStats.uncacheable;
    expect(cachedSql(joined)).toBe(joined.getQuery());
    expect(sqlCacheStats.uncacheable).toBe(before + 1);
    const callback = volunteers()
      .select('v.id')
      .where((qb: { alias: string }) => `${qb.alias}.id > 0`);
    expect(cachedSql(callback)).toBe(callback.getQuery());
  });

  it('keeps the shapes in use when one-off shapes (a scope each) fill it', () => {
    const shape = (n: number) => volunteers().select('v.id').where(`v.id <> ${n}`);
    cachedSql(shape(-1));
    cachedSql(shape(-2));
    for (let n = 0; n < SQL_CACHE_SIZE + 10; n++) {
      cachedSql(shape(n));
      if (n % 100 === 0) cachedSql(shape(-1)); // in use throughout
    }
    const hits = sqlCacheStats.hits;
    cachedSql(shape(-1));
    expect(sqlCacheStats.hits).toBe(hits + 1);
    const misses = sqlCacheStats.misses;
    cachedSql(shape(-2)); // not used since: gone
    expect(sqlCacheStats.misses).toBe(misses + 1);
  });

  it('leaves the builder as it was after a cached read', async () => {
    const qb = volunteers().select('v.id').where('v.id = :id', { id: '1' });
    await getRawManyCached(qb);
    qb.andWhere('v.status = :s', { s: 'ACTIVE' });
    expect(qb.getQuery()).toContain('"v"."status" = :s');
    expect(Object.hasOwn(qb, 'getQuery')).toBe(false);
  });
});

type Page = { volunteers: { totalCount: number } };

describe('through the API', () => {
  it('serves repeated list pages from the cache, with each viewer’s own rows', async () => {
    const doc = `query($f: VolunteerFilter) { volunteers(first: 50, filter: $f) { totalCount nodes { id realName homeRegion { name } } } }`;
    const hub = await server.as('hub.admin');
    const district = await server.as('district.admin');
    const first = (await hub.raw(doc, { f: { statuses: ['ACTIVE'] } })).data as Page;
    const hits = sqlCacheStats.hits;
    const again = (await hub.raw(doc, { f: { statuses: ['ACTIVE'] } })).data as Page;
    expect(again).toEqual(first);
    expect(sqlCacheStats.hits).toBeGreaterThan(hits);
    // The district admin's page carries their scope in its own text: fewer rows, never the hub's.
    const [{ n }] = await t.db.query<Array<{ n: string }>>(
      `SELECT count(*) AS n FROM volunteer WHERE status = 'ACTIVE'`,
    );
    expect(first.volunteers.totalCount).toBe(Number(n));
    const scoped = (await district.raw(doc, { f: { statuses: ['ACTIVE'] } })).data as Page;
    expect(scoped.volunteers.totalCount).toBeGreaterThan(0);
    expect(scoped.volunteers.totalCount).toBeLessThan(Number(n));
  });
});
