// The permission vocabulary and the one grants table mapping roles to permissions.
import { registerEnumType } from 'type-graphql';

export enum Permission {
  READ_TEAMS = 'READ_TEAMS',
  READ_VOLUNTEERS = 'READ_VOLUNTEERS',
  READ_BENEFICIARIES = 'READ_BENEFICIARIES',
  READ_CAMPAIGNS = 'READ_CAMPAIGNS',
  READ_EVENTS = 'READ_EVENTS',
  READ_PARTICIPATIONS = 'READ_PARTICIPATIONS',
  READ_PAIRINGS = 'READ_PAIRINGS',
  READ_DONATIONS = 'READ_DONATIONS',
  READ_SERVICE_REQUESTS = 'READ_SERVICE_REQUESTS',
  READ_TRAINING = 'READ_TRAINING',
  READ_COMMENDATIONS = 'READ_COMMENDATIONS',
  /** Masked identity/phone/address/birth-date fields of the people a role may read. */
  READ_PERSONAL_DATA_MASKED = 'READ_PERSONAL_DATA_MASKED',
  /** Clear values through revealPersonalData, per record entitlement, always audit-logged. */
  REVEAL_PERSONAL_DATA = 'REVEAL_PERSONAL_DATA',
  READ_DASHBOARD = 'READ_DASHBOARD',
  READ_ACCOUNTS = 'READ_ACCOUNTS',
  MANAGE_ACCOUNTS = 'MANAGE_ACCOUNTS',
  READ_AUDIT_LOG = 'READ_AUDIT_LOG',
  /** Approve, reject, suspend, retire and edit volunteers within scope. */
  MANAGE_VOLUNTEERS = 'MANAGE_VOLUNTEERS',
  /** The skill list of one's city (region admins of the city, the hub). */
  MANAGE_SKILLS = 'MANAGE_SKILLS',
  /** A volunteer's own profile, sign-ups, event codes, self-reported hours and corrections. */
  VOLUNTEER_SELF_SERVICE = 'VOLUNTEER_SELF_SERVICE',
  MANAGE_BENEFICIARIES = 'MANAGE_BENEFICIARIES',
  /** Create, invite to, publish and close campaigns; answer invitations for one's organisation. */
  MANAGE_CAMPAIGNS = 'MANAGE_CAMPAIGNS',
  /** Create events, check people in and out, verify hours, resolve corrections and hour reports. */
  MANAGE_EVENTS = 'MANAGE_EVENTS',
  MANAGE_PAIRINGS = 'MANAGE_PAIRINGS',
  /** Log visits of a pairing one belongs to (or manages). */
  LOG_VISITS = 'LOG_VISITS',
  MANAGE_DONATIONS = 'MANAGE_DONATIONS',
  MANAGE_SERVICE_REQUESTS = 'MANAGE_SERVICE_REQUESTS',
  MANAGE_TRAINING = 'MANAGE_TRAINING',
  AWARD_COMMENDATIONS = 'AWARD_COMMENDATIONS',
  /** Star thresholds of one's jurisdiction. */
  CONFIGURE_STARS = 'CONFIGURE_STARS',
  /** A station's public board: services, opening hours, contact. */
  EDIT_STATION_BOARD = 'EDIT_STATION_BOARD',
  /**
   * Create, edit, suspend and reinstate registry entries (organisations, teams, stations, service
   * types) within one's scope; which rows is the write policy's (the modules' write scopes).
   */
  MANAGE_REGISTRY = 'MANAGE_REGISTRY',
}
registerEnumType(Permission, { name: 'Permission' });

/** Markers usable in @Authorized next to permissions: who may call without a specific permission. */
export const PUBLIC = 'PUBLIC';
export const AUTHENTICATED = 'AUTHENTICATED';
export type Rule = Permission | typeof PUBLIC | typeof AUTHENTICATED;

export enum Role {
  HUB_ADMIN = 'HUB_ADMIN',
  REGION_ADMIN = 'REGION_ADMIN',
  ORG_ADMIN = 'ORG_ADMIN',
  STATION_COORDINATOR = 'STATION_COORDINATOR',
  VOLUNTEER = 'VOLUNTEER',
  VIEWER = 'VIEWER',
}
registerEnumType(Role, { name: 'Role', description: 'Each role is held with a scope (see RoleAssignment).' });

const P = Permission;
const ALL = Object.values(Permission).filter((p) => p !== Permission.VOLUNTEER_SELF_SERVICE);

/** Role → permissions. Row scope (which records) is applied separately, in auth/scope.ts. */
export const GRANTS: Record<Role, readonly Permission[]> = {
  [Role.HUB_ADMIN]: ALL,
  [Role.REGION_ADMIN]: ALL,
  [Role.ORG_ADMIN]: [
    P.READ_TEAMS,
    P.READ_VOLUNTEERS,
    P.READ_BENEFICIARIES,
    P.READ_CAMPAIGNS,
    P.READ_EVENTS,
    P.READ_PARTICIPATIONS,
    P.READ_PAIRINGS,
    P.READ_DONATIONS,
    P.READ_TRAINING,
    P.READ_COMMENDATIONS,
    P.READ_PERSONAL_DATA_MASKED,
    P.REVEAL_PERSONAL_DATA,
    P.READ_DASHBOARD,
    P.READ_ACCOUNTS,
    P.MANAGE_ACCOUNTS,
    P.MANAGE_VOLUNTEERS,
    P.MANAGE_CAMPAIGNS,
    P.MANAGE_EVENTS,
    P.MANAGE_PAIRINGS,
    P.LOG_VISITS,
    P.MANAGE_DONATIONS,
    P.MANAGE_TRAINING,
    P.AWARD_COMMENDATIONS,
    P.MANAGE_REGISTRY,
  ],
  [Role.STATION_COORDINATOR]: [
    P.READ_TEAMS,
    P.READ_VOLUNTEERS,
    P.READ_BENEFICIARIES,
    P.READ_CAMPAIGNS,
    P.READ_EVENTS,
    P.READ_PARTICIPATIONS,
    P.READ_SERVICE_REQUESTS,
    P.READ_PERSONAL_DATA_MASKED,
    // only a service request's caller's phone, for the call-back (personal-data.service.ts)
    P.REVEAL_PERSONAL_DATA,
    P.READ_DASHBOARD,
    P.MANAGE_BENEFICIARIES,
    P.MANAGE_EVENTS,
    P.MANAGE_SERVICE_REQUESTS,
    P.EDIT_STATION_BOARD,
  ],
  [Role.VOLUNTEER]: [
    P.READ_VOLUNTEERS,
    P.READ_BENEFICIARIES,
    P.READ_CAMPAIGNS,
    P.READ_EVENTS,
    P.READ_PARTICIPATIONS,
    P.READ_PAIRINGS,
    P.READ_TRAINING,
    P.READ_COMMENDATIONS,
    P.READ_SERVICE_REQUESTS,
    P.READ_PERSONAL_DATA_MASKED,
    P.REVEAL_PERSONAL_DATA,
    P.VOLUNTEER_SELF_SERVICE,
    P.LOG_VISITS,
  ],
  [Role.VIEWER]: [P.READ_TEAMS, P.READ_CAMPAIGNS, P.READ_EVENTS, P.READ_TRAINING, P.READ_DASHBOARD],
};

/** What scope each role is bound to. */
export const ROLE_SCOPE: Record<
  Role,
  'NONE' | 'REGION' | 'ORGANISATION' | 'STATION' | 'VOLUNTEER' | 'OPTIONAL_REGION'
> = {
  [Role.HUB_ADMIN]: 'NONE',
  [Role.REGION_ADMIN]: 'REGION',
  [Role.ORG_ADMIN]: 'ORGANISATION',
  [Role.STATION_COORDINATOR]: 'STATION',
  [Role.VOLUNTEER]: 'VOLUNTEER',
  [Role.VIEWER]: 'OPTIONAL_REGION',
};
