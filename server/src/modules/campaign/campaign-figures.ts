// What each partner brought to a campaign, and the donations a campaign received: aggregates
// computed in SQL, one statement per batch of campaigns (through the request's loaders).
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import type { Context } from '../../context/context';
import { PartnerRole, PartnerStatus } from './campaign-partner.entity';

@ObjectType({ description: 'One partner organisation’s contribution to a campaign.' })
export class CampaignPartnerContribution {
  organisationId: string;

  @Field(() => PartnerRole)
  role: PartnerRole;

  @Field(() => PartnerStatus)
  status: PartnerStatus;

  @Field(() => Int, {
    description:
      'Distinct volunteers of the organisation who took part (not cancelled, waitlisted or absent) in the campaign’s events.',
  })
  volunteers: number;

  @Field(() => Int, { description: 'Events of the campaign the organisation organised (not cancelled).' })
  events: number;

  @Field(() => GraphQLSafeInt, {
    description: 'Verified minutes of the organisation’s volunteers in the campaign’s events.',
  })
  verifiedMinutes: number;

  @Field(() => Float, { description: 'verifiedMinutes / 60.' })
  verifiedHours: number;

  @Field(() => GraphQLSafeInt, {
    description: 'Person-times served (服务人次) at the events the organisation organised.',
  })
  personTimesServed: number;

  @Field(() => GraphQLSafeInt, { description: 'Cash the organisation donated to the campaign, in fen.' })
  donationCashFen: number;

  @Field(() => Int, { description: 'In-kind donations (records) the organisation gave to the campaign.' })
  donationItems: number;
}

@ObjectType({ description: 'Total quantity of one in-kind item (per unit) donated to a campaign.' })
export class InKindTotal {
  @Field()
  item: string;

  @Field(() => String, { nullable: true })
  unit: string | null;

  @Field(() => GraphQLSafeInt)
  quantity: number;
}

@ObjectType({ description: 'Donations a campaign received (voided ones excluded).' })
export class CampaignDonationTotals {
  @Field(() => GraphQLSafeInt, { description: 'Cash in fen.' })
  cashFen: number;

  @Field(() => [InKindTotal])
  inKind: InKindTotal[];
}

interface ContributionRow {
  campaign_id: string;
  organisation_id: string;
  role: PartnerRole;
  status: PartnerStatus;
  volunteers: number;
  events: number;
  minutes: string;
  served: string;
  cash: string;
  items: number;
}

// Every partner row, with three independent aggregates joined on (campaign, organisation).
const CONTRIBUTIONS_SQL = `
  SELECT cp.campaign_id::text AS campaign_id, cp.organisation_id::text AS organisation_id, cp.role, cp.status,
         COALESCE(vol.volunteers, 0)::int AS volunteers, COALESCE(ev.events, 0)::int AS events,
         COALESCE(vol.minutes, 0)::text AS minutes, COALESCE(ev.served, 0)::text AS served,
         COALESCE(don.cash, 0)::text AS cash, COALESCE(don.items, 0)::int AS items
    FROM campaign_partner cp
    LEFT JOIN (SELECT e.campaign_id, e.organiser_id, count(*) AS events, sum(e.person_times_served) AS served
                 FROM service_event e
                WHERE e.campaign_id = ANY($1::bigint[]) AND e.status <> 'CANCELLED'
                GROUP BY e.campaign_id, e.organiser_id) ev
           ON ev.campaign_id = cp.campaign_id AND ev.organiser_id = cp.organisation_id
    LEFT JOIN (SELECT e.campaign_id, v.organisation_id,
                      count(DISTINCT p.volunteer_id) FILTER (WHERE p.status NOT IN ('CANCELLED', 'WAITLISTED', 'NO_SHOW')) AS volunteers,
                      sum(p.minutes) FILTER (WHERE p.verified_at IS NOT NULL) AS minutes
                 FROM participation p
                 JOIN service_event e ON e.id = p.event_id
                 JOIN volunteer v ON v.id = p.volunteer_id
                WHERE e.campaign_id = ANY($1::bigint[]) AND p.deleted_at IS NULL AND v.organisation_id IS NOT NULL
                GROUP BY e.campaign_id, v.organisation_id) vol
           ON vol.campaign_id = cp.campaign_id AND vol.organisation_id = cp.organisation_id
    LEFT JOIN (SELECT d.campaign_id, d.donor_organisation_id,
                      sum(d.amount_fen) FILTER (WHERE d.kind = 'CASH') AS cash, count(*) FILTER (WHERE d.kind = 'IN_KIND') AS items
                 FROM donation d
                WHERE d.campaign_id = ANY($1::bigint[]) AND d.deleted_at IS NULL AND d.donor_organisation_id IS NOT NULL
                GROUP BY d.campaign_id, d.donor_organisation_id) don
           ON don.campaign_id = cp.campaign_id AND don.donor_organisation_id = cp.organisation_id
   WHERE cp.campaign_id = ANY($1::bigint[])
   ORDER BY cp.campaign_id, array_position(ARRAY['LEAD', 'CO_ORGANISER', 'SUPPORTER']::partner_role[], cp.role), cp.id`;

interface TotalRow {
  campaign_id: string;
  kind: 'CASH' | 'IN_KIND';
  item: string | null;
  unit: string | null;
  cash: string | null;
  quantity: string | null;
}

const TOTALS_SQL = `
  SELECT d.campaign_id::text AS campaign_id, d.kind,
         CASE WHEN d.kind = 'IN_KIND' THEN d.item END AS item, CASE WHEN d.kind = 'IN_KIND' THEN d.unit END AS unit,
         sum(d.amount_fen)::text AS cash, sum(d.quantity)::text AS quantity
    FROM donation d
   WHERE d.campaign_id = ANY($1::bigint[]) AND d.deleted_at IS NULL
   GROUP BY 1, 2, 3, 4
   ORDER BY 1, 3, 4`;

/** Groups rows by campaign id, in the order the loader asked for. */
function byCampaign<R extends { campaign_id: string }>(ids: readonly string[], rows: R[]): R[][] {
  const grouped = new Map<string, R[]>();
  for (const r of rows) grouped.set(r.campaign_id, [...(grouped.get(r.campaign_id) ?? []), r]);
  return ids.map((id) => grouped.get(String(id)) ?? []);
}

export class CampaignFigures {
  contributions(ctx: Context, campaignId: string): Promise<CampaignPartnerContribution[]> {
    return ctx.loaders
      .batch('Campaign.contributions', async (ids) => {
        const rows: ContributionRow[] = await ctx.db.query(CONTRIBUTIONS_SQL, [ids]);
        return byCampaign(ids, rows).map((list) =>
          list.map((r) => ({
            organisationId: r.organisation_id,
            role: r.role,
            status: r.status,
            volunteers: r.volunteers,
            events: r.events,
            verifiedMinutes: Number(r.minutes),
            verifiedHours: Number(r.minutes) / 60,
            personTimesServed: Number(r.served),
            donationCashFen: Number(r.cash),
            donationItems: r.items,
          })),
        );
      })
      .load(campaignId);
  }

  donationTotals(ctx: Context, campaignId: string): Promise<CampaignDonationTotals> {
    return ctx.loaders
      .batch('Campaign.donationTotals', async (ids) => {
        const rows: TotalRow[] = await ctx.db.query(TOTALS_SQL, [ids]);
        return byCampaign(ids, rows).map((list) => ({
          cashFen: list.filter((r) => r.kind === 'CASH').reduce((sum, r) => sum + Number(r.cash ?? 0), 0),
          inKind: list
            .filter((r) => r.kind === 'IN_KIND')
            .map((r) => ({ item: r.item!, unit: r.unit, quantity: Number(r.quantity ?? 0) })),
        }));
      })
      .load(campaignId);
  }
}
