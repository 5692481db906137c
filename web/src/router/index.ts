import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import './meta';
import { guard } from './guard';
import { publicRoutes } from './modules/public';
import { dashboardRoutes } from './modules/dashboard';
import { networkRoutes } from './modules/network';
import { activityRoutes } from './modules/activities';
import { peopleRoutes } from './modules/people';
import { recordRoutes } from './modules/records';
import { adminRoutes } from './modules/admin';
import { sessionRoutes } from './modules/session';

// The catch-all in sessionRoutes stays last.
export const routes: RouteRecordRaw[] = [
  ...publicRoutes,
  ...dashboardRoutes,
  ...networkRoutes,
  ...activityRoutes,
  ...peopleRoutes,
  ...recordRoutes,
  ...adminRoutes,
  ...sessionRoutes,
];

export function createAppRouter() {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  });
  router.beforeEach(guard);
  return router;
}
