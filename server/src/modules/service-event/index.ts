// Service events, sign-ups and attendance (participations).
import { Permission, PUBLIC } from '../../auth/permissions';
import type { HubModule } from '../hub-module';
import { ServiceEvent } from './service-event.entity';
import { Participation } from './participation.entity';
import { EventInvitation } from './event-invitation.entity';
import { ServiceEventResolver } from './service-event.resolver';
import { EventInvitationFieldsResolver, InvitationResolver } from './invitation.resolver';
import { ServiceEventFieldsResolver, ParticipationFieldsResolver } from './service-event-fields.resolver';
import { serviceEventAnonymousScope, serviceEventScope, serviceEventWriteScope } from './service-event.scope';

export const serviceEventModule: HubModule = {
  entities: [ServiceEvent, Participation, EventInvitation],
  resolvers: [
    ServiceEventResolver,
    ServiceEventFieldsResolver,
    ParticipationFieldsResolver,
    InvitationResolver,
    EventInvitationFieldsResolver,
  ],
  nodes: {
    // anonymous visitors read the open events of published campaigns (serviceEventAnonymousScope)
    ServiceEvent: PUBLIC,
    Participation: Permission.READ_PARTICIPATIONS,
    EventInvitation: Permission.READ_EVENTS,
  },
  keyed: [ServiceEvent],
  scope: serviceEventScope,
  writeScope: serviceEventWriteScope,
  anonymousScope: serviceEventAnonymousScope,
};
