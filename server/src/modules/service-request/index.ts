// Service requests and their way through the queue.
import { Permission } from '../../auth/permissions';
import type { HubModule } from '../hub-module';
import { ServiceRequest } from './service-request.entity';
import { ServiceRequestResolver } from './service-request.resolver';
import { ServiceRequestFieldsResolver } from './service-request-fields.resolver';
import { serviceRequestScope } from './service-request.scope';

export const serviceRequestModule: HubModule = {
  entities: [ServiceRequest],
  resolvers: [ServiceRequestResolver, ServiceRequestFieldsResolver],
  nodes: { ServiceRequest: Permission.READ_SERVICE_REQUESTS },
  scope: serviceRequestScope,
};
