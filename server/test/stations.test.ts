// Station boards: what a station shows the public (opening hours, contact, services), kept by those
// who run it.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { nodeAs, startTestServer, type Client, type TestServer } from './helpers/server';
import { graphql } from './generated';

let t: TestDatabase;
let server: TestServer;
let youth: Client;
let station: Client;
const sql = async <T = SqlRow>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);
beforeAll(async () => {
  t = await createSeededDatabase('stations');
  server = await startTestServer(t.db);
  [youth, station] = await Promise.all(['youth.admin', 'station.coord'].map((u) => server.as(u)));
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

describe('station boards', () => {
  const UPDATE = graphql(`
    mutation UpdateStationBoard2($id: ID!, $v: Int!, $input: StationBoardInput!) {
      updateStationBoard(id: $id, version: $v, input: $input) {
        version
        openingHours
        contactPhone
        serviceTypes {
          id
        }
      }
    }
  `);
  it('are kept by the station’s coordinator and shown on the public board at once', async () => {
    const [{ station_id: own }] = await sql<{ station_id: string }>(
      `SELECT ra.station_id::text FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id WHERE a.username = 'station.coord'`,
    );
    const [{ version }] = await sql<{ version: number }>(`SELECT version FROM service_station WHERE id = $1`, [own]);
    const types = (await sql<{ id: string }>(`SELECT id::text FROM service_type ORDER BY id LIMIT 2`)).map((r) =>
      toGlobalId('ServiceType', r.id),
    );
    const id = toGlobalId('ServiceStation', own);
    const res = await station.gql(UPDATE, {
      id,
      v: version,
      input: { openingHours: '周一至周六 8:30-17:30', contactPhone: '0931-8123456', serviceTypeIds: types },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.updateStationBoard).toMatchObject({
      version: version + 1,
      openingHours: '周一至周六 8:30-17:30',
      contactPhone: '0931-8123456',
    });
    const board = await server.gql(
      graphql(`
        query StationBoardNode($id: ID!) {
          node(id: $id) {
            __typename
            ... on ServiceStation {
              openingHours
              serviceTypes {
                id
              }
            }
          }
        }
      `),
      { id },
    );
    expect(nodeAs(board.data.node, 'ServiceStation').openingHours).toBe('周一至周六 8:30-17:30');
    expect(
      nodeAs(board.data.node, 'ServiceStation')
        .serviceTypes.map((t) => t.id)
        .sort(),
    ).toEqual([...types].sort());
    const stale = await station.gql(UPDATE, { id, v: version, input: { openingHours: '全天' } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const badPhone = await station.gql(UPDATE, { id, v: version + 1, input: { contactPhone: '12' } });
    expect(badPhone.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.contactPhone' });
  });

  it('cannot be edited by another station’s coordinator or by an organisation admin', async () => {
    const [{ id: other, version }] = await sql<{ id: string; version: number }>(
      `SELECT id::text, version FROM service_station WHERE id <> (SELECT ra.station_id FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id WHERE a.username = 'station.coord') ORDER BY id LIMIT 1`,
    );
    const before = await sql<{ opening_hours: string }>(`SELECT opening_hours FROM service_station WHERE id = $1`, [
      other,
    ]);
    const res = await station.gql(UPDATE, {
      id: toGlobalId('ServiceStation', other),
      v: version,
      input: { openingHours: '不开放' },
    });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const org = await youth.gql(UPDATE, {
      id: toGlobalId('ServiceStation', other),
      v: version,
      input: { openingHours: '不开放' },
    });
    expect(org.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await sql(`SELECT opening_hours FROM service_station WHERE id = $1`, [other])).toEqual(before);
  });
});
