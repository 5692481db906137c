// Serves the subgraph (Apollo Server 5, standalone), verifying the hub token the gateway forwards on
// every request: a token that does not verify is refused (401 UNAUTHENTICATED), never read as anonymous.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildPartnerSchema, type PartnerContext } from './schema';
import { createViewerVerifier, type HubKeys } from './viewer';

export interface PartnerOptions {
  port: number;
  host?: string;
  /** The hub's JWKS URL (https://<hub>/.well-known/jwks.json), or a key set in tests. */
  hubKeys: HubKeys;
  /** This partner's organisation at the hub, by global id. */
  organisationId: string;
}

export interface PartnerServer {
  url: string;
  stop(): Promise<void>;
}

export async function startPartner(opts: PartnerOptions): Promise<PartnerServer> {
  const verify = createViewerVerifier(opts.hubKeys);
  const apollo = new ApolloServer<PartnerContext>({
    schema: buildPartnerSchema(),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(apollo, {
    listen: { port: opts.port, host: opts.host },
    context: async ({ req }) => ({
      viewer: await verify(req.headers.authorization),
      organisationId: opts.organisationId,
    }),
  });
  return { url: new URL('/graphql', url).toString(), stop: () => apollo.stop() };
}
