// Which types implement Node, so `node(id) { ... on Campaign }` fragments match in the cache.
// A unit test checks this list against schema.graphql.
export const possibleTypes: Record<string, string[]> = {
  Node: [
    'Beneficiary',
    'Campaign',
    'CampaignPartner',
    'Commendation',
    'Donation',
    'HourCorrection',
    'HourReport',
    'Household',
    'Organisation',
    'Pairing',
    'PairingVisit',
    'Participation',
    'Region',
    'ServiceEvent',
    'ServiceRequest',
    'ServiceStation',
    'ServiceType',
    'TrainingAttendance',
    'TrainingSession',
    'Volunteer',
    'VolunteerTeam',
  ],
};
