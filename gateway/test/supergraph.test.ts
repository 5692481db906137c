// The checked-in supergraph is what the current hub and partner schemas compose to. When this
// fails after a schema change, refresh it with `npm run supergraph -w gateway` and commit it.
import { printSubgraphSchema } from '@apollo/subgraph';
import { execute, Kind, parse, type ConstDirectiveNode, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildHubSchemas } from '../../server/src/schema/build';
import { buildYouthLeagueSchema } from '../../partners/youth-league/src';
import { checkNullability, composeSupergraph, CompositionError, loadConfig, publishedSdl, urlVariable } from '../src';

/** What each subgraph answers to `_service { sdl }`, as `npm run compose` fetches it. */
async function serviceSdl(schema: GraphQLSchema): Promise<string> {
  const res = await execute({ schema, document: parse('{ _service { sdl } }') });
  return (res.data as { _service: { sdl: string } })._service.sdl;
}

async function sdlsFromSource(): Promise<Record<string, string>> {
  return {
    hub: await serviceSdl((await buildHubSchemas()).subgraphSchema),
    'youth-league': await serviceSdl(buildYouthLeagueSchema()),
  };
}

async function composeFromSource(): Promise<string> {
  const config = loadConfig({});
  const sdl = await sdlsFromSource();
  return composeSupergraph(config.subgraphs.map((s) => ({ name: s.name, url: s.url, sdl: sdl[s.name] })));
}

const graphOf = (d: ConstDirectiveNode) => {
  const arg = d.arguments?.find((a) => a.name.value === 'graph');
  return arg?.value.kind === Kind.ENUM ? arg.value.value : undefined;
};

describe('supergraph', () => {
  it('composes the hub and the youth-league subgraph into the checked-in file (refresh: npm run supergraph -w gateway)', async () => {
    const supergraph = await composeFromSource();
    expect(supergraph).toContain(
      'YOUTH_LEAGUE @join__graph(name: "youth-league", url: "http://localhost:4001/graphql")',
    );
    expect(supergraph).toContain('HUB @join__graph(name: "hub", url: "http://localhost:4000/graphql")');
    await expect(supergraph).toMatchFileSnapshot('../supergraph.graphql');
  });

  it('publishes each subgraph SDL beside it, for partners to compose against (refresh: npm run supergraph -w gateway)', async () => {
    for (const [name, sdl] of Object.entries(await sdlsFromSource()))
      await expect(publishedSdl(sdl)).toMatchFileSnapshot(`../subgraphs/${name}.graphql`);
  });

  it('keeps every partner field on hub types and Query nullable, and hub references nullable at the entity', async () => {
    const supergraph = await composeFromSource();
    expect(checkNullability(supergraph)).toEqual([]);
    // The rule sees the partner's fields at all: they are there, resolved by the partner only.
    const doc = parse(supergraph);
    const partnerFields: string[] = [];
    for (const def of doc.definitions) {
      if (def.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
      const type = def;
      for (const field of type.fields ?? []) {
        const owners = (field.directives ?? []).filter((d) => d.name.value === 'join__field').map(graphOf);
        if (owners.length === 1 && owners[0] === 'YOUTH_LEAGUE')
          partnerFields.push(`${type.name.value}.${field.name.value}`);
      }
    }
    expect(partnerFields).toEqual(
      expect.arrayContaining(['Volunteer.leagueMemberSince', 'Volunteer.leagueCertificates', 'Query.leagueBranches']),
    );
  });

  it.each([
    [
      'a non-null field on a hub type',
      'type Volunteer @key(fields: "id") { id: ID! since: String! }',
      /Volunteer.since: String! is added to the hub's Volunteer as non-null/,
    ],
    [
      'a non-null root field',
      'type Query { branches: [Branch!]! } type Branch { id: ID! }',
      /Query.branches: \[Branch!\]! is added to the hub's Query as non-null/,
    ],
    [
      'a non-null hub reference',
      'type Query { branch: Branch } type Branch { id: ID! lead: Volunteer! } type Volunteer @key(fields: "id", resolvable: false) { id: ID! }',
      /Branch.lead: Volunteer! returns the hub's Volunteer as non-null/,
    ],
    [
      'a list of non-null hub references',
      'type Query { branch: Branch } type Branch { id: ID! members: [Volunteer!] } type Volunteer @key(fields: "id", resolvable: false) { id: ID! }',
      /Branch.members: \[Volunteer!\] returns the hub's Volunteer as non-null/,
    ],
  ])('refuses to compose a partner with %s', async (_, sdl, message) => {
    const hub = printSubgraphSchema((await buildHubSchemas()).subgraphSchema);
    const partner = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"]) ${sdl}`;
    const compose = () =>
      composeSupergraph([
        { name: 'hub', url: 'http://hub.invalid/graphql', sdl: hub },
        { name: 'partner', url: 'http://partner.invalid/graphql', sdl: partner },
      ]);
    expect(compose).toThrow(CompositionError);
    expect(compose).toThrow(message);
  });

  it('reports composition errors instead of writing a broken supergraph', () => {
    const clash = 'type Query { volunteers: Int } ';
    expect(() =>
      composeSupergraph([
        {
          name: 'a',
          url: 'http://a.invalid/graphql',
          sdl: `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"]) ${clash}`,
        },
        {
          name: 'b',
          url: 'http://b.invalid/graphql',
          sdl: `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"]) type Query { volunteers: String }`,
        },
      ]),
    ).toThrow(CompositionError);
  });
});

describe('gateway config', () => {
  it('takes subgraph URLs from gateway.config.json and overrides from <NAME>_URL', () => {
    expect(urlVariable('youth-league')).toBe('YOUTH_LEAGUE_URL');
    const defaults = loadConfig({});
    expect(defaults.port).toBe(4080);
    expect(defaults.locations).toEqual({
      hub: 'http://localhost:4000/graphql',
      'youth-league': 'http://localhost:4001/graphql',
    });
    expect(defaults.subgraphs.filter((s) => s.forwardAuthorization).map((s) => s.name)).toEqual([
      'hub',
      'youth-league',
    ]);
    const moved = loadConfig({ HUB_URL: 'http://hub:4000/graphql', GATEWAY_PORT: '9090' });
    expect(moved.locations.hub).toBe('http://hub:4000/graphql');
    expect(moved.subgraphs.find((s) => s.name === 'hub')!.url).toBe('http://localhost:4000/graphql');
    expect(moved.port).toBe(9090);
    expect(() => loadConfig({ YOUTH_LEAGUE_URL: 'ftp://league' })).toThrow(/YOUTH_LEAGUE_URL must be http/);
    expect(() => loadConfig({ GATEWAY_PORT: 'x' })).toThrow(/GATEWAY_PORT/);
    expect(loadConfig({ LOG_LEVEL: 'silent' }).logLevel).toBe(false);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});
