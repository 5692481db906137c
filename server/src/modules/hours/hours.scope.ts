// Which hour reports and corrections each role sees (read by auth/scope.ts through the registry).
import { id, inRegion, Role, via, type ScopeRules } from '../../auth/scope-rules';
import { participationRules } from '../service-event/service-event.scope';
import { volunteerRules } from '../volunteer/volunteer.scope';

export const hoursScope: ScopeRules = {
  HourCorrection: via(participationRules, 'participation', 'participation_id'),
  HourReport: {
    ...via(volunteerRules, 'volunteer', 'volunteer_id'),
    [Role.REGION_ADMIN]: (g, a) => inRegion(`${a}.region_id`, g),
    [Role.ORG_ADMIN]: (g, a) =>
      `(${a}.organisation_id = ${id(g.organisationId)} OR ${a}.volunteer_id IN (SELECT hv.id FROM volunteer hv WHERE hv.organisation_id = ${id(g.organisationId)}))`,
  },
};
