// The public home page and the verification of a service-record certificate.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'home',
    component: () => import('../../views/public/index.vue'),
    meta: { public: true, titleKey: 'home.title' },
  },
  {
    path: '/verify',
    name: 'verify',
    component: () => import('../../views/public/verify.vue'),
    meta: { public: true, titleKey: 'verify.title' },
  },
  {
    // The address a certificate's QR code holds.
    path: '/verify/:code',
    name: 'verify-code',
    component: () => import('../../views/public/verify.vue'),
    meta: { public: true, titleKey: 'verify.title' },
  },
];
