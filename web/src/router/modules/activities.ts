// Joint campaigns, the service events held in them (with the hours they record), and training.
import type { RouteRecordRaw } from 'vue-router';

export const activityRoutes: RouteRecordRaw[] = [
  {
    path: '/work/campaigns',
    name: 'campaigns',
    component: () => import('../../views/campaigns/index.vue'),
    meta: {
      titleKey: 'campaigns.title',
      workspace: true,
      permission: 'READ_CAMPAIGNS',
      nav: { section: 'activities', order: 1 },
    },
  },
  {
    path: '/work/campaigns/new',
    name: 'campaign-new',
    component: () => import('../../views/campaigns/create.vue'),
    meta: { titleKey: 'campaignForm.title', workspace: true, permission: 'MANAGE_CAMPAIGNS' },
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
    meta: {
      titleKey: 'events.title',
      workspace: true,
      permission: 'READ_EVENTS',
      nav: { section: 'activities', order: 2 },
    },
  },
  {
    path: '/work/events/new',
    name: 'event-new',
    component: () => import('../../views/events/edit.vue'),
    meta: { titleKey: 'eventForm.createTitle', workspace: true, permission: 'MANAGE_EVENTS' },
  },
  {
    path: '/work/events/:id',
    name: 'event',
    component: () => import('../../views/events/detail.vue'),
    meta: { titleKey: 'events.detailTitle', workspace: true, permission: 'READ_EVENTS' },
  },
  {
    path: '/work/events/:id/edit',
    name: 'event-edit',
    component: () => import('../../views/events/edit.vue'),
    meta: { titleKey: 'eventForm.editTitlePage', workspace: true, permission: 'MANAGE_EVENTS' },
  },
  {
    path: '/work/hours',
    name: 'hours',
    component: () => import('../../views/hours/index.vue'),
    meta: {
      titleKey: 'hourReview.title',
      workspace: true,
      permission: 'MANAGE_EVENTS',
      nav: { section: 'activities', order: 2.5 },
    },
  },
  {
    // A volunteer's own service sits beside the workspace, where they start.
    path: '/work/my-service',
    name: 'my-service',
    component: () => import('../../views/my-service/index.vue'),
    meta: {
      titleKey: 'myService.title',
      workspace: true,
      permission: 'VOLUNTEER_SELF_SERVICE',
      nav: { section: 'overview', order: 3 },
    },
  },
  {
    path: '/work/my-service/report',
    name: 'my-service-report',
    component: () => import('../../views/my-service/report.vue'),
    meta: { titleKey: 'hourReports.title', workspace: true, permission: 'VOLUNTEER_SELF_SERVICE' },
  },
  {
    path: '/work/training',
    name: 'training',
    component: () => import('../../views/training/index.vue'),
    meta: {
      titleKey: 'training.title',
      workspace: true,
      permission: 'READ_TRAINING',
      nav: { section: 'activities', order: 3 },
    },
  },
  {
    path: '/work/training/:id',
    name: 'training-session',
    component: () => import('../../views/training/detail.vue'),
    meta: { titleKey: 'training.detailTitle', workspace: true, permission: 'READ_TRAINING' },
  },
];
