// The work menu, drawn from the routes' declared permissions and the viewer's permissions.
import { computed } from 'vue';
import type { RouteRecordRaw } from 'vue-router';
import { routes } from '../router';
import type { NavSection } from '../router/meta';
import type { MessageKey } from '../locales/use-t';
import { allows } from './use-permission';
import { useSessionStore } from '../stores/session';

export interface NavItem {
  name: string;
  titleKey: MessageKey;
}

export const sectionOrder: NavSection[] = ['overview', 'network', 'activities', 'people', 'records', 'admin'];

/** Menu sections with their items, keeping only what the given permissions allow. */
export function menuFor(granted: ReadonlySet<string>, all: readonly RouteRecordRaw[] = routes) {
  return sectionOrder
    .map((section) => ({
      section,
      items: all
        .filter(
          (r) => r.meta?.nav?.section === section && r.name && r.meta.titleKey && allows(granted, r.meta.permission),
        )
        .sort((a, b) => a.meta!.nav!.order - b.meta!.nav!.order)
        .map((r) => ({ name: String(r.name), titleKey: r.meta!.titleKey! })),
    }))
    .filter((s) => s.items.length > 0);
}

export function useNavigation() {
  const session = useSessionStore();
  const menu = computed(() => (session.isAuthenticated ? menuFor(session.permissions) : []));
  return { menu };
}
