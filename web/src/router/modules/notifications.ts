// The inbox and the notification settings, for every logged-in account (the bell in the header leads here).
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/work/notifications',
    name: 'notifications',
    component: () => import('../../views/notifications/index.vue'),
    meta: { titleKey: 'notifications.title', workspace: true, nav: { section: 'overview', order: 0.5 } },
  },
  {
    path: '/work/notifications/settings',
    name: 'notification-settings',
    component: () => import('../../views/notifications/settings.vue'),
    meta: { titleKey: 'notifications.preferences.title', workspace: true },
  },
];
