// Service events, and a volunteer's own service (sign-ups, the event code), where volunteers start.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
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
    // A volunteer's own service sits beside the workspace, where they start.
    path: '/work/my-service',
    name: 'my-service',
    component: () => import('../../views/events/my-service.vue'),
    meta: {
      titleKey: 'myService.title',
      workspace: true,
      permission: 'VOLUNTEER_SELF_SERVICE',
      nav: { section: 'overview', order: 3 },
    },
  },
];
