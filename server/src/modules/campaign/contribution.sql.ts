// The one definition of a partner's contribution to a campaign, used by the campaign page
// (`Campaign.contributions`) and the dashboard's campaign section alike, so the two cannot drift.
//
// A partner's contribution is counted from the events it ORGANISES under the campaign (not
// cancelled): how many there are, the distinct volunteers who served at them (whatever their own
// organisation), those volunteers' verified minutes there, the person-times served there, and the
// donations the partner itself gave to the campaign. A volunteer of organisation A serving at B's
// event counts for B, the organiser that ran the service.

/** Participation statuses that mean the volunteer did not serve. */
export const NOT_SERVED = `('CANCELLED', 'WAITLISTED', 'NO_SHOW')`;

export interface ContributionSqlOptions {
  /** Predicate on the partner row `cp` (which campaigns, which partner statuses). */
  partners: string;
  /**
   * Further predicate on the event, for a caller that narrows by place or period (the dashboard's
   * lens); called once per use, so a parameter-adding builder stays consistent.
   */
  events?: (alias: string) => string;
}

export interface ContributionSqlRow {
  campaign_id: string;
  organisation_id: string;
  role: string;
  status: string;
  events: number;
  volunteers: number;
  /** bigint sums as text */
  minutes: string;
  served: string;
  cash: string;
  items: number;
}

/** One row per partner row `cp` with its contribution; the caller joins names and orders. */
export function contributionSql(opts: ContributionSqlOptions): string {
  const organised = (e: string) =>
    `${e}.campaign_id = cp.campaign_id AND ${e}.organiser_id = cp.organisation_id AND ${e}.status <> 'CANCELLED'` +
    (opts.events ? ` AND ${opts.events(e)}` : '');
  return `SELECT cp.id AS partner_row, cp.campaign_id::text AS campaign_id, cp.organisation_id::text AS organisation_id,
         cp.role::text AS role, cp.status::text AS status,
         COALESCE(ev.events, 0)::int AS events, COALESCE(vol.volunteers, 0)::int AS volunteers,
         COALESCE(vol.minutes, 0)::text AS minutes, COALESCE(ev.served, 0)::text AS served,
         COALESCE(don.cash, 0)::text AS cash, COALESCE(don.items, 0)::int AS items
    FROM campaign_partner cp
    LEFT JOIN LATERAL (SELECT count(*) AS events, sum(ce.person_times_served) AS served
                         FROM service_event ce WHERE ${organised('ce')}) ev ON TRUE
    LEFT JOIN LATERAL (SELECT count(DISTINCT cpa.volunteer_id) FILTER (WHERE cpa.status::text NOT IN ${NOT_SERVED}) AS volunteers,
                              sum(cpa.minutes) FILTER (WHERE cpa.verified_at IS NOT NULL) AS minutes
                         FROM participation cpa JOIN service_event ce ON ce.id = cpa.event_id
                        WHERE cpa.deleted_at IS NULL AND ${organised('ce')}) vol ON TRUE
    LEFT JOIN LATERAL (SELECT sum(cd.amount_fen) FILTER (WHERE cd.kind = 'CASH') AS cash,
                              count(*) FILTER (WHERE cd.kind = 'IN_KIND') AS items
                         FROM donation cd
                        WHERE cd.campaign_id = cp.campaign_id AND cd.donor_organisation_id = cp.organisation_id
                          AND cd.deleted_at IS NULL) don ON TRUE
   WHERE ${opts.partners}`;
}
