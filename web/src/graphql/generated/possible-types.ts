export const possibleTypes: Record<string, string[]> = {
  "Node": [
    "Beneficiary",
    "Campaign",
    "CampaignPartner",
    "Commendation",
    "Donation",
    "EventInvitation",
    "HourCorrection",
    "HourReport",
    "Household",
    "Organisation",
    "Pairing",
    "PairingVisit",
    "Participation",
    "Region",
    "ServiceEvent",
    "ServiceRequest",
    "ServiceStation",
    "ServiceType",
    "Skill",
    "TrainingAttendance",
    "TrainingSession",
    "Volunteer",
    "VolunteerTeam"
  ]
};
