// Beneficiaries: the list, the form and one beneficiary.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
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
];
