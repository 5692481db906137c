// The to-do list, for every logged-in role.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/work/todo',
    name: 'todo',
    component: () => import('../../views/todo/index.vue'),
    meta: { titleKey: 'todo.title', workspace: true, nav: { section: 'overview', order: 0 } },
  },
];
