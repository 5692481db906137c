// Serves the Youth League subgraph over HTTP (Apollo Server 5, standalone), verifying the viewer's
// hub token on every request: a token that does not verify is refused, never read as anonymous.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildYouthLeagueSchema, type LeagueContext } from './schema';
import { createViewerVerifier, type HubKeys } from './viewer';

/** The seeded demo city's Youth League at the hub: base64url of "Organisation:16". */
export const DEMO_LEAGUE_ORGANISATION_ID = Buffer.from('Organisation:16').toString('base64url');
export const DEFAULT_HUB_JWKS_URL = 'http://localhost:4000/.well-known/jwks.json';

export interface YouthLeagueOptions {
  port: number;
  host?: string;
  /** The hub's keys: its JWKS URL (default http://localhost:4000/.well-known/jwks.json) or a key set. */
  hubKeys?: HubKeys;
  /** The League's organisation at the hub, by global id (default: the demo city's). */
  leagueOrganisationId?: string;
}

export interface YouthLeagueServer {
  /** The GraphQL endpoint, e.g. http://localhost:4001/graphql. */
  url: string;
  stop(): Promise<void>;
}

export async function startYouthLeague(opts: YouthLeagueOptions): Promise<YouthLeagueServer> {
  const verify = createViewerVerifier(opts.hubKeys ?? new URL(DEFAULT_HUB_JWKS_URL));
  const leagueOrganisationId = opts.leagueOrganisationId ?? DEMO_LEAGUE_ORGANISATION_ID;
  // Inline traces (ftv1) are for Apollo's hosted router; the gateway does not read them.
  const apollo = new ApolloServer<LeagueContext>({
    schema: buildYouthLeagueSchema(),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(apollo, {
    listen: { port: opts.port, host: opts.host },
    context: async ({ req }) => ({ viewer: await verify(req.headers.authorization), leagueOrganisationId }),
  });
  return { url: new URL('/graphql', url).toString(), stop: () => apollo.stop() };
}
