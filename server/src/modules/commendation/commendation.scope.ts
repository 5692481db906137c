// Commendations are seen by whoever sees the volunteer (read by auth/scope.ts through the registry).
import { via, type ScopeRules } from '../../auth/scope-rules';
import { volunteerRules } from '../volunteer/volunteer.scope';

export const commendationScope: ScopeRules = { Commendation: via(volunteerRules, 'volunteer', 'volunteer_id') };
