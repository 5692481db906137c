// Beneficiaries end to end: created with a certificate checked against identity, category and grade,
// in the creator's scope only.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import { makeCertificateNumber, makeIdentityNumber } from '../src/common/identity';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startTestServer, type Client, type TestServer } from './helpers/server';
import { graphql } from './generated';
import type { BeneficiaryInput } from './generated/graphql';

let t: TestDatabase;
let server: TestServer;
let hub: Client;
let station: Client;
const sql = async <T = SqlRow>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);
const count = async (table: string) => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

let seq = 1;
const newIdentity = (birth = '1998-04-12') => makeIdentityNumber('620102', birth, seq++ * 2 + 1);
beforeAll(async () => {
  t = await createSeededDatabase('beneficiaries');
  server = await startTestServer(t.db);
  [hub, station] = await Promise.all(['hub.admin', 'station.coord'].map((u) => server.as(u)));
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

describe('beneficiaries', () => {
  const CREATE = graphql(`
    mutation CreateBeneficiary2($input: BeneficiaryInput!) {
      createBeneficiary(input: $input) {
        id
        disabilityCategory
        disabilityGrade
        certificateNumber
        station {
          id
        }
      }
    }
  `);
  let stationId: string;
  let communityId: string;
  beforeAll(async () => {
    [{ station_id: stationId, region_id: communityId }] = await sql(
      `SELECT ra.station_id::text, s.region_id::text FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id
         JOIN service_station s ON s.id = ra.station_id WHERE a.username = 'station.coord'`,
    );
  });
  const person = (over: Partial<BeneficiaryInput> = {}): BeneficiaryInput => {
    const idNumber = newIdentity('1956-02-03');
    return {
      realName: '王芳',
      idNumber,
      disabilityCategory: 'VISUAL',
      disabilityGrade: 2,
      certificateNumber: makeCertificateNumber(idNumber, 'VISUAL', 2),
      regionId: toGlobalId('Region', communityId),
      accessNeeds: ['GUIDE', 'EASY_READ'],
      needServiceTypeIds: [],
      ...over,
    };
  };

  it('are created by the station coordinator with a checked certificate, masked on the way out', async () => {
    const input = person();
    const res = await station.gql(CREATE, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data.createBeneficiary.station?.id).toBe(toGlobalId('ServiceStation', stationId));
    expect(res.data.createBeneficiary.certificateNumber).not.toBe(input.certificateNumber);
  });

  it('refuse a certificate that disagrees with the category and grade, or is malformed, writing nothing', async () => {
    const before = await count('beneficiary');
    const p = person();
    const mismatch = await station.gql(CREATE, { input: { ...p, disabilityGrade: 3 } });
    expect(mismatch.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'input.certificateNumber', key: 'certificateMismatch' }),
    ]);
    const malformed = await station.gql(CREATE, { input: { ...p, certificateNumber: `${p.idNumber}92` } });
    expect(malformed.errors?.[0].extensions?.fields?.[0].key).toBe('certificateInvalid');
    const otherPerson = await station.gql(CREATE, {
      input: { ...p, certificateNumber: makeCertificateNumber(newIdentity(), 'VISUAL', 2) },
    });
    expect(otherPerson.errors?.[0].extensions?.fields?.[0].key).toBe('certificateMismatch');
    expect(await count('beneficiary')).toBe(before);
  });

  it('cannot be placed at another station by a coordinator', async () => {
    const [{ id: other }] = await sql<{ id: string }>(
      `SELECT id::text FROM service_station WHERE id <> $1 ORDER BY id LIMIT 1`,
      [stationId],
    );
    const res = await station.gql(CREATE, { input: person({ stationId: toGlobalId('ServiceStation', other) }) });
    expect(res.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'input.regionId', key: 'forbidden' }),
    ]);
  });

  it('are updated field by field: what is not sent stays, a changed grade needs its certificate', async () => {
    const input = person({ phone: '13700001111', address: '城关区某街道 8 号' });
    const created = (await station.gql(CREATE, { input })).data.createBeneficiary;
    const UPDATE = graphql(`
      mutation UpdateBeneficiary2($id: ID!, $v: Int!, $input: BeneficiaryUpdateInput!) {
        updateBeneficiary(id: $id, version: $v, input: $input) {
          version
          accessNeeds
          disabilityGrade
        }
      }
    `);
    const res = await station.gql(UPDATE, { id: created.id, v: 1, input: { accessNeeds: ['WHEELCHAIR'] } });
    expect(res.errors).toBeUndefined();
    expect(res.data.updateBeneficiary).toMatchObject({ version: 2, accessNeeds: ['WHEELCHAIR'], disabilityGrade: 2 });
    const [row] = await sql(
      `SELECT id_number, certificate_number, phone, address FROM beneficiary WHERE id_number = $1`,
      [input.idNumber],
    );
    expect(row).toEqual({
      id_number: input.idNumber,
      certificate_number: input.certificateNumber,
      phone: '13700001111',
      address: '城关区某街道 8 号',
    });
    const grade = await station.gql(UPDATE, { id: created.id, v: 2, input: { disabilityGrade: 3 } });
    expect(grade.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'input.certificateNumber', key: 'certificateMismatch' }),
    ]);
    const both = await station.gql(UPDATE, {
      id: created.id,
      v: 2,
      input: { disabilityGrade: 3, certificateNumber: makeCertificateNumber(input.idNumber, 'VISUAL', 3), phone: '' },
    });
    expect(both.data.updateBeneficiary).toMatchObject({ version: 3, disabilityGrade: 3 });
    expect((await sql(`SELECT phone FROM beneficiary WHERE id_number = $1`, [input.idNumber]))[0].phone).toBeNull();
  });

  it('take a duplicate identity number as CONFLICT', async () => {
    const [{ id_number }] = await sql<{ id_number: string }>(`SELECT id_number FROM beneficiary ORDER BY id LIMIT 1`);
    const res = await hub.gql(CREATE, {
      input: person({
        idNumber: id_number,
        certificateNumber: makeCertificateNumber(id_number, 'VISUAL', 2),
        stationId: toGlobalId('ServiceStation', stationId),
      }),
    });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.idNumber' });
  });
});
