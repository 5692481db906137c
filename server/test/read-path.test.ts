// The read path fetches what the query asks for: loaders select only the columns a selection set
// needs (context/selection.ts), and the answer is the same as from the tables themselves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import { maskIdNumber, maskPhone } from '../src/common/mask';
import { StatementCounter } from '../src/db/statement-counter';
import { DEMO_ACCOUNTS } from '../src/db/seed/accounts';
import type { TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startTestServer, type Client, type TestServer } from './helpers/server';

const counter = new StatementCounter(true);
let t: TestDatabase;
let server: TestServer;
let hub: Client;

beforeAll(async () => {
  t = await createSeededDatabase('readpath', { logger: counter });
  server = await startTestServer(t.db);
  hub = await server.as('hub.admin');
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

const NESTED = `query { campaigns(first: 5) { nodes { id name
  partners(first: 5) { role organisation { id name }
    events(first: 5) { id title startsAt
      participations(first: 5) { id status minutes volunteer { id realName } } } } } } }`;

interface Nested {
  campaigns: {
    nodes: Array<{
      id: string;
      name: string;
      partners: Array<{
        role: string;
        organisation: { id: string; name: string };
        events: Array<{
          id: string;
          title: string;
          startsAt: string;
          participations: Array<{
            id: string;
            status: string;
            minutes: number;
            volunteer: { id: string; realName: string } | null;
          }>;
        }>;
      }>;
    }>;
  };
}

/** The same graph from the tables, one level at a time, first 5 by id. */
async function expectedNested() {
  const q = <T>(sql: string, params: unknown[] = []) => t.db.query<T[]>(sql, params);
  const campaigns = await q<{ id: string; name: string }>(`SELECT id, name FROM campaign ORDER BY id LIMIT 5`);
  return Promise.all(
    campaigns.map(async (c) => ({
      id: toGlobalId('Campaign', c.id),
      name: c.name,
      partners: await Promise.all(
        (
          await q<{ role: string; organisation_id: string; oname: string }>(
            `SELECT cp.role, cp.organisation_id, o.name AS oname FROM campaign_partner cp
               JOIN organisation o ON o.id = cp.organisation_id WHERE cp.campaign_id = $1 ORDER BY cp.id LIMIT 5`,
            [c.id],
          )
        ).map(async (p) => ({
          role: p.role,
          organisation: { id: toGlobalId('Organisation', p.organisation_id), name: p.oname },
          events: await Promise.all(
            (
              await q<{ id: string; title: string; starts_at: Date }>(
                `SELECT id, title, starts_at FROM service_event WHERE campaign_id = $1 AND organiser_id = $2 ORDER BY id LIMIT 5`,
                [c.id, p.organisation_id],
              )
            ).map(async (e) => ({
              id: toGlobalId('ServiceEvent', e.id),
              title: e.title,
              startsAt: e.starts_at.toISOString(),
              participations: (
                await q<{ id: string; status: string; minutes: number; vid: string; real_name: string }>(
                  `SELECT p.id, p.status, p.minutes, v.id AS vid, v.real_name FROM participation p
                     JOIN volunteer v ON v.id = p.volunteer_id
                    WHERE p.event_id = $1 AND p.deleted_at IS NULL ORDER BY p.id LIMIT 5`,
                  [e.id],
                )
              ).map((p) => ({
                id: toGlobalId('Participation', p.id),
                status: p.status,
                minutes: p.minutes,
                volunteer: { id: toGlobalId('Volunteer', p.vid), realName: p.real_name },
              })),
            })),
          ),
        })),
      ),
    })),
  );
}

describe('loaders select the columns the selection set needs', () => {
  it('answers the nested graph as the tables hold it', async () => {
    counter.reset();
    const res = await hub.raw(NESTED);
    expect(res.errors).toBeUndefined();
    const data = res.data as Nested;
    expect(data.campaigns.nodes).toEqual(await expectedNested());
    const participations = data.campaigns.nodes.flatMap((c) =>
      c.partners.flatMap((p) => p.events.flatMap((e) => e.participations)),
    );
    expect(participations.length).toBeGreaterThan(0);
  });

  it('reads neither unused timestamps nor personal data it does not show, the volunteer joined', async () => {
    counter.reset();
    await hub.raw(NESTED);
    const participation = counter.statements.find((s) => /FROM "participation"/.test(s));
    expect(participation).toBeDefined();
    expect(participation).toContain('"status"');
    expect(participation).not.toContain('check_in_at');
    // The volunteer comes with the participations, its own columns only (joined by the loader, or
    // a level of the read planner's statement).
    expect(participation).toMatch(process.env.READ_PLANNER === 'off' ? /LEFT JOIN "volunteer"/ : /FROM "volunteer"/);
    expect(participation).toContain('real_name');
    expect(participation).not.toContain('id_number');
    expect(participation).not.toContain('registered_at');
    expect(counter.statements.filter((s) => /FROM "volunteer"/.test(s) && s !== participation)).toEqual([]);
  });

  it('gives every role the same volunteers joined as loaded by key', async () => {
    // `volunteer` is joined into the participations' statement under the volunteer's row scope;
    // the aliased `byKey` goes through the volunteer loader. Both must agree row by row, nulls included.
    const BOTH = `query { serviceEvents(first: 30) { nodes { participations(first: 20) {
      id volunteer { id realName } byKey: volunteer { id realName } } } } }`;
    let compared = 0;
    let hidden = 0;
    for (const { username } of DEMO_ACCOUNTS) {
      const client = await server.as(username);
      const res = await client.raw(BOTH);
      expect(res.errors, username).toBeUndefined();
      const data = res.data as {
        serviceEvents: {
          nodes: Array<{ participations: Array<{ volunteer: unknown; byKey: unknown }> }>;
        };
      };
      for (const p of data.serviceEvents.nodes.flatMap((e) => e.participations)) {
        expect(p.volunteer, username).toEqual(p.byKey);
        compared++;
        if (p.volunteer === null) hidden++;
      }
    }
    expect(compared).toBeGreaterThan(0);
    // Some role sees participations whose volunteer it may not see: the scope is really applied.
    expect(hidden).toBeGreaterThan(0);
  });

  it('reads what masked fields need, through fragments too', async () => {
    const res = await hub.raw(`query { campaigns(first: 1) { nodes { partners(first: 1) { events(first: 1) {
      participations(first: 3) { volunteer { ...V } } } } } } }
      fragment V on Volunteer { id phone idNumber }`);
    expect(res.errors).toBeUndefined();
    const data = res.data as {
      campaigns: {
        nodes: Array<{
          partners: Array<{
            events: Array<{ participations: Array<{ volunteer: { id: string; phone: string; idNumber: string } }> }>;
          }>;
        }>;
      };
    };
    const volunteers = data.campaigns.nodes.flatMap((c) =>
      c.partners.flatMap((p) => p.events.flatMap((e) => e.participations.map((x) => x.volunteer))),
    );
    expect(volunteers.length).toBeGreaterThan(0);
    for (const v of volunteers) {
      const id = Buffer.from(v.id, 'base64url').toString().split(':')[1];
      const [row] = await t.db.query<Array<{ phone: string; id_number: string }>>(
        'SELECT phone, id_number FROM volunteer WHERE id = $1',
        [id],
      );
      expect(v.phone).toBe(maskPhone(row.phone));
      expect(v.idNumber).toBe(maskIdNumber(row.id_number));
    }
  });
});

describe('global ids', () => {
  it('are base64url of Type:id, as Buffer encodes them', () => {
    for (const type of ['Volunteer', 'Participation', 'Region', 'AB', 'A', 'ServiceEvent', '同心'])
      for (const id of ['1', '12', '123', '1234', '98765432101234567', 42])
        expect(toGlobalId(type, id)).toBe(Buffer.from(`${type}:${id}`, 'utf8').toString('base64url'));
  });
});
