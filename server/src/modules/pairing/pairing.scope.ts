// Which pairings and visits each role sees (read by auth/scope.ts through the registry).
import { id, inRegion, Role, via, type RoleRules, type ScopeRules } from '../../auth/scope-rules';

export const pairingRules: RoleRules = {
  [Role.REGION_ADMIN]: (g, a) =>
    `(${a}.beneficiary_id IN (SELECT pb.id FROM beneficiary pb WHERE ${inRegion('pb.region_id', g)}) OR ${a}.household_id IN (SELECT ph.id FROM household ph WHERE ${inRegion('ph.region_id', g)}) OR ${a}.volunteer_id IN (SELECT pv.id FROM volunteer pv WHERE ${inRegion('pv.home_region_id', g)}))`,
  [Role.ORG_ADMIN]: (g, a) =>
    `(${a}.owner_a_id = ${id(g.organisationId)} OR ${a}.owner_b_id = ${id(g.organisationId)})`,
  [Role.STATION_COORDINATOR]: (g, a) =>
    `${a}.beneficiary_id IN (SELECT pb.id FROM beneficiary pb WHERE pb.station_id = ${id(g.stationId)})`,
  [Role.VOLUNTEER]: (g, a) => `${a}.volunteer_id = ${id(g.volunteerId)}`,
};

export const pairingScope: ScopeRules = {
  Pairing: pairingRules,
  PairingVisit: via(pairingRules, 'pairing', 'pairing_id'),
};
