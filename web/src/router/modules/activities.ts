// Joint campaigns and the service events held in them.
import type { RouteRecordRaw } from 'vue-router';

export const activityRoutes: RouteRecordRaw[] = [
  {
    path: '/work/campaigns',
    name: 'campaigns',
    component: () => import('../../views/campaigns/index.vue'),
    meta: { titleKey: 'campaigns.title', workspace: true, permission: 'READ_CAMPAIGNS', nav: { section: 'activities', order: 1 } },
  },
  {
    path: '/work/campaigns/:id',
    name: 'campaign',
    component: () => import('../../views/campaigns/detail.vue'),
    meta: { titleKey: 'campaigns.detailTitle', workspace: true, permission: 'READ_CAMPAIGNS' },
  },
  {
    path: '/work/events',
    name: 'events',
    component: () => import('../../views/events/index.vue'),
    meta: { titleKey: 'events.title', workspace: true, permission: 'READ_EVENTS', nav: { section: 'activities', order: 2 } },
  },
  {
    path: '/work/events/:id',
    name: 'event',
    component: () => import('../../views/events/detail.vue'),
    meta: { titleKey: 'events.detailTitle', workspace: true, permission: 'READ_EVENTS' },
  },
  {
    path: '/work/training',
    name: 'training',
    component: () => import('../../views/training/index.vue'),
    meta: { titleKey: 'training.title', workspace: true, permission: 'READ_TRAINING', nav: { section: 'activities', order: 3 } },
  },
  {
    path: '/work/training/:id',
    name: 'training-session',
    component: () => import('../../views/training/detail.vue'),
    meta: { titleKey: 'training.detailTitle', workspace: true, permission: 'READ_TRAINING' },
  },
];
