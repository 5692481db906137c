// The one registry of entities (tables). Resolvers are registered in modules/index.ts.
import { Region } from './region/region.entity';
import { Organisation } from './organisation/organisation.entity';
import { ServiceType } from './service-type/service-type.entity';
import { VolunteerTeam } from './volunteer-team/volunteer-team.entity';
import { ServiceStation } from './service-station/service-station.entity';
import { Volunteer } from './volunteer/volunteer.entity';
import { Household } from './beneficiary/household.entity';
import { Beneficiary } from './beneficiary/beneficiary.entity';
import { Campaign } from './campaign/campaign.entity';
import { CampaignPartner } from './campaign/campaign-partner.entity';
import { ServiceEvent } from './service-event/service-event.entity';
import { Participation } from './service-event/participation.entity';
import { Pairing } from './pairing/pairing.entity';
import { PairingVisit } from './pairing/pairing-visit.entity';
import { Donation } from './donation/donation.entity';
import { ServiceRequest } from './service-request/service-request.entity';
import { TrainingSession } from './training/training-session.entity';
import { TrainingAttendance } from './training/training-attendance.entity';
import { Commendation } from './commendation/commendation.entity';
import { UserAccount } from './account/user-account.entity';
import { AuditLog } from './audit/audit-log.entity';
import { RoleAssignment } from './account/role-assignment.entity';
import { RefreshToken } from './account/refresh-token.entity';
import { AccountActivation } from './account/account-activation.entity';
import { HourCorrection } from './service-event/hour-correction.entity';
import { HourReport } from './service-event/hour-report.entity';
import { IdempotencyKey } from '../common/idempotency-key.entity';

export {
  Region,
  Organisation,
  ServiceType,
  VolunteerTeam,
  ServiceStation,
  Volunteer,
  Household,
  Beneficiary,
  Campaign,
  CampaignPartner,
  ServiceEvent,
  Participation,
  Pairing,
  PairingVisit,
  Donation,
  ServiceRequest,
  TrainingSession,
  TrainingAttendance,
  Commendation,
  UserAccount,
  AuditLog,
  RoleAssignment,
  RefreshToken,
  AccountActivation,
  HourCorrection,
  HourReport,
  IdempotencyKey,
};

export const entities = [
  Region,
  Organisation,
  ServiceType,
  VolunteerTeam,
  ServiceStation,
  Volunteer,
  Household,
  Beneficiary,
  Campaign,
  CampaignPartner,
  ServiceEvent,
  Participation,
  Pairing,
  PairingVisit,
  Donation,
  ServiceRequest,
  TrainingSession,
  TrainingAttendance,
  Commendation,
  UserAccount,
  AuditLog,
  RoleAssignment,
  RefreshToken,
  AccountActivation,
  HourCorrection,
  HourReport,
  IdempotencyKey,
];
