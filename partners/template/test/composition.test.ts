// Keep this test: it composes your subgraph with the SDLs the published supergraph was composed from
// (gateway/subgraphs/*.graphql, refreshed by `npm run compose -w gateway`), with the gateway's own
// composition and nullability rules, so what passes here composes at the gateway.
import fs from 'node:fs';
import path from 'node:path';
import { printSubgraphSchema } from '@apollo/subgraph';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from '../../../gateway/src/compose';
import { buildPartnerSchema } from '../src';

/** This subgraph's name in gateway.config.json (lower case, dashes). */
const NAME = 'example-partner';
const PUBLISHED = process.env.PUBLISHED_SUBGRAPHS ?? path.resolve(__dirname, '../../../gateway/subgraphs');

function published(): { name: string; url: string; sdl: string }[] {
  return fs
    .readdirSync(PUBLISHED)
    .filter((f) => f.endsWith('.graphql') && f !== `${NAME}.graphql`)
    .map((f) => ({
      name: f.replace(/\.graphql$/, ''),
      url: `http://${f.replace(/\.graphql$/, '')}.invalid/graphql`,
      sdl: fs.readFileSync(path.join(PUBLISHED, f), 'utf8'),
    }));
}

const own = (sdl = printSubgraphSchema(buildPartnerSchema())) => ({
  name: NAME,
  url: 'http://localhost:4002/graphql',
  sdl,
});

describe('composition with the published supergraph', () => {
  it('composes with every published subgraph, the hub among them', () => {
    const others = published();
    expect(others.map((s) => s.name)).toContain('hub');
    const supergraph = composeSupergraph([...others, own()]);
    expect(supergraph).toContain('exampleCredits: Int @join__field(graph: EXAMPLE_PARTNER)');
    expect(supergraph).toContain('examplePrograms: [ExampleProgram!] @join__field(graph: EXAMPLE_PARTNER)');
  });

  it('would be refused with a non-null hub reference or a non-null field on a hub type', () => {
    const sdl = printSubgraphSchema(buildPartnerSchema());
    expect(() =>
      composeSupergraph([...published(), own(sdl.replace('participants: [Volunteer]', 'participants: [Volunteer!]'))]),
    ).toThrow(/ExampleProgram.participants: \[Volunteer!\] returns the hub's Volunteer as non-null/);
    expect(() =>
      composeSupergraph([...published(), own(sdl.replace('exampleCredits: Int', 'exampleCredits: Int!'))]),
    ).toThrow(/Volunteer.exampleCredits: Int! is added to the hub's Volunteer as non-null/);
  });
});
