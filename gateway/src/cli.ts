// `node dist/cli.js compose|serve|start`:
//   compose  fetch each configured subgraph's SDL, compose, write the checked-in supergraph
//   serve    serve the checked-in supergraph as it is
//   start    compose when every subgraph answers (else warn and keep the checked-in file), then serve
import fs from 'node:fs';
import path from 'node:path';
import { composeSupergraph, fetchSubgraphSdls, publishedSdl } from './compose';
import { loadConfig, type GatewayConfig } from './config';
import { createGateway, listenGateway } from './gateway';
import { parseApiKeys, readManifest, type TrustedDocuments } from './trusted-documents';

// Paths as the caller typed the command: npm runs scripts in the workspace but keeps INIT_CWD.
const relative = (file: string) => path.relative(process.env.INIT_CWD ?? process.cwd(), file) || file;

/** Composes from the live subgraphs and writes the supergraph; says whether the file changed. */
async function compose(config: GatewayConfig): Promise<void> {
  const sdls = await fetchSubgraphSdls(config);
  const supergraph = composeSupergraph(sdls);
  // Each subgraph's SDL is published beside the supergraph: what a partner composes its own against.
  fs.mkdirSync(config.subgraphsDir, { recursive: true });
  for (const s of sdls) fs.writeFileSync(path.join(config.subgraphsDir, `${s.name}.graphql`), publishedSdl(s.sdl));
  const before = fs.existsSync(config.supergraphFile) ? fs.readFileSync(config.supergraphFile, 'utf8') : '';
  if (before === supergraph) {
    console.log(`${relative(config.supergraphFile)} is up to date`);
    return;
  }
  fs.writeFileSync(config.supergraphFile, supergraph);
  console.log(`wrote ${relative(config.supergraphFile)} (commit it with the subgraph change)`);
}

/** The panel's manifest and the partner API clients; in production the manifest must be there. */
function trustedDocuments(config: GatewayConfig): TrustedDocuments | undefined {
  const apiKeys = parseApiKeys(config.apiKeys);
  if (fs.existsSync(config.trustedDocumentsFile))
    return { manifest: readManifest(config.trustedDocumentsFile), apiKeys };
  if (config.production)
    throw new Error(`gateway config: ${config.trustedDocumentsFile} (trusted documents) does not exist`);
  console.warn(`warning: no ${relative(config.trustedDocumentsFile)}: documents by hash are not served`);
  return undefined;
}

async function serve(config: GatewayConfig): Promise<void> {
  const supergraph = fs.readFileSync(config.supergraphFile, 'utf8');
  const runtime = createGateway({
    supergraph,
    subgraphs: config.subgraphs,
    locations: config.locations,
    limits: config.limits,
    production: config.production,
    logging: config.logLevel,
    trustedDocuments: trustedDocuments(config),
  });
  const gateway = await listenGateway(runtime, config.port, config.host);
  for (const s of config.subgraphs) {
    console.log(
      `  subgraph ${s.name} → ${config.locations[s.name]}${s.forwardAuthorization ? ' (authorization forwarded)' : ''}`,
    );
  }
  console.log(`Tongxin gateway ready at ${gateway.url} (supergraph ${relative(config.supergraphFile)})`);
  const stop = () => {
    gateway.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

async function main(command: string | undefined): Promise<void> {
  const config = loadConfig();
  switch (command) {
    case 'compose':
      return compose(config);
    case 'serve':
      return serve(config);
    case 'start':
      try {
        await compose(config);
      } catch (err) {
        if (!fs.existsSync(config.supergraphFile)) throw err;
        console.warn(
          `warning: could not compose (${(err as Error).message}); serving the checked-in ${relative(config.supergraphFile)}`,
        );
      }
      return serve(config);
    default:
      throw new Error('usage: cli.js compose | serve | start');
  }
}

main(process.argv[2]).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
