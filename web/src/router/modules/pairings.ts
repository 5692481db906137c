// Pairings: the list, proposing one, one pairing with its visits.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/work/pairings',
    name: 'pairings',
    component: () => import('../../views/pairings/index.vue'),
    meta: {
      titleKey: 'pairings.title',
      workspace: true,
      permission: 'READ_PAIRINGS',
      nav: { section: 'records', order: 1 },
    },
  },
  {
    path: '/work/pairings/new',
    name: 'pairing-propose',
    component: () => import('../../views/pairings/propose.vue'),
    meta: { titleKey: 'pairings.proposeTitle', workspace: true, permission: 'MANAGE_PAIRINGS' },
  },
  {
    path: '/work/pairings/:id',
    name: 'pairing',
    component: () => import('../../views/pairings/detail.vue'),
    meta: { titleKey: 'pairings.detailTitle', workspace: true, permission: 'READ_PAIRINGS' },
  },
];
