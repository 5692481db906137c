// What the dashboard counts: period, district, organisation and campaign (empty: all).
export interface DashboardFilterValue {
  from: string;
  to: string;
  regionId: string;
  organisationId: string;
  campaignId: string;
}

export const noDashboardFilter = (): DashboardFilterValue => ({
  from: '',
  to: '',
  regionId: '',
  organisationId: '',
  campaignId: '',
});
