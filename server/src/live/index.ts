// Live updates: the subscriptions, as a hub module (the bus, the after-commit hook and the WebSocket
// endpoint are beside it in this folder).
import type { HubModule } from '../modules/hub-module';
import { LiveResolver } from './live.resolver';

export const liveModule: HubModule = {
  resolvers: [LiveResolver],
};
