// The four-level region tree and each jurisdiction's star thresholds.
import { OPEN } from '../../auth/scope-rules';
import { PUBLIC } from '../../auth/permissions';
import type { HubModule } from '../hub-module';
import { Region } from './region.entity';
import { RegionResolver } from './region.resolver';
import { RegionFieldsResolver } from './region-fields.resolver';

export const regionModule: HubModule = {
  entities: [Region],
  resolvers: [RegionResolver, RegionFieldsResolver],
  nodes: { Region: PUBLIC },
  keyed: [Region],
  scope: { Region: OPEN },
};
