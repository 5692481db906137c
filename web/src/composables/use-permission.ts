// The one place the UI asks what the viewer may do in general (routes, menus, forms that place a new
// record). What it may do with a record it reads from the record's `viewerCan`, as the server decides.
import { computed } from 'vue';
import type { Permission } from '../graphql/generated/graphql';
import { useSessionStore } from '../stores/session';

export type { Permission };

/** A route or menu rule: nothing (any logged-in user), one permission, or any of several. */
export type PermissionRule = Permission | readonly Permission[] | undefined;

export function allows(granted: ReadonlySet<string>, rule: PermissionRule): boolean {
  if (!rule) return true;
  const needed = typeof rule === 'string' ? [rule] : rule;
  return needed.length === 0 || needed.some((p) => granted.has(p));
}

export function usePermission() {
  const session = useSessionStore();
  const permissions = computed(() => session.permissions);
  const roles = computed(() => session.viewer?.roles ?? []);
  const can = (rule: PermissionRule): boolean => session.isAuthenticated && allows(session.permissions, rule);

  /** Organisations the viewer administers (its ORG_ADMIN roles). */
  const ownOrganisations = computed(() =>
    roles.value.flatMap((r) => (r.role === 'ORG_ADMIN' && r.organisation ? [r.organisation] : [])),
  );
  /** The viewer's own volunteer record (VOLUNTEER role), if any. */
  const ownVolunteerId = computed(() => roles.value.find((r) => r.role === 'VOLUNTEER')?.volunteer?.id ?? null);
  /** Regions the viewer administers (its REGION_ADMIN roles); empty for the hub, whose area is the whole city. */
  const ownRegions = computed(() =>
    roles.value.some((r) => r.role === 'HUB_ADMIN')
      ? []
      : roles.value.flatMap((r) => (r.role === 'REGION_ADMIN' && r.region ? [r.region] : [])),
  );
  /** A federation admin (hub or region): acts for any organisation in its area, where an org admin acts for its own. */
  const federation = computed(() => roles.value.some((r) => r.role === 'HUB_ADMIN' || r.role === 'REGION_ADMIN'));

  /** Stations the viewer coordinates (its STATION_COORDINATOR roles). */
  const ownStations = computed(() =>
    roles.value.flatMap((r) => (r.role === 'STATION_COORDINATOR' && r.station ? [r.station] : [])),
  );

  return { can, permissions, ownOrganisations, ownRegions, ownStations, ownVolunteerId, federation };
}
