// Who may grant which role: admins hand out only roles inside their own scope.
import { Role } from './permissions';
import type { Viewer } from './viewer';

/** A role assignment with where its scope sits in the region tree. */
export interface ResolvedGrant {
  role: Role;
  regionId: string | null;
  organisationId: string | null;
  stationId: string | null;
  volunteerId: string | null;
  /** Region path of the scope object (region, organisation's region, station's community, volunteer's home). */
  scopePath: string | null;
  /** The region the scope object sits in, for audit entries a region admin may read. */
  scopeRegionId: string | null;
  /** For VOLUNTEER grants: the volunteer's organisation. */
  volunteerOrganisationId: string | null;
  /** For ORG_ADMIN grants: the kind of organisation (OrganisationKind). */
  organisationKind: string | null;
  /** For STATION_COORDINATOR grants: the organisation running the station. */
  stationOrganisationId?: string | null;
}

/**
 * The organisations a region admin manages: the federation's own branches and service institutions.
 * A partner registered in the district (a youth league branch, an NGO, an enterprise) appoints its
 * admins itself or through the hub, since its admin sees the partner's volunteers city-wide.
 */
const FEDERATION_KINDS = ['DPF', 'SERVICE_INSTITUTION'];

export function canGrant(viewer: Viewer, grant: ResolvedGrant): boolean {
  return viewer.roles.some((mine) => {
    switch (mine.role) {
      case Role.HUB_ADMIN:
        return true;
      case Role.REGION_ADMIN:
        return (
          grant.role !== Role.HUB_ADMIN &&
          (grant.role !== Role.ORG_ADMIN || FEDERATION_KINDS.includes(grant.organisationKind ?? '')) &&
          !!grant.scopePath &&
          !!mine.regionPath &&
          grant.scopePath.startsWith(mine.regionPath)
        );
      case Role.ORG_ADMIN:
        return (
          (grant.role === Role.ORG_ADMIN && grant.organisationId === mine.organisationId) ||
          (grant.role === Role.VOLUNTEER && grant.volunteerOrganisationId === mine.organisationId) ||
          // A partner that runs a station appoints its coordinators.
          (grant.role === Role.STATION_COORDINATOR &&
            !!grant.stationOrganisationId &&
            grant.stationOrganisationId === mine.organisationId)
        );
      default:
        return false;
    }
  });
}
