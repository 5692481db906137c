// The Youth League subgraph: extends the hub's Volunteer by its key with fields the League owns,
// and serves the League's own branches.
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { leagueStore, type LeagueBranch } from './store';

export const typeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

  """
  A hub volunteer, extended with what the Youth League records about them. The hub owns every
  other field and decides, per viewer, which volunteers may be seen at all.
  """
  type Volunteer @key(fields: "id") {
    id: ID!
    """
    The date (YYYY-MM-DD) the volunteer joined the Youth League; null when not a member.
    """
    leagueMemberSince: String
    """
    Certificates the League has awarded; null when not a member.
    """
    leagueCertificates: [String!]
  }

  """
  A Youth League branch (团支部) that runs volunteer services.
  """
  type LeagueBranch {
    id: ID!
    name: String!
    district: String!
    """
    The branch's members as hub volunteers. A member the viewer may not see at the hub comes back
    null: the hub resolves their fields with the viewer's own scope.
    """
    members: [Volunteer]!
  }

  # Nullable, like every field a partner adds: through the gateway, an outage of the League's
  # service then nulls only these fields, never a response that also asks the hub.
  type Query {
    leagueBranches: [LeagueBranch!]
    leagueBranch(id: ID!): LeagueBranch
  }
`;

interface VolunteerRef {
  id: string;
}

const resolvers: GraphQLResolverMap<unknown> = {
  Query: {
    leagueBranches: () => leagueStore.branches(),
    leagueBranch: (_: unknown, args: { id: string }) => leagueStore.branch(args.id) ?? null,
  },
  LeagueBranch: {
    members: (branch: LeagueBranch): VolunteerRef[] =>
      leagueStore.members(branch.id).map((m) => ({ id: m.volunteerId })),
  },
  Volunteer: {
    // Any hub volunteer resolves: one who is not a member simply has no League fields.
    __resolveReference: (ref: VolunteerRef): VolunteerRef => ({ id: ref.id }),
    leagueMemberSince: (v: VolunteerRef) => leagueStore.membership(v.id)?.since ?? null,
    leagueCertificates: (v: VolunteerRef) => leagueStore.membership(v.id)?.certificates ?? null,
  },
};

export function buildYouthLeagueSchema(): GraphQLSchema {
  return buildSubgraphSchema({ typeDefs, resolvers });
}
