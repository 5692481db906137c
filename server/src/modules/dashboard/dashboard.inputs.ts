// GraphQL shapes of the dashboard: every breakdown is a list of { key, label, value } for a chart.
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import type { LabelSet } from './labels';

@ObjectType({ description: 'One bar or slice of a chart.' })
export class Bucket {
  @Field()
  key: string;

  /** In Chinese as computed (and cached); the field resolver answers in the caller's language. */
  @Field({ description: 'In the language of Accept-Language where the key is a code; data names as stored.' })
  label: string;

  @Field(() => Float)
  value: number;

  /** Set when the label is made from the key (then translated per request), unset for names from the data. */
  labelSet?: LabelSet;
}

@InputType()
export class DashboardFilter {
  @Field(() => ID, { nullable: true, description: 'Only this region subtree.' })
  regionId?: string;

  @Field(() => ID, { nullable: true, description: "An organisation's own volunteers, events, pairings and donations." })
  organisationId?: string;

  @Field(() => ID, { nullable: true })
  campaignId?: string;

  @Field(() => Date, { nullable: true, description: 'Period start (inclusive); default 1 January of this year.' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Period end (exclusive); default now.' })
  to?: Date;
}

@ObjectType()
export class DashboardCounts {
  @Field(() => Int)
  stations: number;

  @Field(() => Int)
  teams: number;

  @Field(() => Int, {
    description:
      "Teams of a district's Disabled Persons' Federation (the year-end summary's district volunteer teams), a subset of teams.",
  })
  districtTeams: number;

  @Field(() => Int)
  volunteers: number;

  @Field(() => [Bucket])
  volunteersByStatus: Bucket[];

  @Field(() => Int, { description: 'Volunteers with a verified participation in the period.' })
  activeVolunteers: number;

  @Field(() => Int, { description: 'Service events (not cancelled) in the period.' })
  events: number;

  @Field(() => Int, { description: 'Stations with no service event (not cancelled) in the period.' })
  stationsWithoutEvents: number;

  @Field(() => Int, { description: "Commendations awarded in the period to the scope's volunteers." })
  commendations: number;

  @Field(() => Int, { description: "Partner organisations in the period's joint campaigns." })
  partners: number;
}

@ObjectType()
export class VolunteerComposition {
  @Field(() => [Bucket])
  byCategory: Bucket[];

  @Field(() => Float, { description: 'Share of students among registered volunteers (0–1).' })
  studentShare: number;

  @Field(() => [Bucket], { description: 'Star level from all-time verified hours (0 = below the first threshold).' })
  byStarLevel: Bucket[];

  @Field(() => [Bucket])
  byAgeBand: Bucket[];

  @Field(() => [Bucket])
  byOrganisationKind: Bucket[];

  @Field(() => Float, { description: 'Share of volunteers covered by accident insurance (0–1).' })
  insuredShare: number;
}

@ObjectType()
export class HoursBreakdown {
  @Field(() => Float, { description: 'Verified hours in the period.' })
  verified: number;

  @Field(() => [Bucket])
  byMonth: Bucket[];

  @Field(() => [Bucket])
  byServiceType: Bucket[];

  @Field(() => [Bucket], { description: "By the volunteer's organisation." })
  byOrganisation: Bucket[];
}

@ObjectType()
export class PersonTimesBreakdown {
  @Field(() => Int)
  total: number;

  @Field(() => [Bucket])
  byMonth: Bucket[];

  @Field(() => [Bucket], { description: 'By district, or by the next level down inside a filtered region.' })
  byRegion: Bucket[];

  @Field(() => [Bucket])
  byServiceType: Bucket[];
}

@ObjectType()
export class PairingBreakdown {
  @Field(() => [Bucket])
  byKind: Bucket[];

  @Field(() => [Bucket])
  byStatus: Bucket[];

  @Field(() => Int, { description: 'Active pairings without a visit for 60 days or more.' })
  overdue: number;

  @Field(() => Float, { description: 'Share of beneficiaries with an active pairing (0–1).' })
  coverage: number;

  @Field(() => [Bucket], { description: 'Coverage share per region.' })
  coverageByRegion: Bucket[];
}

@ObjectType()
export class PartnerContribution {
  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field()
  role: string;

  @Field(() => Int)
  volunteers: number;

  @Field(() => Int)
  events: number;

  @Field(() => Float)
  verifiedHours: number;

  @Field(() => Int)
  personTimes: number;

  @Field(() => GraphQLSafeInt)
  donationsFen: number;
}

@ObjectType()
export class CampaignContribution {
  @Field(() => ID)
  campaignId: string;

  @Field()
  name: string;

  @Field(() => [PartnerContribution])
  partners: PartnerContribution[];
}

@ObjectType()
export class TrainingCoverage {
  @Field(() => Int, { description: 'Active volunteers trained in the last 12 months.' })
  trained: number;

  @Field(() => Int)
  active: number;

  @Field(() => Float, { description: 'trained / active (0–1).' })
  share: number;
}

@ObjectType()
export class DonationTotals {
  @Field(() => GraphQLSafeInt, { description: 'Cash in fen.' })
  cashFen: number;

  @Field(() => [Bucket], { description: 'In-kind quantity by item.' })
  inKindByItem: Bucket[];
}

@ObjectType()
export class DisabilityBreakdown {
  @Field(() => Int, {
    description:
      'For viewers without access to personal data, a total under 5 is rounded to the nearest multiple of 5.',
  })
  beneficiaries: number;

  @Field(() => [Bucket], {
    description:
      'For viewers without access to personal data, groups under 5 are hidden with enough others (the next smallest) that none can be derived from the total; the hidden ones appear together as SUPPRESSED.',
  })
  byCategory: Bucket[];

  @Field(() => [Bucket], { description: 'Suppressed like byCategory.' })
  byGrade: Bucket[];
}

@ObjectType({ description: 'The year-end figures, for the caller’s scope and the filter.' })
export class Dashboard {
  @Field(() => DashboardCounts)
  counts: DashboardCounts;

  @Field(() => VolunteerComposition)
  composition: VolunteerComposition;

  @Field(() => HoursBreakdown)
  hours: HoursBreakdown;

  @Field(() => PersonTimesBreakdown)
  personTimes: PersonTimesBreakdown;

  @Field(() => PairingBreakdown)
  pairings: PairingBreakdown;

  @Field(() => [CampaignContribution])
  campaigns: CampaignContribution[];

  @Field(() => TrainingCoverage)
  training: TrainingCoverage;

  @Field(() => DonationTotals)
  donations: DonationTotals;

  @Field(() => DisabilityBreakdown)
  disability: DisabilityBreakdown;
}
