// The network: organisations, volunteer teams and community service stations.
import type { RouteRecordRaw } from 'vue-router';

export const networkRoutes: RouteRecordRaw[] = [
  {
    path: '/work/organisations',
    name: 'organisations',
    component: () => import('../../views/organisations/index.vue'),
    meta: { titleKey: 'organisations.title', workspace: true, nav: { section: 'network', order: 1 } },
  },
  {
    path: '/work/teams',
    name: 'teams',
    component: () => import('../../views/teams/index.vue'),
    meta: { titleKey: 'teams.title', workspace: true, permission: 'READ_TEAMS', nav: { section: 'network', order: 2 } },
  },
  {
    path: '/work/stations',
    name: 'stations',
    component: () => import('../../views/stations/index.vue'),
    meta: { titleKey: 'stations.title', workspace: true, nav: { section: 'network', order: 3 } },
  },
  {
    path: '/work/stations/:id',
    name: 'station',
    component: () => import('../../views/stations/detail.vue'),
    meta: { titleKey: 'stations.detailTitle', workspace: true },
  },
];
