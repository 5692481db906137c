// How each status is drawn. The tone only repeats the status text; it never carries meaning alone.
import type {
  AccountStatus,
  CampaignStatus,
  EventStatus,
  PairingStatus,
  ParticipationStatus,
  PartnerStatus,
  ReviewStatus,
  ServiceRequestStatus,
  VolunteerStatus,
} from '../graphql/generated/graphql';

export type Tone = 'ok' | 'warn' | 'bad' | 'neutral' | 'info';

export const campaignTone: Record<CampaignStatus, Tone> = { DRAFT: 'neutral', PUBLISHED: 'ok', CLOSED: 'info' };
export const eventTone: Record<EventStatus, Tone> = { DRAFT: 'neutral', OPEN: 'ok', CLOSED: 'info', CANCELLED: 'bad' };
export const partnerTone: Record<PartnerStatus, Tone> = { INVITED: 'warn', ACCEPTED: 'ok', DECLINED: 'bad' };
export const volunteerTone: Record<VolunteerStatus, Tone> = {
  PENDING: 'warn',
  ACTIVE: 'ok',
  SUSPENDED: 'bad',
  RETIRED: 'neutral',
  REJECTED: 'bad',
};
export const pairingTone: Record<PairingStatus, Tone> = {
  PROPOSED: 'warn',
  ACTIVE: 'ok',
  PAUSED: 'neutral',
  ENDED: 'info',
};
export const requestTone: Record<ServiceRequestStatus, Tone> = {
  OPEN: 'warn',
  ASSIGNED: 'info',
  DONE: 'ok',
  CANCELLED: 'neutral',
};
export const participationTone: Record<ParticipationStatus, Tone> = {
  SIGNED_UP: 'info',
  WAITLISTED: 'warn',
  CHECKED_IN: 'info',
  COMPLETED: 'ok',
  NO_SHOW: 'bad',
  CANCELLED: 'neutral',
};
export const accountTone: Record<AccountStatus, Tone> = { ACTIVE: 'ok', DISABLED: 'bad' };
export const reviewTone: Record<ReviewStatus, Tone> = { PENDING: 'warn', APPROVED: 'ok', REJECTED: 'bad' };
