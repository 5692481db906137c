// Input at the edge (#17.6, #12.7): bad variables, bodies, ids, strings and page sizes are refused as
// typed client errors before cost or resolvers see them; production describes nothing of the schema.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './helpers/database';
import { startTestServer, TEST_PASSWORD, type Client, type TestServer } from './helpers/server';
import { hashPassword } from '../src/modules/account/session.service';
import { parseApiKeys } from '../src/schema/trusted-documents';

let t: TestDatabase;
let dev: TestServer;
let prod: TestServer;
/** A hub admin: the fields below need a login, and a caller who may not use a field is refused first. */
let admin: Client;
const GATEWAY_KEY = 'gateway-key-0123456789-abcdefghijklmnop';
const PARTNER_KEY = 'partner-key-0123456789-abcdefghijklmnop';

beforeAll(async () => {
  t = await createTestDatabase('edge_input');
  dev = await startTestServer(t.db, { NODE_ENV: 'development' });
  // The manifest is not enforced here so that the gate on `_service` is what answers.
  const apiKeys = parseApiKeys(`gateway:${GATEWAY_KEY},partner:${PARTNER_KEY}`);
  prod = await startTestServer(t.db, {
    NODE_ENV: 'production',
    trustedDocuments: { manifest: new Map(), enforce: false, apiKeys },
  });
  const [row] = await t.db.query<Array<{ id: string }>>(
    `INSERT INTO user_account (username, display_name, password_hash) VALUES ('edge.admin', 'E', $1) RETURNING id`,
    [await hashPassword(TEST_PASSWORD)],
  );
  await t.db.query(`INSERT INTO role_assignment (account_id, role) VALUES ($1, 'HUB_ADMIN')`, [row.id]);
  admin = await dev.as('edge.admin');
});
afterAll(async () => {
  await dev?.close();
  await prod?.close();
  await t?.drop();
});

type ErrorBody = { errors: Array<{ message: string; extensions?: Record<string, unknown> }> };

const post = (server: TestServer, body: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('variables', () => {
  it('answers a variable of the wrong type with HTTP 400 BAD_USER_INPUT naming it', async () => {
    const res = await dev.raw(`query($n: Int!) { regions(first: $n) { totalCount } }`, { n: 'many' });
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'n' });
    expect(res.errors?.[0].message).toContain('$n');
  });

  it('answers a wrong nested input field of a variable the same way', async () => {
    const res = await admin.raw(`query($f: BeneficiaryFilter) { beneficiaries(filter: $f) { totalCount } }`, {
      f: { search: 5, nope: true },
    });
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'f' });
  });
});

describe('bodies that never reach GraphQL', () => {
  it('answers an oversized body with 413 in GraphQL shape, no HTML and no stack', async () => {
    const res = await post(
      dev,
      JSON.stringify({ query: '{ regions(first: 1) { totalCount } }', variables: { pad: 'x'.repeat(200_000) } }),
      { 'x-request-id': 'big-body-1' },
    );
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await res.json()) as ErrorBody;
    expect(body.errors[0].extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE', requestId: 'big-body-1' });
    expect(JSON.stringify(body)).not.toMatch(/<html|<pre|at .*\.js|node_modules|stack/i);
  });

  it('answers JSON that does not parse with 400 in GraphQL shape', async () => {
    const res = await post(dev, '{"query": "{ regions', { 'x-request-id': 'bad-json-1' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.errors[0].extensions).toEqual({ code: 'BAD_REQUEST', requestId: 'bad-json-1' });
    expect(JSON.stringify(body)).not.toMatch(/<html|<pre|node_modules|SyntaxError|stack/i);
  });
});

describe('limits', () => {
  it('counts __typename aliases toward the alias limit', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `t${i}: __typename`).join(' ');
    const res = await dev.raw(`{ ${aliases} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toMatch(/Aliases limit/);
  });

  it('refuses `first` outside 1–100 at every level, nested too', async () => {
    for (const first of [0, -5, 101]) {
      const res = await admin.raw(`{ serviceEvents(first: 1) { nodes { participations(first: ${first}) { id } } } }`);
      expect(res.status, `first: ${first}`).toBe(400);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
    const viaVariable = await admin.raw(
      `query($n: Int!) { serviceEvents(first: 1) { nodes { participations(first: $n) { id } } } }`,
      { n: 0 },
    );
    expect(viaVariable.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('prices lists of scalar-only rows by their rows: the million-row nesting is refused by cost', async () => {
    const res = await admin.raw(
      `{ serviceEvents(first: 100) { nodes { participations(first: 100) { volunteer { trainingRecord(first: 100) { attended } } } } } }`,
    );
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    expect(res.errors?.[0].extensions?.cost as number).toBeGreaterThan(1_000_000);
  });
});

describe('strings and ids', () => {
  it('refuses a NUL byte in any string input, literal or variable, naming the field', async () => {
    const literal = await admin.raw(`{ beneficiaries(filter: { search: "a\\u0000b" }) { totalCount } }`);
    expect(literal.status).toBe(400);
    expect(literal.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
    const variable = await admin.raw(`query($s: String) { beneficiaries(filter: { search: $s }) { totalCount } }`, {
      s: 'x\u0000',
    });
    expect(variable.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
    const login = await dev.raw(
      `mutation($u: String!) { login(input: { username: $u, password: "whatever-1" }) { expiresAt } }`,
      {
        u: 'admin\u0000',
      },
    );
    expect(login.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.username' });
  });

  it('refuses empty and malformed ids as BAD_USER_INPUT with the field, never a database error', async () => {
    for (const id of ['', '   ', 'not-an-id', Buffer.from('Region:abc').toString('base64url'), '12']) {
      const res = await admin.raw(`query($r: ID) { beneficiaries(filter: { regionId: $r }) { totalCount } }`, {
        r: id,
      });
      expect(res.status, JSON.stringify(id)).toBe(400);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.regionId' });
    }
    const node = await dev.raw(`{ node(id: "") { id } }`);
    expect(node.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('authorization before input checks', () => {
  it('refuses a caller who may not use a field as UNAUTHENTICATED, whatever its arguments', async () => {
    const res = await dev.raw(
      `{ beneficiaries(first: 0, filter: { regionId: "", search: "a\\u0000" }) { totalCount } }`,
    );
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  // The checks' result is kept per document and variables (schema/limits.ts): what one caller got
  // may not answer another, and a refused request is checked again each time.
  it('answers the same document and variables again as the first time, whoever asks first', async () => {
    const bad = `query($r: ID) { beneficiaries(first: 0, filter: { regionId: $r }) { totalCount } }`;
    for (let i = 0; i < 2; i++) {
      expect((await dev.raw(bad, { r: '' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await admin.raw(bad, { r: '' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
    const good = `query($r: ID) { beneficiaries(first: 2, filter: { regionId: $r }) { totalCount } }`;
    for (let i = 0; i < 2; i++) {
      expect((await admin.raw(good, { r: null })).errors).toBeUndefined();
      expect((await dev.raw(good, { r: null })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      // Other variables with the same document are checked for themselves.
      expect((await admin.raw(good, { r: 'not-an-id' })).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'filter.regionId',
      });
    }
    const costly = `{ serviceEvents(first: 100) { nodes { participations(first: 100) { volunteer { trainingRecord(first: 100) { attended } } } } } }`;
    for (let i = 0; i < 2; i++)
      expect((await admin.raw(costly)).errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
  });
});

describe('production describes nothing of the schema', () => {
  it('gives no field suggestions', async () => {
    const res = await prod.raw(`{ region { id } }`);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/);
    const devRes = await dev.raw(`{ region { id } }`);
    expect(JSON.stringify(devRes.errors)).toMatch(/Did you mean/);
    // Nor from a variable's enum value.
    const q = `query($s: [CampaignStatus!]) { campaigns(filter: { statuses: $s }) { totalCount } }`;
    const prodVar = await prod.raw(q, { s: ['DRAFF'] });
    expect(prodVar.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 's' });
    expect(JSON.stringify(prodVar.errors)).not.toMatch(/Did you mean|DRAFT/);
    expect(JSON.stringify((await dev.raw(q, { s: ['DRAFF'] })).errors)).toMatch(/Did you mean/);
  });

  it('answers _service { sdl } only to the API client named gateway', async () => {
    const anonymous = await prod.raw(`{ _service { sdl } }`);
    expect(anonymous.status).toBe(403);
    expect(anonymous.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(anonymous)).not.toMatch(/@key/);
    const viaFragment = await prod.raw(`{ ...F } fragment F on Query { _service { sdl } }`);
    expect(viaFragment.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const wrong = await prod.raw(`{ _service { sdl } }`, {}, { 'x-api-key': 'x'.repeat(GATEWAY_KEY.length) });
    expect(wrong.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Another API client may run its own operations but not read the federation SDL.
    const partner = await prod.raw(`{ _service { sdl } }`, {}, { 'x-api-key': PARTNER_KEY });
    expect(partner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const gateway = await prod.raw(`{ _service { sdl } }`, {}, { 'x-api-key': GATEWAY_KEY });
    expect(gateway.errors).toBeUndefined();
    expect((gateway.data as { _service: { sdl: string } })._service.sdl).toContain('@key');
  });
});
