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
}

export function canGrant(viewer: Viewer, grant: ResolvedGrant): boolean {
  return viewer.roles.some((mine) => {
    switch (mine.role) {
      case Role.HUB_ADMIN:
        return true;
      case Role.REGION_ADMIN:
        return (
          grant.role !== Role.HUB_ADMIN &&
          !!grant.scopePath &&
          !!mine.regionPath &&
          grant.scopePath.startsWith(mine.regionPath)
        );
      case Role.ORG_ADMIN:
        return (
          (grant.role === Role.ORG_ADMIN && grant.organisationId === mine.organisationId) ||
          (grant.role === Role.VOLUNTEER && grant.volunteerOrganisationId === mine.organisationId)
        );
      default:
        return false;
    }
  });
}
