// The audit log.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
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
