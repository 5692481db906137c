// Serves the Youth League subgraph over HTTP (Apollo Server 5, standalone).
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildYouthLeagueSchema } from './schema';

export interface YouthLeagueServer {
  /** The GraphQL endpoint, e.g. http://localhost:4001/graphql. */
  url: string;
  stop(): Promise<void>;
}

export async function startYouthLeague(opts: { port: number; host?: string }): Promise<YouthLeagueServer> {
  // Inline traces (ftv1) are for Apollo's hosted router; the gateway does not read them.
  const apollo = new ApolloServer({
    schema: buildYouthLeagueSchema(),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(apollo, { listen: { port: opts.port, host: opts.host } });
  return { url: new URL('/graphql', url).toString(), stop: () => apollo.stop() };
}
