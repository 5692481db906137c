// Arguments are validated by their class-validator rules (schema/validate-args.ts): a rule broken
// anywhere (a page bound, an inherited field, an item of a list) is BAD_USER_INPUT naming the field and
// changes nothing; an argument class without rules passes untouched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import type { TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startTestServer, type TestServer } from './helpers/server';

let t: TestDatabase;
let server: TestServer;

beforeAll(async () => {
  t = await createSeededDatabase('argvalidation');
  server = await startTestServer(t.db);
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

interface Failure {
  data?: unknown;
  errors?: Array<{ extensions?: { code?: string; field?: string; fields?: Array<{ field: string }> } }>;
}

describe('argument rules', () => {
  it('judges the same values the same way every time, a pass remembered never letting another value through', async () => {
    const hub = await server.as('hub.admin');
    // Passes are remembered per class by their values (schema/validate-args.ts): interleaved, each value
    // keeps its own verdict, and a value that failed fails again.
    for (const first of [3, 101, 3, 100, 101, 0, 100, 0, 1]) {
      const res = (await hub.raw(`query($n: Int) { volunteers(first: $n) { nodes { id } } }`, {
        n: first,
      })) as Failure & {
        data?: { volunteers: { nodes: unknown[] } } | null;
      };
      if (first >= 1 && first <= 100) {
        expect(res.errors, `first: ${first}`).toBeUndefined();
        expect(res.data?.volunteers.nodes.length).toBeGreaterThan(0);
      } else {
        expect(res.errors?.[0].extensions?.code, `first: ${first}`).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0].extensions?.field).toBe('first');
      }
    }
  });

  it('refuses a page size out of bounds, naming the argument', async () => {
    const hub = await server.as('hub.admin');
    for (const first of [0, 5000]) {
      const res = (await hub.raw(`query($n: Int) { volunteers(first: $n) { totalCount } }`, { n: first })) as Failure;
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.field).toBe('first');
    }
    const ok = (await hub.raw(`{ volunteers(first: 3) { nodes { id } } }`)) as {
      data: { volunteers: { nodes: unknown[] } };
    };
    expect(ok.data.volunteers.nodes).toHaveLength(3);
  });

  it('checks a rule the argument’s class inherits and the items of a list, and changes nothing', async () => {
    const hub = await server.as('hub.admin');
    const [v] = await t.db.query<Array<{ id: string; version: number; other_skill: string | null }>>(
      `SELECT id::text AS id, version, other_skill FROM volunteer ORDER BY id LIMIT 1`,
    );
    const doc = `mutation($id: ID!, $version: Int!, $input: VolunteerAdminInput!) {
      updateVolunteer(id: $id, version: $version, input: $input) { id } }`;
    const id = toGlobalId('Volunteer', v.id);
    // otherSkill's rule is declared on VolunteerProfileInput, which VolunteerAdminInput extends.
    const inherited = (await hub.raw(doc, {
      id,
      version: v.version,
      input: { otherSkill: 'x'.repeat(31) },
    })) as Failure;
    expect(inherited.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(inherited.errors?.[0].extensions?.field).toBe('otherSkill');
    const slot = { weekday: 1, from: '09:00', to: '12:00' };
    const listed = (await hub.raw(doc, {
      id,
      version: v.version,
      input: { availability: [slot, { ...slot, to: '12:00:00:00' }] },
    })) as Failure;
    expect(listed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(listed.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['availability.1.to']);
    const [after] = await t.db.query<Array<{ version: number; other_skill: string | null }>>(
      `SELECT version, other_skill FROM volunteer WHERE id = $1`,
      [v.id],
    );
    expect(after).toEqual({ version: v.version, other_skill: v.other_skill });
  });

  it('passes an argument whose class has no rules as it came', async () => {
    const hub = await server.as('hub.admin');
    const [{ n }] = await t.db.query<Array<{ n: string }>>(
      `SELECT count(*) AS n FROM volunteer WHERE status = 'ACTIVE' AND real_name LIKE '%' || $1 || '%'`,
      ['王'],
    );
    const res = (await hub.raw(`query($f: VolunteerFilter) { volunteers(filter: $f) { totalCount } }`, {
      f: { statuses: ['ACTIVE'], search: '王' },
    })) as { data: { volunteers: { totalCount: number } } };
    expect(res.data.volunteers.totalCount).toBe(Number(n));
  });
});
