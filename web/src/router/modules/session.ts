// Logging in, the 403 page and the catch-all 404.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('../../views/session/login.vue'),
    meta: { public: true, titleKey: 'login.title' },
  },
  {
    path: '/403',
    name: 'forbidden',
    component: () => import('../../views/session/forbidden.vue'),
    meta: { public: true, titleKey: 'forbidden.title' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('../../views/session/not-found.vue'),
    meta: { public: true, titleKey: 'notFound.title' },
  },
];
