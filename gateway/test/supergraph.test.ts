// The checked-in supergraph is what the current hub and partner schemas compose to. When this
// fails after a schema change, refresh it with `npm run supergraph -w gateway` and commit it.
import { printSubgraphSchema } from '@apollo/subgraph';
import { Kind, parse, type ConstDirectiveNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildHubSchemas } from '../../server/src/schema/build';
import { buildYouthLeagueSchema } from '../../partners/youth-league/src';
import { composeSupergraph, CompositionError, loadConfig, urlVariable } from '../src';

async function composeFromSource(): Promise<string> {
  const config = loadConfig({});
  const sdl: Record<string, string> = {
    hub: printSubgraphSchema((await buildHubSchemas()).subgraphSchema),
    'youth-league': printSubgraphSchema(buildYouthLeagueSchema()),
  };
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

  it('keeps every field a partner adds to the hub types and to Query nullable', async () => {
    const doc = parse(await composeFromSource());
    const partnerFields: string[] = [];
    for (const def of doc.definitions) {
      if (def.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
      const type = def;
      const graphs = (type.directives ?? []).filter((d) => d.name.value === 'join__type').map(graphOf);
      if (!graphs.includes('HUB')) continue;
      for (const field of type.fields ?? []) {
        const owners = (field.directives ?? []).filter((d) => d.name.value === 'join__field').map(graphOf);
        if (owners.length === 0 || owners.includes('HUB')) continue;
        partnerFields.push(`${type.name.value}.${field.name.value}`);
        // A non-null partner field would null its whole parent, up to the response, in an outage.
        expect(field.type.kind, `${type.name.value}.${field.name.value}`).not.toBe(Kind.NON_NULL_TYPE);
      }
    }
    expect(partnerFields).toEqual(
      expect.arrayContaining(['Volunteer.leagueMemberSince', 'Volunteer.leagueCertificates', 'Query.leagueBranches']),
    );
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
    expect(defaults.subgraphs.filter((s) => s.forwardAuthorization).map((s) => s.name)).toEqual(['hub']);
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
