// The partner's subgraph: extends the hub's Volunteer by its key and serves types of its own. Rename the
// `Example` types and fields to your organisation's (one type name means one type across the graph),
// and keep the rules of README "Registering a subgraph", which composition enforces:
//   - every field added to a hub type, and every root field, is nullable;
//   - a field returning a hub entity is nullable at the entity (`[Volunteer]`, not `[Volunteer!]`).
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { store, type ExampleProgram } from './store';
import type { PartnerViewer } from './viewer';

export const typeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

  """
  A hub volunteer, extended with what this partner records. The hub owns every other field.
  """
  type Volunteer @key(fields: "id") {
    id: ID!
    """
    Service credits this partner has awarded; for the hub's admins, this partner's admins and the volunteer.
    """
    exampleCredits: Int
  }

  """
  A programme this partner runs.
  """
  type ExampleProgram {
    id: ID!
    name: String!
    """
    Participants as hub volunteers, for the hub's and this partner's admins; null with FORBIDDEN otherwise.
    """
    participants: [Volunteer]
  }

  type Query {
    examplePrograms: [ExampleProgram!]
  }
`;

export interface PartnerContext {
  viewer: PartnerViewer | null;
  /** This partner's organisation at the hub, by global id. */
  organisationId: string;
}

interface VolunteerRef {
  id: string;
}

const isAdmin = (ctx: PartnerContext) =>
  !!ctx.viewer?.roles.some(
    (r) => r.role === 'HUB_ADMIN' || (r.role === 'ORG_ADMIN' && r.organisation === ctx.organisationId),
  );

/** Null with a typed reason, never an internal error; the message names no one. */
const refusal = (ctx: PartnerContext) =>
  ctx.viewer
    ? new GraphQLError('Not visible to this viewer.', { extensions: { code: 'FORBIDDEN' } })
    : new GraphQLError('Log in at the hub first.', { extensions: { code: 'UNAUTHENTICATED' } });

const resolvers: GraphQLResolverMap<PartnerContext> = {
  Query: {
    examplePrograms: () => store.programs(),
  },
  ExampleProgram: {
    participants: (program: ExampleProgram, _: unknown, ctx: PartnerContext): VolunteerRef[] => {
      if (!isAdmin(ctx)) throw refusal(ctx);
      return program.participantIds.map((id) => ({ id }));
    },
  },
  Volunteer: {
    // Resolve every reference: the hub decides who exists for the viewer, the fields decide what they see.
    __resolveReference: (ref: VolunteerRef): VolunteerRef => ({ id: ref.id }),
    exampleCredits: (v: VolunteerRef, _: unknown, ctx: PartnerContext) => {
      if (!isAdmin(ctx) && ctx.viewer?.volunteer !== v.id) throw refusal(ctx);
      return store.credits(v.id) ?? null;
    },
  },
};

export function buildPartnerSchema(): GraphQLSchema {
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> });
}
