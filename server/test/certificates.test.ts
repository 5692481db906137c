// Service-record certificates end to end: a volunteer issues its own, the PDF's text states the
// facts (hours per year checked against an independent query), its QR code decodes to the public
// verification page, which shows the snapshot and, once an admin revokes it, the revocation; who
// may issue (oneself, an admin in scope) and who may not; both writes audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { pdfQrCodes, pdfText } from './helpers/pdf';
import { startTestServer, type Client, type TestServer } from './helpers/server';
import { graphql } from './generated';

const ISSUE = graphql(`
  mutation IssueCertificate($input: IssueServiceCertificateInput!) {
    issueServiceCertificate(input: $input) {
      id
      code
      pdfUrl
      verifyPath
      revokedAt
      issuer {
        name
      }
      facts {
        name
        maskedIdNumber
        totalHours
        eventCount
        starLevel
        issuer
        hoursByYear {
          year
          hours
        }
      }
      viewerCan {
        revoke
      }
    }
  }
`);

const REVOKE = graphql(`
  mutation RevokeCertificate($input: RevokeServiceCertificateInput!) {
    revokeServiceCertificate(input: $input) {
      id
      revokedAt
      revokeReason
      viewerCan {
        revoke
      }
    }
  }
`);

const VERIFY = graphql(`
  query VerifyCertificate($code: String!) {
    verifyServiceCertificate(code: $code) {
      code
      issuedAt
      revoked
      revokedAt
      facts {
        name
        maskedIdNumber
        totalHours
        eventCount
        starLevel
        issuer
        periodFrom
        periodTo
        registeredWith
        servedWith
        hoursByYear {
          year
          hours
        }
        hoursByServiceType {
          serviceType
          hours
        }
        events {
          title
          date
          hours
        }
      }
    }
  }
`);

let t: TestDatabase;
let server: TestServer;
let hub: Client;
let district: Client;
let volunteer: Client;
let station: Client;
let own: { id: string; real_name: string; id_number: string; phone: string; verified_minutes: string; home: string };
const sql = async <T = SqlRow>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);

/** Hours per year of a volunteer, by its own statement: verified participations, city years. */
const hoursByYear = (volunteerId: string) =>
  sql<{ year: number; hours: string }>(
    `SELECT extract(year FROM e.starts_at AT TIME ZONE 'Asia/Shanghai')::int AS year,
            round(sum(p.minutes) / 60.0, 1)::text AS hours
       FROM participation p JOIN service_event e ON e.id = p.event_id
      WHERE p.volunteer_id = $1 AND p.verified_at IS NOT NULL AND p.deleted_at IS NULL
      GROUP BY 1 HAVING sum(p.minutes) > 0 ORDER BY 1`,
    [volunteerId],
  );

const download = async (client: Client, path: string) =>
  fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${client.token}` } });
const pdfOf = async (client: Client, path: string) => {
  const res = await download(client, path);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/pdf');
  return Buffer.from(await res.arrayBuffer());
};
const squeeze = (s: string) => s.replace(/\s+/g, '');

beforeAll(async () => {
  t = await createSeededDatabase('certificates');
  server = await startTestServer(t.db);
  [hub, district, volunteer, station] = await Promise.all(
    ['hub.admin', 'district.admin', 'volunteer.demo', 'station.coord'].map((u) => server.as(u)),
  );
  // The demo volunteer's record gets verified hours in two years (the small seed may give it none).
  await sql(
    `INSERT INTO participation (event_id, volunteer_id, status, minutes, verified_at, check_in_at, check_out_at)
     SELECT e.id, ra.volunteer_id, 'COMPLETED', 95 + 20 * row_number() OVER (ORDER BY e.starts_at), now(), e.starts_at, e.ends_at
       FROM (SELECT DISTINCT ON (extract(year FROM starts_at)) * FROM service_event
              WHERE starts_at < now() ORDER BY extract(year FROM starts_at) DESC, starts_at) e
       CROSS JOIN role_assignment ra JOIN user_account a ON a.id = ra.account_id
      WHERE a.username = 'volunteer.demo'
        AND NOT EXISTS (SELECT 1 FROM participation x WHERE x.event_id = e.id AND x.volunteer_id = ra.volunteer_id)
      LIMIT 2`,
  );
  [own] = await sql(
    `SELECT v.id::text, v.real_name, v.id_number, v.phone, v.verified_minutes::text, v.home_region_id::text AS home
       FROM volunteer v JOIN role_assignment ra ON ra.volunteer_id = v.id
       JOIN user_account a ON a.id = ra.account_id WHERE a.username = 'volunteer.demo'`,
  );
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

describe('service-record certificates', () => {
  let code = '';
  let certId = '';
  let pdfUrl = '';

  it('a volunteer issues its own; the PDF states name, masked id, hours per year and the issuer', async () => {
    const res = await volunteer.gql(ISSUE, { input: { volunteerId: toGlobalId('Volunteer', own.id) } });
    expect(res.errors).toBeUndefined();
    const cert = res.data.issueServiceCertificate;
    ({ code, id: certId, pdfUrl } = cert);
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(cert.viewerCan.revoke).toBe(false);
    const masked = `${own.id_number.slice(0, 4)}**********${own.id_number.slice(-4)}`;
    expect(cert.facts).toMatchObject({ name: own.real_name, maskedIdNumber: masked });
    expect(cert.facts.totalHours).toBe(Math.round(Number(own.verified_minutes) / 6) / 10);

    const expected = await hoursByYear(own.id);
    expect(expected.length).toBeGreaterThan(0);
    const text = squeeze(await pdfText(await pdfOf(volunteer, pdfUrl)));
    expect(text).toContain('志愿服务记录证明');
    expect(text).toContain(squeeze(`兹证明 ${own.real_name}（身份证号：${masked}）`));
    expect(text).not.toContain(own.id_number);
    expect(text).toContain(`证明编号：${code}`);
    for (const y of expected) expect(text).toContain(`${y.year}年${y.hours}小时`);
    expect(text).toContain(`出具单位：${cert.issuer!.name}`);
    expect(text).toContain(`${cert.facts.starLevel}星级志愿者`);
  });

  it('prints a QR code that decodes to the public verification page of its code', async () => {
    const codes = await pdfQrCodes(await pdfOf(volunteer, pdfUrl));
    expect(codes).toEqual([`${server.url}/verify/${code}`]);
  });

  it('verifies anonymously by code, typed any way, with the snapshot and no other personal data', async () => {
    const typed = code.toLowerCase().replace(/-/g, ' ');
    const res = await server.gql(VERIFY, { code: typed });
    expect(res.errors).toBeUndefined();
    const v = res.data.verifyServiceCertificate!;
    expect(v).toMatchObject({ code, revoked: false, revokedAt: null });
    expect(v.facts.name).toBe(own.real_name);
    const expected = await hoursByYear(own.id);
    expect(v.facts.hoursByYear).toEqual(expected.map((y) => ({ year: y.year, hours: Number(y.hours) })));
    const body = JSON.stringify(res.data);
    expect(body).not.toContain(own.id_number);
    expect(body).not.toContain(own.phone);
    expect((await server.gql(VERIFY, { code: 'ZZZZ-ZZZZ-ZZZZ' })).data.verifyServiceCertificate).toBeNull();
    expect((await server.gql(VERIFY, { code: 'not a code' })).data.verifyServiceCertificate).toBeNull();
  });

  it('a volunteer issues only for itself, and may not revoke', async () => {
    const [other] = await sql<{ id: string }>(`SELECT id::text FROM volunteer WHERE id <> $1 ORDER BY id LIMIT 1`, [
      own.id,
    ]);
    const res = await volunteer.gql(ISSUE, { input: { volunteerId: toGlobalId('Volunteer', other.id) } });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const revoke = await volunteer.gql(REVOKE, { input: { id: certId, reason: '测试' } });
    expect(revoke.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('an admin outside the volunteer’s scope is refused; one without the permission too', async () => {
    const [outside] = await sql<{ id: string }>(
      `SELECT v.id::text FROM volunteer v JOIN region r ON r.id = v.home_region_id
        WHERE r.path NOT LIKE (SELECT rr.path || '%' FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id
                                 JOIN region rr ON rr.id = ra.region_id WHERE a.username = 'district.admin')
        ORDER BY v.id LIMIT 1`,
    );
    const res = await district.gql(ISSUE, { input: { volunteerId: toGlobalId('Volunteer', outside.id) } });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const coord = await station.gql(ISSUE, { input: { volunteerId: toGlobalId('Volunteer', own.id) } });
    expect(coord.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const before = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM service_certificate`);
    expect(before[0].n).toBe(1);
  });

  it('an admin in scope issues and revokes; verification and the PDF then say revoked; both audited', async () => {
    const [inside] = await sql<{ id: string }>(
      `SELECT v.id::text FROM volunteer v JOIN region r ON r.id = v.home_region_id
        WHERE v.verified_minutes > 0 AND r.path LIKE (SELECT rr.path || '%' FROM role_assignment ra
              JOIN user_account a ON a.id = ra.account_id JOIN region rr ON rr.id = ra.region_id
             WHERE a.username = 'district.admin')
        ORDER BY v.id LIMIT 1`,
    );
    const issued = await district.gql(ISSUE, { input: { volunteerId: toGlobalId('Volunteer', inside.id) } });
    expect(issued.errors).toBeUndefined();
    const cert = issued.data.issueServiceCertificate;
    expect(cert.viewerCan.revoke).toBe(true);
    const expected = await hoursByYear(inside.id);
    expect(cert.facts.hoursByYear).toEqual(expected.map((y) => ({ year: y.year, hours: Number(y.hours) })));

    const revoked = await district.gql(REVOKE, { input: { id: cert.id, reason: '时长记录更正' } });
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data.revokeServiceCertificate).toMatchObject({ revokeReason: '时长记录更正' });
    expect(revoked.data.revokeServiceCertificate.viewerCan.revoke).toBe(false);
    const again = await district.gql(REVOKE, { input: { id: cert.id, reason: '再次' } });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');

    const v = (await server.gql(VERIFY, { code: cert.code })).data.verifyServiceCertificate!;
    expect(v.revoked).toBe(true);
    expect(v.revokedAt).not.toBeNull();
    expect(squeeze(await pdfText(await pdfOf(hub, cert.pdfUrl)))).toMatch(/本证明已于\d{4}年\d+月\d+日撤销/);

    const audit = await sql<{ action: string; record_id: string }>(
      `SELECT action, record_id::text FROM audit_log WHERE record_type = 'ServiceCertificate' ORDER BY id`,
    );
    const raw = Buffer.from(cert.id, 'base64url').toString().split(':')[1];
    expect(audit.filter((a) => a.record_id === raw).map((a) => a.action)).toEqual([
      'ISSUE_SERVICE_CERTIFICATE',
      'REVOKE_SERVICE_CERTIFICATE',
    ]);
  });

  it('serves the PDF only to those who see the volunteer', async () => {
    const youth = await server.as('youth.admin');
    const [{ org }] = await sql<{ org: string | null }>(
      `SELECT organisation_id::text AS org FROM volunteer WHERE id = $1`,
      [own.id],
    );
    const [{ youthOrg }] = await sql<{ youthOrg: string }>(
      `SELECT id::text AS "youthOrg" FROM organisation WHERE kind = 'YOUTH_LEAGUE' ORDER BY id LIMIT 1`,
    );
    expect(org).not.toBe(youthOrg);
    expect((await download(youth, pdfUrl)).status).toBe(404);
    expect((await fetch(`${server.url}${pdfUrl}`)).status).toBe(401);
  });
});
