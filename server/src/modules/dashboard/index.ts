// The leaders' dashboard.
import type { HubModule } from '../hub-module';
import { DashboardResolver } from './dashboard.resolver';
import { BucketFieldsResolver } from './bucket-fields.resolver';

export const dashboardModule: HubModule = {
  resolvers: [DashboardResolver, BucketFieldsResolver],
};
