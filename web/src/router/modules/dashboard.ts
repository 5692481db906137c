// The workspace start page and the dashboard.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/work',
    name: 'workspace',
    component: () => import('../../views/dashboard/workspace.vue'),
    meta: { titleKey: 'workspace.title', workspace: true, nav: { section: 'overview', order: 1 } },
  },
  {
    path: '/work/dashboard',
    name: 'dashboard',
    component: () => import('../../views/dashboard/index.vue'),
    meta: {
      titleKey: 'dashboard.title',
      workspace: true,
      permission: 'READ_DASHBOARD',
      nav: { section: 'overview', order: 2 },
    },
  },
];
