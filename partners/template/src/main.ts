// `npm start`: the subgraph on PORT (default 4002). HUB_JWKS_URL: the hub's keys; ORGANISATION_ID: this
// partner's organisation at the hub (its global id, from `organisations { nodes { id name } }`).
import { startPartner } from './server';

async function main() {
  const port = Number(process.env.PORT ?? 4002);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a port number`);
  const organisationId = process.env.ORGANISATION_ID;
  if (!organisationId) throw new Error('ORGANISATION_ID must name this partner at the hub (a global id)');
  const server = await startPartner({
    port,
    host: process.env.HOST,
    hubKeys: new URL(process.env.HUB_JWKS_URL || 'http://localhost:4000/.well-known/jwks.json'),
    organisationId,
  });
  console.log(`partner subgraph ready at ${server.url}`);
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
