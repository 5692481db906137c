// Volunteers: the roster, registration, review, profiles, star levels.
import { Permission } from '../../auth/permissions';
import type { HubModule } from '../hub-module';
import { Volunteer } from './volunteer.entity';
import { VolunteerResolver } from './volunteer.resolver';
import { VolunteerFieldsResolver } from './volunteer-fields.resolver';
import { volunteerScope } from './volunteer.scope';

export const volunteerModule: HubModule = {
  entities: [Volunteer],
  resolvers: [VolunteerResolver, VolunteerFieldsResolver],
  nodes: { Volunteer: Permission.READ_VOLUNTEERS },
  keyed: [Volunteer],
  scope: volunteerScope,
};
