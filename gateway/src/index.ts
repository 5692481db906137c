export { composeSupergraph, fetchSubgraphSdl, fetchSubgraphSdls, CompositionError, type SubgraphSdl } from './compose';
export {
  loadConfig,
  urlVariable,
  CONFIG_FILE,
  GATEWAY_DIR,
  type GatewayConfig,
  type LogLevel,
  type QueryLimits,
  type SubgraphEntry,
} from './config';
export { checkNullability, HUB_SUBGRAPH } from './nullability';
export { createGateway, listenGateway, type GatewayOptions, type RunningGateway } from './gateway';
