// The year-end work summary.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/work/reports',
    name: 'reports',
    component: () => import('../../views/reports/index.vue'),
    meta: {
      titleKey: 'reports.title',
      workspace: true,
      permission: 'READ_DASHBOARD',
      nav: { section: 'overview', order: 2.5 },
    },
  },
];
