// Accounts and the invitations that bring people in.
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
  {
    path: '/work/invitations',
    name: 'invitations',
    component: () => import('../../views/accounts/invitations.vue'),
    meta: {
      titleKey: 'accountInvitations.title',
      workspace: true,
      permission: 'READ_ACCOUNTS',
      nav: { section: 'admin', order: 1.5 },
    },
  },
];
