// The directory: organisations and volunteer teams.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/work/organisations',
    name: 'organisations',
    component: () => import('../../views/directory/organisations.vue'),
    meta: { titleKey: 'organisations.title', workspace: true, nav: { section: 'network', order: 1 } },
  },
  {
    path: '/work/teams',
    name: 'teams',
    component: () => import('../../views/directory/teams.vue'),
    meta: { titleKey: 'teams.title', workspace: true, permission: 'READ_TEAMS', nav: { section: 'network', order: 2 } },
  },
];
