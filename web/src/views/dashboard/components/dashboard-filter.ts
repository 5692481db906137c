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

/**
 * The filter the dashboard last showed, per account: coming back to the dashboard (the browser's Back
 * from a figure's list) finds the district and filters as they were left.
 */
const remembered = new Map<string, DashboardFilterValue>();
export const rememberedDashboardFilter = (account: string | undefined): DashboardFilterValue =>
  (account && remembered.get(account)) || noDashboardFilter();
export const rememberDashboardFilter = (account: string | undefined, value: DashboardFilterValue): void => {
  if (account) remembered.set(account, { ...value });
};
