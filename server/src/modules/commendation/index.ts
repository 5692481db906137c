// Commendations (表彰) of volunteers.
import { Permission } from '../../auth/permissions';
import type { HubModule } from '../hub-module';
import { Commendation } from './commendation.entity';
import { CommendationResolver } from './commendation.resolver';
import { CommendationFieldsResolver } from './commendation-fields.resolver';
import { commendationScope } from './commendation.scope';

export const commendationModule: HubModule = {
  entities: [Commendation],
  resolvers: [CommendationResolver, CommendationFieldsResolver],
  nodes: { Commendation: Permission.READ_COMMENDATIONS },
  scope: commendationScope,
};
