export {
  composeSupergraph,
  publishedSdl,
  fetchSubgraphSdl,
  fetchSubgraphSdls,
  CompositionError,
  type SubgraphSdl,
} from './compose';
export {
  loadConfig,
  urlVariable,
  apiKeyVariable,
  CONFIG_FILE,
  GATEWAY_DIR,
  type GatewayConfig,
  type LogLevel,
  type QueryLimits,
  type SubgraphEntry,
} from './config';
export { checkNullability, HUB_SUBGRAPH } from './nullability';
export { createGateway, listenGateway, type GatewayOptions, type RunningGateway } from './gateway';
export { apiClientOf, parseApiKeys, readManifest, type TrustedDocuments } from './trusted-documents';
