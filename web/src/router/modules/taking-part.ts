// Taking part without an account first: open events (all, or one station's), one event, and the look-up
// of a submission by its reference.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/events',
    name: 'public-events',
    component: () => import('../../views/events/public-events.vue'),
    meta: { public: true, titleKey: 'publicEvents.title' },
  },
  {
    path: '/events/:id',
    name: 'public-event',
    component: () => import('../../views/events/public-event.vue'),
    meta: { public: true, titleKey: 'publicEvent.title' },
  },
  {
    path: '/status',
    name: 'look-up',
    component: () => import('../../views/public/look-up.vue'),
    meta: { public: true, titleKey: 'lookUp.title' },
  },
];
