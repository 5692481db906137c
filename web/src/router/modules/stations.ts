// Community service stations: the public board, the list and one station.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/stations',
    name: 'board',
    component: () => import('../../views/stations/board.vue'),
    meta: { public: true, titleKey: 'board.title' },
  },
  {
    path: '/work/stations',
    name: 'stations',
    component: () => import('../../views/stations/index.vue'),
    meta: { titleKey: 'stations.title', workspace: true, nav: { section: 'network', order: 3 } },
  },
  {
    path: '/work/stations/:id',
    name: 'station',
    component: () => import('../../views/stations/detail.vue'),
    meta: { titleKey: 'stations.detailTitle', workspace: true },
  },
];
