// Which training sessions and attendance each role sees (read by auth/scope.ts through the registry).
import { id, inRegion, Role, via, type RoleRules, type ScopeRules } from '../../auth/scope-rules';
import { volunteerRules } from '../volunteer/volunteer.scope';

const trainingRules: RoleRules = {
  [Role.REGION_ADMIN]: (g, a) => inRegion(`${a}.region_id`, g),
  [Role.ORG_ADMIN]: (g, a) => `${a}.organisation_id = ${id(g.organisationId)}`,
  [Role.VOLUNTEER]: (g, a) =>
    `${a}.id IN (SELECT ta.session_id FROM training_attendance ta WHERE ta.volunteer_id = ${id(g.volunteerId)})`,
  [Role.VIEWER]: (g, a) => (g.regionId ? inRegion(`${a}.region_id`, g) : 'TRUE'),
};

export const trainingScope: ScopeRules = {
  TrainingSession: trainingRules,
  TrainingAttendance: via(volunteerRules, 'volunteer', 'volunteer_id'),
};
