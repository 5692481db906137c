// Volunteer teams (助残志愿者队伍).
import { Permission } from '../../auth/permissions';
import type { HubModule } from '../hub-module';
import { VolunteerTeamViewerCanResolver } from '../registry/registry-viewer-can';
import { VolunteerTeam } from './volunteer-team.entity';
import { VolunteerTeamResolver } from './volunteer-team.resolver';
import { VolunteerTeamFieldsResolver } from './volunteer-team-fields.resolver';
import { volunteerTeamScope } from './volunteer-team.scope';

export const volunteerTeamModule: HubModule = {
  entities: [VolunteerTeam],
  resolvers: [VolunteerTeamResolver, VolunteerTeamFieldsResolver, VolunteerTeamViewerCanResolver],
  nodes: { VolunteerTeam: Permission.READ_TEAMS },
  scope: volunteerTeamScope,
};
