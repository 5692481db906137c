export const possibleTypes: Record<string, string[]> = {
  "Node": [
    "BackgroundJob",
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
    "SpreadsheetImport",
    "TrainingAttendance",
    "TrainingSession",
    "Volunteer",
    "VolunteerTeam"
  ]
};
