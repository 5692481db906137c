// Spreadsheet imports.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/work/imports',
    name: 'imports',
    component: () => import('../../views/imports/index.vue'),
    meta: {
      titleKey: 'imports.title',
      workspace: true,
      permission: 'MANAGE_VOLUNTEERS',
      nav: { section: 'admin', order: 3 },
    },
  },
];
