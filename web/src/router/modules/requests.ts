// Service requests: the public form and the queue.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/request-service',
    name: 'request-service',
    component: () => import('../../views/requests/request-service.vue'),
    meta: { public: true, titleKey: 'requestService.title' },
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
];
