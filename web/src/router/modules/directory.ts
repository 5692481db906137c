// The directory: organisations and volunteer teams; the city's service catalogue and skill list.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/work/organisations',
    name: 'organisations',
    component: () => import('../../views/directory/organisations.vue'),
    meta: { titleKey: 'organisations.title', workspace: true, nav: { section: 'network', order: 1 } },
  },
  {
    path: '/work/teams',
    name: 'teams',
    component: () => import('../../views/directory/teams.vue'),
    meta: { titleKey: 'teams.title', workspace: true, permission: 'READ_TEAMS', nav: { section: 'network', order: 2 } },
  },
  {
    path: '/work/service-types',
    name: 'service-types',
    component: () => import('../../views/directory/service-types.vue'),
    meta: {
      titleKey: 'onboarding.serviceTypesTitle',
      workspace: true,
      permission: 'MANAGE_SKILLS',
      nav: { section: 'network', order: 4 },
    },
  },
  {
    path: '/work/skills',
    name: 'skills',
    component: () => import('../../views/directory/skills.vue'),
    meta: {
      titleKey: 'onboarding.skillsTitle',
      workspace: true,
      permission: 'MANAGE_SKILLS',
      nav: { section: 'network', order: 5 },
    },
  },
];
