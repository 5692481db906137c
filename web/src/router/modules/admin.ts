// Administration: accounts and the audit log.
import type { RouteRecordRaw } from 'vue-router';

export const adminRoutes: RouteRecordRaw[] = [
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
  {
    path: '/work/audit',
    name: 'audit',
    component: () => import('../../views/audit/index.vue'),
    meta: {
      titleKey: 'audit.title',
      workspace: true,
      permission: 'READ_AUDIT_LOG',
      nav: { section: 'admin', order: 2 },
    },
  },
];
