// The service catalogue.
import { OPEN } from '../../auth/scope-rules';
import { PUBLIC } from '../../auth/permissions';
import type { HubModule } from '../hub-module';
import { ServiceTypeViewerCanResolver } from '../registry/registry-viewer-can';
import { ServiceType } from './service-type.entity';
import { ServiceTypeResolver } from './service-type.resolver';

export const serviceTypeModule: HubModule = {
  entities: [ServiceType],
  resolvers: [ServiceTypeResolver, ServiceTypeViewerCanResolver],
  nodes: { ServiceType: PUBLIC },
  scope: { ServiceType: OPEN },
  // The catalogue is the city's: only the hub's admins change it (a role without a rule changes nothing).
  writeScope: { ServiceType: {} },
};
