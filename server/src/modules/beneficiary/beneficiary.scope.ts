// Which beneficiaries and households each role sees (read by auth/scope.ts through the registry).
// A partner organisation or a volunteer reaches a person only through a pairing that is ACTIVE or
// PAUSED: a proposal opens nothing (the federation decides on the pairing row alone) and an ended
// pairing closes the record again.
import { id, inRegion, Role, type RoleRules, type ScopeRules } from '../../auth/scope-rules';

/** Pairings that give their owners and their volunteer a way to the person. */
const LIVE = `status IN ('ACTIVE', 'PAUSED')`;

export const beneficiaryRules: RoleRules = {
  [Role.REGION_ADMIN]: (g, a) => inRegion(`${a}.region_id`, g),
  [Role.ORG_ADMIN]: (g, a) =>
    `${a}.id IN (SELECT pb.beneficiary_id FROM pairing pb WHERE pb.${LIVE} AND (pb.owner_a_id = ${id(g.organisationId)} OR pb.owner_b_id = ${id(g.organisationId)}))`,
  [Role.STATION_COORDINATOR]: (g, a) => `${a}.station_id = ${id(g.stationId)}`,
  [Role.VOLUNTEER]: (g, a) =>
    `${a}.id IN (SELECT pb.beneficiary_id FROM pairing pb WHERE pb.${LIVE} AND pb.volunteer_id = ${id(g.volunteerId)})`,
};

export const householdRules: RoleRules = {
  [Role.REGION_ADMIN]: (g, a) => inRegion(`${a}.region_id`, g),
  [Role.ORG_ADMIN]: (g, a) =>
    `${a}.id IN (SELECT ph.household_id FROM pairing ph WHERE ph.${LIVE} AND (ph.owner_a_id = ${id(g.organisationId)} OR ph.owner_b_id = ${id(g.organisationId)}))`,
  [Role.STATION_COORDINATOR]: (g, a) =>
    `${a}.id IN (SELECT bh.household_id FROM beneficiary bh WHERE bh.station_id = ${id(g.stationId)})`,
  [Role.VOLUNTEER]: (g, a) =>
    `${a}.id IN (SELECT ph.household_id FROM pairing ph WHERE ph.${LIVE} AND ph.volunteer_id = ${id(g.volunteerId)})`,
};

export const beneficiaryScope: ScopeRules = { Beneficiary: beneficiaryRules, Household: householdRules };

/**
 * The roles whose reach to a person includes who they are on paper (masked identity and certificate
 * numbers, birth year, grade). A volunteer is given name, needs and a contact route only, so a row
 * shows these fields only when one of the viewer's other roles reaches it.
 */
export const IDENTITY_ROLES: ReadonlySet<Role> = new Set([
  Role.HUB_ADMIN,
  Role.REGION_ADMIN,
  Role.ORG_ADMIN,
  Role.STATION_COORDINATOR,
]);
