// `npm start`: the Youth League subgraph on PORT (default 4001), stopped by SIGTERM or Ctrl-C.
// HUB_JWKS_URL says where the hub publishes its token keys, LEAGUE_ORGANISATION_ID which hub
// organisation is the League (defaults: the hub on :4000 with the demo city).
import { DEFAULT_HUB_JWKS_URL, startYouthLeague } from './server';

async function main() {
  const port = Number(process.env.PORT ?? 4001);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PORT must be a port number, got "${process.env.PORT}"`);
  const server = await startYouthLeague({
    port,
    host: process.env.HOST,
    hubKeys: new URL(process.env.HUB_JWKS_URL || DEFAULT_HUB_JWKS_URL),
    leagueOrganisationId: process.env.LEAGUE_ORGANISATION_ID || undefined,
  });
  console.log(`Youth League subgraph ready at ${server.url}`);
  const stop = () => {
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
