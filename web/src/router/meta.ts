// What each route declares: its title key, who may see it, and where it sits in the menu.
import type { MessageKey } from '../locales/use-t';
import type { PermissionRule } from '../composables/use-permission';

export type NavSection = 'overview' | 'network' | 'activities' | 'people' | 'records' | 'admin';

declare module 'vue-router' {
  interface RouteMeta {
    /** A locale key, so the document title follows the UI language. */
    titleKey?: MessageKey;
    /** Reachable without logging in. */
    public?: boolean;
    /** Needed on top of being logged in; omitted means any logged-in user. */
    permission?: PermissionRule;
    /** Listed in the work menu, in this section and order. */
    nav?: { section: NavSection; order: number };
    /** Draw the work menu beside the page. */
    workspace?: boolean;
  }
}

export {};
