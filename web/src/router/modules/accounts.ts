// Accounts.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/work/accounts',
    name: 'accounts',
    component: () => import('../../views/accounts/index.vue'),
    meta: {
      titleKey: 'accounts.title',
      workspace: true,
      permission: 'READ_ACCOUNTS',
      nav: { section: 'admin', order: 1 },
    },
  },
];
