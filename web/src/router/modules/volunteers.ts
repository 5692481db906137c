// Volunteers: the public registration form, the roster and one volunteer.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/volunteer/register',
    name: 'register',
    component: () => import('../../views/volunteers/register.vue'),
    meta: { public: true, titleKey: 'register.title' },
  },
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
];
