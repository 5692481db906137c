// Community service stations and their public boards.
import { OPEN } from '../../auth/scope-rules';
import { PUBLIC } from '../../auth/permissions';
import type { HubModule } from '../hub-module';
import { ServiceStationViewerCanResolver } from '../registry/registry-viewer-can';
import { ServiceStation } from './service-station.entity';
import { ServiceStationResolver } from './service-station.resolver';
import { ServiceStationFieldsResolver } from './service-station-fields.resolver';
import { serviceStationWriteScope } from './service-station.scope';

export const serviceStationModule: HubModule = {
  entities: [ServiceStation],
  resolvers: [ServiceStationResolver, ServiceStationFieldsResolver, ServiceStationViewerCanResolver],
  nodes: { ServiceStation: PUBLIC },
  keyed: [ServiceStation],
  scope: { ServiceStation: OPEN },
  writeScope: serviceStationWriteScope,
};
