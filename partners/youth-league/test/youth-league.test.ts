// The partner subgraph on its own: its federation SDL, entity references by the hub's key, and
// its own branches, over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubVolunteerId, leagueStore, startYouthLeague, type YouthLeagueServer } from '../src';

let server: YouthLeagueServer;

/** The fields these queries read, typed at the HTTP boundary; each optional, as the selection decides. */
interface Data {
  _service?: { sdl: string };
  _entities?: unknown[];
  leagueBranches?: { id: string; members: { id: string }[] }[];
  leagueBranch?: { id: string } | null;
}

async function gql(query: string, variables?: Record<string, unknown>) {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { data?: Data; errors?: unknown[] };
}

beforeAll(async () => {
  server = await startYouthLeague({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await server?.stop();
});

describe('youth-league subgraph', () => {
  it('extends the hub Volunteer by its key with nullable fields of its own', async () => {
    const { data } = await gql('{ _service { sdl } }');
    const sdl = data!._service!.sdl;
    expect(sdl).toMatch(/type Volunteer\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/leagueMemberSince: String\n/);
    expect(sdl).toMatch(/leagueCertificates: \[String!\]\n/);
    expect(sdl).toMatch(/leagueBranches: \[LeagueBranch!\]\n/);
  });

  it('resolves hub volunteers by global id, members and non-members alike', async () => {
    const member = hubVolunteerId(1);
    const nonMember = hubVolunteerId(4);
    const unknown = hubVolunteerId(999_999);
    const { data, errors } = await gql(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Volunteer { id leagueMemberSince leagueCertificates } } }`,
      { reps: [member, nonMember, unknown].map((id) => ({ __typename: 'Volunteer', id })) },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([
      {
        id: member,
        leagueMemberSince: leagueStore.membership(member)!.since,
        leagueCertificates: leagueStore.membership(member)!.certificates,
      },
      { id: nonMember, leagueMemberSince: null, leagueCertificates: null },
      { id: unknown, leagueMemberSince: null, leagueCertificates: null },
    ]);
  });

  it('serves its own branches with their members as hub volunteer references', async () => {
    const { data, errors } = await gql(
      '{ leagueBranches { id name district members { id } } leagueBranch(id: "none") { id } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.leagueBranches).toHaveLength(leagueStore.branches().length);
    const members = data!.leagueBranches!.flatMap((b) => b.members.map((m) => m.id));
    expect(members.length).toBeGreaterThan(0);
    expect(members.every((id) => leagueStore.membership(id) !== undefined)).toBe(true);
    expect(data!.leagueBranch).toBeNull();
  });
});
