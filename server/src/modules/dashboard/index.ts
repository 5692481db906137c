// The leaders' dashboard.
import type { HubModule } from '../hub-module';
import { DashboardResolver } from './dashboard.resolver';

export const dashboardModule: HubModule = {
  resolvers: [DashboardResolver],
};
