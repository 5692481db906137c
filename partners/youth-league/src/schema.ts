// The Youth League subgraph: extends the hub's Volunteer by its key with fields the League owns,
// and serves the League's own branches. Each field decides per viewer, from the hub's token.
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import gql from 'graphql-tag';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { leagueRoster, type LeagueBranch } from './roster';
import type { PartnerViewer } from './viewer';

export const typeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

  """
  A hub volunteer, extended with what the Youth League records about them. The hub owns every
  other field and decides, per viewer, which volunteers may be seen at all.
  """
  type Volunteer @key(fields: "id") {
    id: ID!
    """
    The date (YYYY-MM-DD) the volunteer joined the Youth League; null when not a member. Visible to
    the hub's admins, the League's admins and the volunteer themselves; null with FORBIDDEN otherwise.
    """
    leagueMemberSince: String
    """
    Certificates the League has awarded; null when not a member. Visible as leagueMemberSince.
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
    The branch's members as hub volunteers: every member for the hub's and the League's admins, only
    themselves for a volunteer, null with FORBIDDEN for anyone else. A member the viewer may not see at
    the hub comes back null with NOT_FOUND: the hub resolves their fields with the viewer's own scope.
    """
    members: [Volunteer]
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

export interface LeagueContext {
  /** The verified viewer; null when the request carries no token. */
  viewer: PartnerViewer | null;
  /** The League's organisation at the hub, by global id: its ORG_ADMINs manage the League's records. */
  leagueOrganisationId: string;
}

const isHubAdmin = (v: PartnerViewer) => v.roles.some((r) => r.role === 'HUB_ADMIN');
const isLeagueAdmin = (v: PartnerViewer, league: string) =>
  v.roles.some((r) => r.role === 'ORG_ADMIN' && r.organisation === league);

/** May this viewer read the League's record of that volunteer? Admins of the hub or League, or the volunteer. */
function mayRead(ctx: LeagueContext, volunteerId: string): boolean {
  const v = ctx.viewer;
  return !!v && (isHubAdmin(v) || isLeagueAdmin(v, ctx.leagueOrganisationId) || v.volunteer === volunteerId);
}

/** The typed reason a field is null for this viewer; the message names no one. */
const refusal = (ctx: LeagueContext) =>
  ctx.viewer
    ? new GraphQLError('Only the League, the hub and the volunteer themselves see League records.', {
        extensions: { code: 'FORBIDDEN' },
      })
    : new GraphQLError('Log in at the hub to see League records.', { extensions: { code: 'UNAUTHENTICATED' } });

function membershipField<T>(pick: (m: NonNullable<ReturnType<typeof leagueRoster.membership>>) => T) {
  return (v: VolunteerRef, _: unknown, ctx: LeagueContext): T | null => {
    // Refused before looking: whether someone is a member is itself the League's record.
    if (!mayRead(ctx, v.id)) throw refusal(ctx);
    const m = leagueRoster.membership(v.id);
    return m ? pick(m) : null;
  };
}

const resolvers: GraphQLResolverMap<LeagueContext> = {
  Query: {
    leagueBranches: () => leagueRoster.branches(),
    leagueBranch: (_: unknown, args: { id: string }) => leagueRoster.branch(args.id) ?? null,
  },
  LeagueBranch: {
    members: (branch: LeagueBranch, _: unknown, ctx: LeagueContext): VolunteerRef[] => {
      const members = leagueRoster.members(branch.id).map((m) => ({ id: m.volunteerId }));
      const v = ctx.viewer;
      if (v && (isHubAdmin(v) || isLeagueAdmin(v, ctx.leagueOrganisationId))) return members;
      if (v?.volunteer) return members.filter((m) => m.id === v.volunteer);
      throw refusal(ctx);
    },
  },
  Volunteer: {
    // Any hub volunteer resolves, whoever asks: a reference never fails here, only the fields decide.
    __resolveReference: (ref: VolunteerRef): VolunteerRef => ({ id: ref.id }),
    leagueMemberSince: membershipField((m) => m.since),
    leagueCertificates: membershipField((m) => m.certificates),
  },
};

export function buildYouthLeagueSchema(): GraphQLSchema {
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> });
}
