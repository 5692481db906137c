// Commendations.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/work/commendations',
    name: 'commendations',
    component: () => import('../../views/commendations/index.vue'),
    meta: {
      titleKey: 'commendations.title',
      workspace: true,
      permission: 'READ_COMMENDATIONS',
      nav: { section: 'people', order: 3 },
    },
  },
];
