// The work records: pairings and visits, service requests, donations.
import type { RouteRecordRaw } from 'vue-router';

export const recordRoutes: RouteRecordRaw[] = [
  {
    path: '/work/pairings',
    name: 'pairings',
    component: () => import('../../views/pairings/index.vue'),
    meta: {
      titleKey: 'pairings.title',
      workspace: true,
      permission: 'READ_PAIRINGS',
      nav: { section: 'records', order: 1 },
    },
  },
  {
    path: '/work/pairings/new',
    name: 'pairing-propose',
    component: () => import('../../views/pairings/propose.vue'),
    meta: { titleKey: 'pairings.proposeTitle', workspace: true, permission: 'MANAGE_PAIRINGS' },
  },
  {
    path: '/work/pairings/:id',
    name: 'pairing',
    component: () => import('../../views/pairings/detail.vue'),
    meta: { titleKey: 'pairings.detailTitle', workspace: true, permission: 'READ_PAIRINGS' },
  },
  {
    path: '/work/requests',
    name: 'requests',
    component: () => import('../../views/requests/index.vue'),
    meta: {
      titleKey: 'requests.title',
      workspace: true,
      permission: 'READ_SERVICE_REQUESTS',
      nav: { section: 'records', order: 2 },
    },
  },
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
