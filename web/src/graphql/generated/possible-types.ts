export const possibleTypes: Record<string, string[]> = {
  "Node": [
    "Beneficiary",
    "Campaign",
    "CampaignPartner",
    "Commendation",
    "Donation",
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
    "TrainingAttendance",
    "TrainingSession",
    "Volunteer",
    "VolunteerTeam"
  ]
};
