// Joint campaigns: the published list (public), the work list, creating one, one campaign.
import type { RouteRecordRaw } from 'vue-router';

export const routes: RouteRecordRaw[] = [
  {
    path: '/campaigns',
    name: 'public-campaigns',
    component: () => import('../../views/campaigns/published.vue'),
    meta: { public: true, titleKey: 'publicCampaigns.title' },
  },
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
];
