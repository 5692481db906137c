// Logging in, setting one's password from a code, the 403 page and the catch-all 404.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('../../views/session/login.vue'),
    meta: { public: true, titleKey: 'login.title' },
  },
  {
    path: '/activate',
    name: 'activate',
    component: () => import('../../views/session/activate.vue'),
    meta: { public: true, titleKey: 'activation.title' },
  },
  {
    path: '/reset-password',
    name: 'reset-password',
    component: () => import('../../views/session/activate.vue'),
    meta: { public: true, titleKey: 'activation.resetTitle' },
  },
  {
    path: '/forgot-password',
    name: 'forgot-password',
    component: () => import('../../views/session/forgot-password.vue'),
    meta: { public: true, titleKey: 'activation.forgotTitle' },
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
