// The one place the UI asks what the viewer may do. It hides what the server forbids; the server enforces it.
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
  const can = (rule: PermissionRule): boolean => session.isAuthenticated && allows(session.permissions, rule);
  return { can, permissions };
}
