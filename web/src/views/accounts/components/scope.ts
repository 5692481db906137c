// Which kind of scope each role is held with (server: ROLE_SCOPE), and the RoleInput field that carries it.
import type { Role } from '../../../graphql/generated/graphql';

export type ScopeKind = 'region' | 'organisation' | 'station' | 'volunteer' | null;

export const scopeKindOf = (role: Role | ''): ScopeKind =>
  role === 'REGION_ADMIN' || role === 'VIEWER'
    ? 'region'
    : role === 'ORG_ADMIN'
      ? 'organisation'
      : role === 'STATION_COORDINATOR'
        ? 'station'
        : role === 'VOLUNTEER'
          ? 'volunteer'
          : null;

export const scopeField = {
  region: 'regionId',
  organisation: 'organisationId',
  station: 'stationId',
  volunteer: 'volunteerId',
} as const;
