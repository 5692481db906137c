// Every mutation writes exactly one audit entry. The mutations are driven by tables split by concern
// (test/audit-once/*.ts), each run by its own test file on its own seeded city with the known world;
// test/audit-once.test.ts checks that together the tables name every Mutation field of the schema
// exactly once, so a new mutation cannot go unaudited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { toGlobalId } from '../../src/common/node';
import type { TestDatabase } from './database';
import { createSeededDatabase } from './fixture';
import { buildKnownWorld, type KnownWorld } from './known-world';
import { inviteAndActivate } from './accounts';
import { startTestServer, type Client, type TestServer } from './server';

export type Res = { data?: unknown; errors?: unknown; headers?: Headers };

/** What a table's entries act with: the known world, its accounts, and the results of earlier entries. */
export interface AuditWorld {
  db: DataSource;
  /** The test database's connection string. */
  url: string;
  server: TestServer;
  w: KnownWorld;
  hub: Client;
  alpha: Client;
  /** ORG_ADMIN of beta (made for these tests). */
  beta: Client;
  north: Client;
  station: Client;
  a1: Client;
  /** Results of earlier entries (their `id`, or a visit's id), by mutation name, and anything else set. */
  made: Record<string, string>;
  /** The clock every business rule reads. */
  clock: { now: Date };
  sql: <T = Record<string, unknown>>(q: string, p?: unknown[]) => Promise<T[]>;
  g: (type: string, id: string) => string;
  rawId: (id: string) => string;
  versionOf: (table: string, id: string) => Promise<number>;
}

/** Mutation → one valid invocation; entries run in table order, once each. */
export type AuditTable = Record<string, () => Promise<Res>>;
export type AuditTableBuilder = (c: AuditWorld) => AuditTable;
/** A table and what its entries need made first (with SQL or by mutations whose entries are not counted). */
export interface AuditPart {
  prepare?: (c: AuditWorld) => Promise<void>;
  /** Stops what `prepare` started. */
  cleanup?: () => Promise<void>;
  build: AuditTableBuilder;
}

/** The mutation names a part drives (its entries are not run). */
export const namesOf = (part: AuditPart) => Object.keys(part.build({ made: {} } as AuditWorld));

const idOf = (res: Res, field: string) => {
  const value = (res.data as Record<string, { id?: string; visit?: { id: string } }> | null | undefined)?.[field];
  return value?.id ?? value?.visit?.id ?? '';
};

/**
 * Runs the parts' tables on a fresh seeded city with the known world: each mutation must succeed and
 * the audit log grow by exactly one entry.
 */
export function describeAuditOnce(label: string, parts: AuditPart[], start?: Date) {
  let t: TestDatabase;
  const c = { made: {}, clock: { now: start ?? new Date() } } as AuditWorld;
  const table: AuditTable = {};
  for (const part of parts) Object.assign(table, part.build(c));

  beforeAll(async () => {
    t = await createSeededDatabase(`audit_once_${label}`);
    c.db = t.db;
    c.url = t.url;
    c.server = await startTestServer(t.db, { now: () => c.clock.now });
    c.hub = await c.server.as('hub.admin');
    c.w = await buildKnownWorld(t.db, c.hub);
    c.sql = <T>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);
    c.g = (type, id) => toGlobalId(type, id);
    c.rawId = (id) => Buffer.from(id, 'base64url').toString().split(':')[1];
    c.versionOf = async (tbl, id) =>
      Number((await t.db.query<Array<{ v: number }>>(`SELECT version AS v FROM ${tbl} WHERE id = $1`, [id]))[0].v);
    const beta = await inviteAndActivate(c.hub, c.hub, {
      username: 'audit.beta',
      roles: [{ role: 'ORG_ADMIN', organisationId: c.g('Organisation', c.w.org.beta) }],
    });
    expect(beta.errors).toBeUndefined();
    const { alpha, north, station, a1 } = c.w.account;
    [c.alpha, c.beta, c.north, c.station, c.a1] = await Promise.all(
      [alpha, 'audit.beta', north, station, a1].map((u) => c.server.as(u)),
    );
    for (const part of parts) await part.prepare?.(c);
  });
  afterAll(async () => {
    for (const part of parts) await part.cleanup?.();
    await c.server?.close();
    await t?.drop();
  });

  const audits = async () =>
    Number((await t.db.query<Array<{ n: string }>>(`SELECT count(*) AS n FROM audit_log`))[0].n);

  describe(`every mutation of ${label}`, () => {
    it.each(Object.keys(table))('%s writes exactly one audit entry', async (mutation) => {
      const before = await audits();
      const res = await table[mutation]();
      expect(res.errors, mutation).toBeUndefined();
      c.made[mutation] = idOf(res, mutation);
      expect(await audits()).toBe(before + 1);
    });
  });
}
