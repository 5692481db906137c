// Where a viewer may put a new record: the create-side twin of the row scope (auth/scope.ts).
import type { Context } from '../context/context';
import { GRANTS, type Permission, Role } from './permissions';

export interface Placement {
  /** Materialised path of the record's region (region.path). */
  regionPath?: string | null;
  organisationId?: string | null;
  stationId?: string | null;
}

/** True when one of the viewer's roles that grants `permission` covers the placement. */
export function canPlace(ctx: Context, permission: Permission, at: Placement): boolean {
  return (ctx.viewer?.roles ?? [])
    .filter((g) => GRANTS[g.role].includes(permission))
    .some((g) => {
      switch (g.role) {
        case Role.HUB_ADMIN:
          return true;
        case Role.REGION_ADMIN:
          return !!at.regionPath && !!g.regionPath && at.regionPath.startsWith(g.regionPath);
        case Role.ORG_ADMIN:
          return !!at.organisationId && at.organisationId === g.organisationId;
        case Role.STATION_COORDINATOR:
          return !!at.stationId && at.stationId === g.stationId;
        default:
          return false;
      }
    });
}

/** The viewer's own volunteer record (VOLUNTEER role), or null. */
export function ownVolunteerId(ctx: Context): string | null {
  return ctx.viewer?.roles.find((g) => g.role === Role.VOLUNTEER)?.volunteerId ?? null;
}

/** The organisation the viewer administers (first ORG_ADMIN role), or null. */
export function ownOrganisationId(ctx: Context): string | null {
  return ctx.viewer?.roles.find((g) => g.role === Role.ORG_ADMIN)?.organisationId ?? null;
}
