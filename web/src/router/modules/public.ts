// Pages anyone can use without an account: the station board, published campaigns, the two forms.
import type { RouteRecordRaw } from 'vue-router';

export const publicRoutes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'home',
    component: () => import('../../views/home/index.vue'),
    meta: { public: true, titleKey: 'home.title' },
  },
  {
    path: '/stations',
    name: 'board',
    component: () => import('../../views/board/index.vue'),
    meta: { public: true, titleKey: 'board.title' },
  },
  {
    path: '/campaigns',
    name: 'public-campaigns',
    component: () => import('../../views/public-campaigns/index.vue'),
    meta: { public: true, titleKey: 'publicCampaigns.title' },
  },
  {
    path: '/volunteer/register',
    name: 'register',
    component: () => import('../../views/register/index.vue'),
    meta: { public: true, titleKey: 'register.title' },
  },
  {
    path: '/request-service',
    name: 'request-service',
    component: () => import('../../views/request-service/index.vue'),
    meta: { public: true, titleKey: 'requestService.title' },
  },
];
