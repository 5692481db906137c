// The public home page.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'home',
    component: () => import('../../views/public/index.vue'),
    meta: { public: true, titleKey: 'home.title' },
  },
];
