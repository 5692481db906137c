// Logging in, the 403 page and the catch-all 404.
import type { RouteRecordRaw } from 'vue-router';

export const sessionRoutes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('../../views/login/index.vue'),
    meta: { public: true, titleKey: 'login.title' },
  },
  {
    path: '/403',
    name: 'forbidden',
    component: () => import('../../views/forbidden/index.vue'),
    meta: { public: true, titleKey: 'forbidden.title' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('../../views/not-found/index.vue'),
    meta: { public: true, titleKey: 'notFound.title' },
  },
];
