// Certificates are seen by whoever sees the volunteer (read by auth/scope.ts through the registry);
// revoking goes through the write policy with MANAGE_VOLUNTEERS over the same rows.
import { via, type ScopeRules } from '../../auth/scope-rules';
import { volunteerRules } from '../volunteer/volunteer.scope';

export const certificateScope: ScopeRules = {
  ServiceCertificate: via(volunteerRules, 'volunteer', 'volunteer_id'),
};
