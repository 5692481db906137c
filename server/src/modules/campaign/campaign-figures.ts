// What each partner brought to a campaign, and the donations a campaign received: aggregates
// computed in SQL, one statement per batch of campaigns (through the request's loaders).
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import type { Context } from '../../context/context';
import { PartnerRole, PartnerStatus } from './campaign-partner.entity';
import { contributionSql, type ContributionSqlRow } from './contribution.sql';

@ObjectType({ description: 'One partner organisation’s contribution to a campaign.' })
export class CampaignPartnerContribution {
  organisationId: string;

  @Field(() => PartnerRole)
  role: PartnerRole;

  @Field(() => PartnerStatus)
  status: PartnerStatus;

  @Field(() => Int, {
    description:
      'Distinct volunteers who served (not cancelled, waitlisted or absent) at the events the organisation organised under the campaign, whatever their own organisation.',
  })
  volunteers: number;

  @Field(() => Int, { description: 'Events of the campaign the organisation organised (not cancelled).' })
  events: number;

  @Field(() => GraphQLSafeInt, {
    description: 'Verified minutes served at the events the organisation organised under the campaign.',
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

// Every partner row of the campaigns asked for, with the one contribution definition.
const CONTRIBUTIONS_SQL = `SELECT x.* FROM (${contributionSql({ partners: 'cp.campaign_id = ANY($1::bigint[])' })}) x
   ORDER BY x.campaign_id::bigint, array_position(ARRAY['LEAD', 'CO_ORGANISER', 'SUPPORTER'], x.role), x.partner_row`;

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
        const rows: ContributionSqlRow[] = await ctx.db.query(CONTRIBUTIONS_SQL, [ids]);
        return byCampaign(ids, rows).map((list) =>
          list.map((r) => ({
            organisationId: r.organisation_id,
            role: r.role as PartnerRole,
            status: r.status as PartnerStatus,
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
