// The one registry of resolvers and federation reference resolvers.
import type { NonEmptyArray } from 'type-graphql';
import { fromGlobalId } from '../common/node';
import type { Context } from '../context/context';
import { NodeResolver } from './node/node.resolver';
import { nodeTypes } from './node/node-types';
import { RegionResolver } from './region/region.resolver';
import { OrganisationResolver } from './organisation/organisation.resolver';
import { ServiceTypeResolver } from './service-type/service-type.resolver';
import { VolunteerTeamResolver } from './volunteer-team/volunteer-team.resolver';
import { ServiceStationResolver } from './service-station/service-station.resolver';
import { ServiceStationWorkflowResolver } from './service-station/service-station-workflow.resolver';
import { VolunteerResolver } from './volunteer/volunteer.resolver';
import { StarThresholdResolver, VolunteerWorkflowResolver } from './volunteer/volunteer-workflow.resolver';
import { BeneficiaryResolver } from './beneficiary/beneficiary.resolver';
import { HouseholdResolver } from './beneficiary/household.resolver';
import { BeneficiaryWorkflowResolver } from './beneficiary/beneficiary-workflow.resolver';
import { CampaignPartnerResolver, CampaignResolver } from './campaign/campaign.resolver';
import { CampaignWorkflowResolver, CampaignPartnerContributionResolver } from './campaign/campaign-workflow.resolver';
import { ParticipationResolver, ServiceEventResolver } from './service-event/service-event.resolver';
import { serviceEventWorkflowResolvers } from './service-event/service-event-workflow.resolver';
import { PairingResolver, PairingVisitResolver } from './pairing/pairing.resolver';
import { PairingWorkflowResolver } from './pairing/pairing-workflow.resolver';
import { DonationResolver } from './donation/donation.resolver';
import { DonationWorkflowResolver } from './donation/donation-workflow.resolver';
import { ServiceRequestResolver } from './service-request/service-request.resolver';
import { ServiceRequestWorkflowResolver } from './service-request/service-request-workflow.resolver';
import { AccountResolver, RoleGrantResolver, SessionResolver } from './account/account.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { CommendationWorkflowResolver } from './commendation/commendation-workflow.resolver';
import { PersonalDataResolver } from './personal-data/personal-data.resolver';
import { DashboardResolver } from './dashboard/dashboard.resolver';
import {
  CommendationResolver,
  TrainingAttendanceResolver,
  TrainingSessionResolver,
} from './training/training.resolver';
import { TrainingWorkflowResolver, VolunteerTrainingResolver } from './training/training-workflow.resolver';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  RegionResolver,
  OrganisationResolver,
  ServiceTypeResolver,
  VolunteerTeamResolver,
  ServiceStationResolver,
  ServiceStationWorkflowResolver,
  VolunteerResolver,
  VolunteerWorkflowResolver,
  StarThresholdResolver,
  BeneficiaryResolver,
  HouseholdResolver,
  BeneficiaryWorkflowResolver,
  CampaignResolver,
  CampaignPartnerResolver,
  CampaignWorkflowResolver,
  CampaignPartnerContributionResolver,
  ServiceEventResolver,
  ParticipationResolver,
  ...serviceEventWorkflowResolvers,
  PairingResolver,
  PairingVisitResolver,
  PairingWorkflowResolver,
  DonationResolver,
  DonationWorkflowResolver,
  ServiceRequestResolver,
  ServiceRequestWorkflowResolver,
  TrainingSessionResolver,
  TrainingAttendanceResolver,
  TrainingWorkflowResolver,
  VolunteerTrainingResolver,
  CommendationResolver,
  CommendationWorkflowResolver,
  SessionResolver,
  AccountResolver,
  RoleGrantResolver,
  AuditResolver,
  PersonalDataResolver,
  DashboardResolver,
];

/** Types other subgraphs may extend by `@key(fields: "id")`. */
const KEYED_TYPES = [
  'Organisation',
  'Region',
  'Volunteer',
  'Campaign',
  'ServiceStation',
  'ServiceEvent',
  'Pairing',
] as const;

export const referenceResolvers = Object.fromEntries(
  KEYED_TYPES.map((type) => [
    type,
    (ref: { id: string }, ctx: Context) => ctx.loaders.one(nodeTypes[type]).load(fromGlobalId(ref.id, type).id),
  ]),
);
