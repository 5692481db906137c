import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import './meta';
import { guard } from './guard';

// Every file in modules/ is one domain's routes (`export const routes`); adding a domain adds a file, not a line here.
// The router ranks paths by specificity, so the catch-all in session.ts needs no place at the end.
const modules = import.meta.glob<RouteRecordRaw[]>('./modules/*.ts', { eager: true, import: 'routes' });

export const routes: RouteRecordRaw[] = Object.keys(modules)
  .sort()
  .flatMap((file) => modules[file]);

export function createAppRouter() {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  });
  router.beforeEach(guard);
  return router;
}
