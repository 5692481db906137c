// Donations: the list and recording one.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/work/donations',
    name: 'donations',
    component: () => import('../../views/donations/index.vue'),
    meta: {
      titleKey: 'donations.title',
      workspace: true,
      permission: 'READ_DONATIONS',
      nav: { section: 'records', order: 3 },
    },
  },
  {
    path: '/work/donations/new',
    name: 'donation-new',
    component: () => import('../../views/donations/create.vue'),
    meta: { titleKey: 'donationForm.title', workspace: true, permission: 'MANAGE_DONATIONS' },
  },
];
