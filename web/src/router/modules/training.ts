// Training sessions.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/work/training',
    name: 'training',
    component: () => import('../../views/training/index.vue'),
    meta: {
      titleKey: 'training.title',
      workspace: true,
      permission: 'READ_TRAINING',
      nav: { section: 'activities', order: 3 },
    },
  },
  {
    path: '/work/training/:id',
    name: 'training-session',
    component: () => import('../../views/training/detail.vue'),
    meta: { titleKey: 'training.detailTitle', workspace: true, permission: 'READ_TRAINING' },
  },
];
