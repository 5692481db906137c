import { printSubgraphSchema } from '@apollo/subgraph';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildHubSchemas } from '../src/schema/build';

// A partner (the Youth League) that extends the hub's Volunteer by its key.
const partnerSdl = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

  type Volunteer @key(fields: "id") {
    id: ID!
    leagueMemberSince: String
    leagueCertificates: [String!]
  }

  type Query {
    leagueBranches: [String!]!
  }
`;

describe('federation subgraph', () => {
  it('keys the shared types and composes with a partner subgraph without errors', async () => {
    const { subgraphSchema } = await buildHubSchemas();
    const hubSdl = printSubgraphSchema(subgraphSchema);
    for (const type of [
      'Organisation',
      'Region',
      'Volunteer',
      'Campaign',
      'ServiceStation',
      'ServiceEvent',
      'Pairing',
    ]) {
      expect(hubSdl).toMatch(new RegExp(`type ${type} implements Node[^{]*@key\\(fields: "id"\\)`));
    }
    const result = composeServices([
      { name: 'hub', typeDefs: parse(hubSdl), url: 'http://hub.invalid/graphql' },
      { name: 'youth-league', typeDefs: parse(partnerSdl), url: 'http://youth-league.invalid/graphql' },
    ]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.supergraphSdl).toContain('leagueMemberSince');
    expect(result.supergraphSdl).toContain('volunteers(');
  });

  it('answers _service { sdl } with the federation directives', async () => {
    const { subgraphSchema } = await buildHubSchemas();
    const { execute } = await import('graphql');
    const res = await execute({ schema: subgraphSchema, document: parse('{ _service { sdl } }') });
    expect(res.errors).toBeUndefined();
    expect((res.data as { _service: { sdl: string } })._service.sdl).toContain('@key(fields: "id")');
  });
});
