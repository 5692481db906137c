// People: volunteers (with commendations) and beneficiaries.
import type { RouteRecordRaw } from 'vue-router';

export const peopleRoutes: RouteRecordRaw[] = [
  {
    path: '/work/volunteers',
    name: 'volunteers',
    component: () => import('../../views/volunteers/index.vue'),
    meta: {
      titleKey: 'volunteers.title',
      workspace: true,
      permission: 'READ_VOLUNTEERS',
      nav: { section: 'people', order: 1 },
    },
  },
  {
    path: '/work/volunteers/:id',
    name: 'volunteer',
    component: () => import('../../views/volunteers/detail.vue'),
    meta: { titleKey: 'volunteers.detailTitle', workspace: true, permission: 'READ_VOLUNTEERS' },
  },
  {
    path: '/work/beneficiaries',
    name: 'beneficiaries',
    component: () => import('../../views/beneficiaries/index.vue'),
    meta: {
      titleKey: 'beneficiaries.title',
      workspace: true,
      permission: 'READ_BENEFICIARIES',
      nav: { section: 'people', order: 2 },
    },
  },
  {
    path: '/work/beneficiaries/new',
    name: 'beneficiary-new',
    component: () => import('../../views/beneficiaries/edit.vue'),
    meta: { titleKey: 'beneficiaryForm.createTitlePage', workspace: true, permission: 'MANAGE_BENEFICIARIES' },
  },
  {
    path: '/work/beneficiaries/:id/edit',
    name: 'beneficiary-edit',
    component: () => import('../../views/beneficiaries/edit.vue'),
    meta: { titleKey: 'beneficiaryForm.editTitlePage', workspace: true, permission: 'MANAGE_BENEFICIARIES' },
  },
  {
    path: '/work/beneficiaries/:id',
    name: 'beneficiary',
    component: () => import('../../views/beneficiaries/detail.vue'),
    meta: { titleKey: 'beneficiaries.detailTitle', workspace: true, permission: 'READ_BENEFICIARIES' },
  },
  {
    path: '/work/commendations',
    name: 'commendations',
    component: () => import('../../views/commendations/index.vue'),
    meta: {
      titleKey: 'commendations.title',
      workspace: true,
      permission: 'READ_COMMENDATIONS',
      nav: { section: 'people', order: 3 },
    },
  },
];
