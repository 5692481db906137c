// Global-id type name → entity class, for node(id) and federation references.
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import * as e from '../entities';

export const nodeTypes: Record<string, EntityTarget<ObjectLiteral & { id: string }>> = {
  Region: e.Region,
  Organisation: e.Organisation,
  ServiceType: e.ServiceType,
  VolunteerTeam: e.VolunteerTeam,
  ServiceStation: e.ServiceStation,
  Volunteer: e.Volunteer,
  Household: e.Household,
  Beneficiary: e.Beneficiary,
  Campaign: e.Campaign,
  CampaignPartner: e.CampaignPartner,
  ServiceEvent: e.ServiceEvent,
  Participation: e.Participation,
  Pairing: e.Pairing,
  PairingVisit: e.PairingVisit,
  Donation: e.Donation,
  ServiceRequest: e.ServiceRequest,
  TrainingSession: e.TrainingSession,
  TrainingAttendance: e.TrainingAttendance,
  Commendation: e.Commendation,
  HourReport: e.HourReport,
  HourCorrection: e.HourCorrection,
};
