// A select builder's text is built once per shape (db/sql-cache.ts): whatever differs in a builder's
// structure gets a text of its own, parameter values never share a text wrongly, and what the key
// cannot write out is built as before. Every test run also sets SQL_CACHE_VERIFY (vitest.config.ts),
// so each hit anywhere in the suite is compared with the builder's own text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { cachedSql, getRawManyCached, shapeOf, SQL_CACHE_SIZE, sqlCacheStats } from '../src/db/sql-cache';
import { Volunteer } from '../src/modules/volunteer/volunteer.entity';
import { Organisation } from '../src/modules/organisation/organisation.entity';
import { ServiceEvent } from '../src/modules/service-event/service-event.entity';
import { Participation } from '../src/modules/service-event/participation.entity';
import { whereBetween, whereEquals, whereInRegionSubtree } from '../src/common/filters';
import { fromGlobalId, toGlobalId } from '../src/common/node';
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

describe('filters', () => {
  it('name their parameters by the builder, so equal filters make equal shapes and never collide', async () => {
    const [a, b] = await t.db.query<Array<{ id: string }>>(
      `SELECT id::text AS id FROM region WHERE level = 'DISTRICT' ORDER BY id LIMIT 2`,
    );
    // Two filters on one column, and a subquery's filters that reach the parent's parameters.
    const filtered = (region: string, status: string, from: string) => {
      const qb = t.db.createQueryBuilder(Participation, 'p').select('count(*)', 'n');
      whereEquals(qb, 'p.status', status);
      whereEquals(qb, 'p.status', status);
      const events = qb.subQuery().select('ev.id').from(ServiceEvent, 'ev');
      whereInRegionSubtree(events, 'ev.region_id', region);
      whereBetween(events, 'ev.starts_at', from, '2100-01-01');
      qb.andWhere(`p.eventId IN ${events.getQuery()}`, events.getParameters());
      return qb;
    };
    const one = filtered(a.id, 'COMPLETED', '2000-01-01');
    expect(Object.keys(one.getParameters()).sort()).toEqual(['eq_0', 'eq_1', 'from_0', 'region_0', 'to_0']);
    expect(shapeOf(one)).not.toBeNull();
    expect(shapeOf(one)).toBe(shapeOf(filtered(b.id, 'SIGNED_UP', '2010-01-01')));
    for (const [region, status] of [
      [a.id, 'COMPLETED'],
      [b.id, 'SIGNED_UP'],
    ]) {
      const [{ n }] = await getRawManyCached(filtered(region, status, '2000-01-01'));
      const [{ n: expected }] = await t.db.query<Array<{ n: string }>>(
        `SELECT count(*) AS n FROM participation p JOIN service_event e ON e.id = p.event_id
          JOIN region r ON r.id = e.region_id
         WHERE p.deleted_at IS NULL AND p.status = $1 AND r.path LIKE (SELECT path FROM region WHERE id = $2) || '%'
           AND e.starts_at >= '2000-01-01' AND e.starts_at < '2100-01-01'`,
        [status, region],
      );
      expect(Number(n)).toBe(Number(expected));
    }
  });
});

describe('through the API', () => {
  it('serves a filtered page from the cache the second time, whatever the filter’s values', async () => {
    const doc = `query($f: VolunteerFilter) { volunteers(first: 20, filter: $f) { totalCount nodes { id } } }`;
    const hub = await server.as('hub.admin');
    const regions = await t.db.query<Array<{ id: string; n: string }>>(
      `SELECT r.id::text AS id, (SELECT count(*) FROM volunteer v JOIN region h ON h.id = v.home_region_id
          WHERE v.status = 'ACTIVE' AND h.path LIKE r.path || '%') AS n
         FROM region r WHERE r.level = 'DISTRICT' ORDER BY r.id LIMIT 3`,
    );
    const filter = (id: string) => ({ statuses: ['ACTIVE'], regionId: toGlobalId('Region', id), search: 'a' });
    await hub.raw(doc, { f: filter(regions[0].id) });
    const misses = sqlCacheStats.misses;
    const hits = sqlCacheStats.hits;
    for (const r of regions) {
      const page = (await hub.raw(doc, { f: { ...filter(r.id), search: undefined } })).data as Page;
      expect(page.volunteers.totalCount).toBe(Number(r.n));
    }
    // The first shape (with a search) once more, then each region without it: two shapes, built once each.
    await hub.raw(doc, { f: filter(regions[1].id) });
    expect(sqlCacheStats.misses - misses).toBeLessThanOrEqual(2);
    expect(sqlCacheStats.hits - hits).toBeGreaterThanOrEqual(3);
  });

  it('keys a page by everything it adds to the filter: limit, offset, cursor, order, columns and total', async () => {
    const hub = await server.as('hub.admin');
    const ordered = async (order: string, first: number, offset: number) =>
      (
        await t.db.query<Array<{ id: string; real_name: string }>>(
          `SELECT id::text AS id, real_name FROM volunteer WHERE status = 'ACTIVE'
            ORDER BY ${order} LIMIT $1 OFFSET $2`,
          [first, offset],
        )
      ).map((r) => r.id);
    const newest = 'registered_at DESC, id DESC';
    const byName = 'real_name ASC, id ASC';
    type Answer = {
      volunteers: {
        totalCount?: number;
        pageInfo: { endCursor: string };
        nodes: Array<{ id: string; realName?: string; homeRegion?: { name: string } }>;
      };
    };
    const page = async (args: string, fields: string) =>
      (
        (
          await hub.raw(
            `{ volunteers(filter: { statuses: [ACTIVE] }, ${args}) { ${fields} pageInfo { endCursor } nodes { id ${fields ? 'realName homeRegion { name }' : ''} } } }`,
            {},
          )
        ).data as Answer
      ).volunteers;
    const ids = (a: Answer['volunteers']) => a.nodes.map((n) => fromGlobalId(n.id).id);
    const [{ n }] = await t.db.query<Array<{ n: string }>>(
      `SELECT count(*) AS n FROM volunteer WHERE status = 'ACTIVE'`,
    );
    // Each variant twice: the second is served from the cache (and, with SQL_CACHE_VERIFY, compared there too).
    for (let round = 0; round < 2; round++) {
      const five = await page('first: 5', 'totalCount');
      expect(ids(five)).toEqual(await ordered(newest, 5, 0));
      expect(five.totalCount).toBe(Number(n));
      expect(ids(await page('first: 7', 'totalCount'))).toEqual(await ordered(newest, 7, 0));
      expect(ids(await page('first: 5, offset: 5', 'totalCount'))).toEqual(await ordered(newest, 5, 5));
      expect(ids(await page(`first: 5, after: "${five.pageInfo.endCursor}"`, 'totalCount'))).toEqual(
        await ordered(newest, 5, 5),
      );
      const named = await page('first: 5, orderBy: { field: NAME, direction: ASC }', 'totalCount');
      expect(ids(named)).toEqual(await ordered(byName, 5, 0));
      expect(
        ids(await page(`first: 5, orderBy: { field: NAME, direction: ASC }, after: "${named.pageInfo.endCursor}"`, '')),
      ).toEqual(await ordered(byName, 5, 5));
      const bare = await page('first: 5', '');
      expect(ids(bare)).toEqual(await ordered(newest, 5, 0));
      expect(bare.totalCount).toBeUndefined();
      expect(bare.nodes[0].homeRegion).toBeUndefined();
    }
  });

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
