// Service events, sign-ups and attendance (participations).
import { Permission } from '../../auth/permissions';
import type { HubModule } from '../hub-module';
import { ServiceEvent } from './service-event.entity';
import { Participation } from './participation.entity';
import { ServiceEventResolver } from './service-event.resolver';
import { ServiceEventFieldsResolver, ParticipationFieldsResolver } from './service-event-fields.resolver';
import { serviceEventScope, serviceEventWriteScope } from './service-event.scope';

export const serviceEventModule: HubModule = {
  entities: [ServiceEvent, Participation],
  resolvers: [ServiceEventResolver, ServiceEventFieldsResolver, ParticipationFieldsResolver],
  nodes: { ServiceEvent: Permission.READ_EVENTS, Participation: Permission.READ_PARTICIPATIONS },
  keyed: [ServiceEvent],
  scope: serviceEventScope,
  writeScope: serviceEventWriteScope,
};
