// Every value of the schema's enums the UI lists in a filter; their labels live under `enums.*` in each locale.
import type {
  AccessNeed,
  CampaignStatus,
  DisabilityCategory,
  DonationKind,
  EventStatus,
  OrganisationKind,
  PairingKind,
  PairingStatus,
  ParticipationStatus,
  PartnerRole,
  ReviewStatus,
  ServiceRequestStatus,
  ThemeDay,
  VolunteerCategory,
  VolunteerStatus,
} from '../graphql/generated/graphql';

export const themeDays: ThemeDay[] = [
  'LEI_FENG_DAY',
  'WOMENS_DAY',
  'HELP_THE_DISABLED_DAY',
  'POVERTY_ALLEVIATION_DAY',
  'INTERNATIONAL_DAY_OF_PERSONS_WITH_DISABILITIES',
];
export const campaignStatuses: CampaignStatus[] = ['DRAFT', 'PUBLISHED', 'CLOSED'];
export const eventStatuses: EventStatus[] = ['DRAFT', 'OPEN', 'CLOSED', 'CANCELLED'];
export const organisationKinds: OrganisationKind[] = [
  'DPF',
  'YOUTH_LEAGUE',
  'WOMENS_FEDERATION',
  'CIVIL_AFFAIRS',
  'TRADE_UNION',
  'CIVILIZATION_OFFICE',
  'NGO',
  'UNIVERSITY',
  'ENTERPRISE',
  'DISABLED_PERSONS_ENTERPRISE',
  'SERVICE_INSTITUTION',
];
export const volunteerStatuses: VolunteerStatus[] = ['PENDING', 'ACTIVE', 'SUSPENDED', 'RETIRED', 'REJECTED'];
export const volunteerCategories: VolunteerCategory[] = [
  'RESIDENT_COMMITTEE',
  'COMMUNITY_WORKER',
  'CIVIL_SERVANT',
  'PUBLIC_INSTITUTION_STAFF',
  'ENTERPRISE_STAFF',
  'STUDENT',
  'PARTY_CADRE',
  'RETIREE',
  'OTHER',
];
export const accessNeeds: AccessNeed[] = ['EASY_READ', 'GUIDE', 'SIGN_LANGUAGE', 'WHEELCHAIR'];
export const disabilityCategories: DisabilityCategory[] = [
  'VISUAL',
  'HEARING',
  'SPEECH',
  'PHYSICAL',
  'INTELLECTUAL',
  'MENTAL',
  'MULTIPLE',
];
export const pairingStatuses: PairingStatus[] = ['PROPOSED', 'ACTIVE', 'PAUSED', 'ENDED'];
export const pairingKinds: PairingKind[] = ['VOLUNTEER_BENEFICIARY', 'CADRE_HOUSEHOLD', 'ORGANISATION_INSTITUTION'];
export const requestStatuses: ServiceRequestStatus[] = ['OPEN', 'ASSIGNED', 'DONE', 'CANCELLED'];
export const partnerRoles: PartnerRole[] = ['CO_ORGANISER', 'SUPPORTER'];
export const donationKinds: DonationKind[] = ['CASH', 'IN_KIND'];
export const participationStatuses: ParticipationStatus[] = [
  'SIGNED_UP',
  'WAITLISTED',
  'CHECKED_IN',
  'COMPLETED',
  'NO_SHOW',
  'CANCELLED',
];
export const reviewStatuses: ReviewStatus[] = ['PENDING', 'APPROVED', 'REJECTED'];
