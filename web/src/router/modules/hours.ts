// Hours: the review queue, and a volunteer reporting hours outside an event.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
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
    path: '/work/my-service/report',
    name: 'my-service-report',
    component: () => import('../../views/hours/report.vue'),
    meta: { titleKey: 'hourReports.title', workspace: true, permission: 'VOLUNTEER_SELF_SERVICE' },
  },
];
