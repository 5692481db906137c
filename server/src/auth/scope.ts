// Row scope: which rows of each table a viewer may see, as SQL predicates built from the request
// context only. Applied to lists, totalCount, node(), loaders (nested relations and federation
// references) alike. A table or role without a rule sees nothing.
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { GRANTS, type Permission, Role } from './permissions';
import type { RoleGrant, Viewer } from './viewer';

type Rule = (g: RoleGrant, a: string) => string;

// Scope values come from our own tables, never from the client; still, they are checked before
// being inlined so a predicate can be reused verbatim in any statement (lists, loaders, aggregates).
const id = (v: string | null) => {
  if (!v || !/^\d{1,18}$/.test(v)) throw new Error('invalid scope id');
  return v;
};
const pathOf = (g: RoleGrant) => {
  if (!g.regionPath || !/^[/\d]+$/.test(g.regionPath)) throw new Error('invalid scope path');
  return g.regionPath;
};
/** The column names a region inside the role's region subtree. */
const inRegion = (col: string, g: RoleGrant) =>
  `${col} IN (SELECT sr.id FROM region sr WHERE sr.path LIKE '${pathOf(g)}%')`;

const volunteerRules: Partial<Record<Role, Rule>> = {
  [Role.REGION_ADMIN]: (g, a) => inRegion(`${a}.home_region_id`, g),
  [Role.ORG_ADMIN]: (g, a) => `${a}.organisation_id = ${id(g.organisationId)}`,
  [Role.STATION_COORDINATOR]: (g, a) =>
    `(${a}.station_id = ${id(g.stationId)} OR ${a}.id IN (SELECT sp.volunteer_id FROM participation sp JOIN service_event se ON se.id = sp.event_id WHERE se.station_id = ${id(g.stationId)}))`,
  [Role.VOLUNTEER]: (g, a) => `${a}.id = ${id(g.volunteerId)}`,
};

const beneficiaryRules: Partial<Record<Role, Rule>> = {
  [Role.REGION_ADMIN]: (g, a) => inRegion(`${a}.region_id`, g),
  [Role.ORG_ADMIN]: (g, a) =>
    `${a}.id IN (SELECT pb.beneficiary_id FROM pairing pb WHERE pb.owner_a_id = ${id(g.organisationId)} OR pb.owner_b_id = ${id(g.organisationId)})`,
  [Role.STATION_COORDINATOR]: (g, a) => `${a}.station_id = ${id(g.stationId)}`,
  [Role.VOLUNTEER]: (g, a) =>
    `${a}.id IN (SELECT pb.beneficiary_id FROM pairing pb WHERE pb.volunteer_id = ${id(g.volunteerId)})`,
};

const householdRules: Partial<Record<Role, Rule>> = {
  [Role.REGION_ADMIN]: (g, a) => inRegion(`${a}.region_id`, g),
  [Role.ORG_ADMIN]: (g, a) =>
    `${a}.id IN (SELECT ph.household_id FROM pairing ph WHERE ph.owner_a_id = ${id(g.organisationId)} OR ph.owner_b_id = ${id(g.organisationId)})`,
  [Role.STATION_COORDINATOR]: (g, a) =>
    `${a}.id IN (SELECT bh.household_id FROM beneficiary bh WHERE bh.station_id = ${id(g.stationId)})`,
  [Role.VOLUNTEER]: (g, a) =>
    `${a}.id IN (SELECT ph.household_id FROM pairing ph WHERE ph.volunteer_id = ${id(g.volunteerId)})`,
};

const campaignRules: Partial<Record<Role, Rule>> = {
  [Role.REGION_ADMIN]: (g, a) =>
    `(${inRegion(`${a}.region_id`, g)} OR ${a}.id IN (SELECT ce.campaign_id FROM service_event ce WHERE ${inRegion('ce.region_id', g)}))`,
  [Role.ORG_ADMIN]: (g, a) =>
    `${a}.id IN (SELECT cp.campaign_id FROM campaign_partner cp WHERE cp.organisation_id = ${id(g.organisationId)})`,
  [Role.STATION_COORDINATOR]: (g, a) =>
    `(${a}.status = 'PUBLISHED' OR ${a}.id IN (SELECT ce.campaign_id FROM service_event ce WHERE ce.station_id = ${id(g.stationId)}))`,
  [Role.VOLUNTEER]: (g, a) =>
    `(${a}.status = 'PUBLISHED' OR ${a}.id IN (SELECT ce.campaign_id FROM service_event ce JOIN participation cpp ON cpp.event_id = ce.id WHERE cpp.volunteer_id = ${id(g.volunteerId)}))`,
  [Role.VIEWER]: (g, a) => (g.regionId ? campaignRules[Role.REGION_ADMIN]!(g, a) : 'TRUE'),
};

const eventRules: Partial<Record<Role, Rule>> = {
  [Role.REGION_ADMIN]: (g, a) => inRegion(`${a}.region_id`, g),
  [Role.ORG_ADMIN]: (g, a) =>
    `(${a}.organiser_id = ${id(g.organisationId)} OR ${a}.campaign_id IN (SELECT ep.campaign_id FROM campaign_partner ep WHERE ep.organisation_id = ${id(g.organisationId)} AND ep.status = 'ACCEPTED'))`,
  [Role.STATION_COORDINATOR]: (g, a) => `${a}.station_id = ${id(g.stationId)}`,
  [Role.VOLUNTEER]: (g, a) =>
    `(${a}.status = 'OPEN' OR ${a}.id IN (SELECT ep.event_id FROM participation ep WHERE ep.volunteer_id = ${id(g.volunteerId)}))`,
  [Role.VIEWER]: (g, a) => (g.regionId ? inRegion(`${a}.region_id`, g) : 'TRUE'),
};

const participationRules: Partial<Record<Role, Rule>> = {
  [Role.REGION_ADMIN]: (g, a) =>
    `${a}.event_id IN (SELECT pe.id FROM service_event pe WHERE ${inRegion('pe.region_id', g)})`,
  [Role.ORG_ADMIN]: (g, a) =>
    `(${a}.volunteer_id IN (SELECT pv.id FROM volunteer pv WHERE pv.organisation_id = ${id(g.organisationId)}) OR ${a}.event_id IN (SELECT pe.id FROM service_event pe WHERE pe.organiser_id = ${id(g.organisationId)}))`,
  [Role.STATION_COORDINATOR]: (g, a) =>
    `${a}.event_id IN (SELECT pe.id FROM service_event pe WHERE pe.station_id = ${id(g.stationId)})`,
  [Role.VOLUNTEER]: (g, a) => `${a}.volunteer_id = ${id(g.volunteerId)}`,
};

const pairingRules: Partial<Record<Role, Rule>> = {
  [Role.REGION_ADMIN]: (g, a) =>
    `(${a}.beneficiary_id IN (SELECT pb.id FROM beneficiary pb WHERE ${inRegion('pb.region_id', g)}) OR ${a}.household_id IN (SELECT ph.id FROM household ph WHERE ${inRegion('ph.region_id', g)}) OR ${a}.volunteer_id IN (SELECT pv.id FROM volunteer pv WHERE ${inRegion('pv.home_region_id', g)}))`,
  [Role.ORG_ADMIN]: (g, a) =>
    `(${a}.owner_a_id = ${id(g.organisationId)} OR ${a}.owner_b_id = ${id(g.organisationId)})`,
  [Role.STATION_COORDINATOR]: (g, a) =>
    `${a}.beneficiary_id IN (SELECT pb.id FROM beneficiary pb WHERE pb.station_id = ${id(g.stationId)})`,
  [Role.VOLUNTEER]: (g, a) => `${a}.volunteer_id = ${id(g.volunteerId)}`,
};

/** Rows visible through a parent row: `a.fk IN (SELECT id FROM parent WHERE <parent scope>)`. */
const via = (parentRules: Partial<Record<Role, Rule>>, parentTable: string, fk: string): Partial<Record<Role, Rule>> =>
  Object.fromEntries(
    Object.entries(parentRules).map(([role, rule]) => [
      role,
      (g: RoleGrant, a: string) => `${a}.${fk} IN (SELECT vp.id FROM ${parentTable} vp WHERE ${rule(g, 'vp')})`,
    ]),
  );

const donationRules: Partial<Record<Role, Rule>> = {
  [Role.REGION_ADMIN]: (g, a) =>
    `(${via(beneficiaryRules, 'beneficiary', 'beneficiary_id')[Role.REGION_ADMIN]!(g, a)} OR ${via(householdRules, 'household', 'household_id')[Role.REGION_ADMIN]!(g, a)} OR ${via(pairingRules, 'pairing', 'pairing_id')[Role.REGION_ADMIN]!(g, a)} OR ${via(campaignRules, 'campaign', 'campaign_id')[Role.REGION_ADMIN]!(g, a)})`,
  [Role.ORG_ADMIN]: (g, a) =>
    `(${a}.donor_organisation_id = ${id(g.organisationId)} OR ${via(pairingRules, 'pairing', 'pairing_id')[Role.ORG_ADMIN]!(g, a)} OR ${via(campaignRules, 'campaign', 'campaign_id')[Role.ORG_ADMIN]!(g, a)})`,
  [Role.STATION_COORDINATOR]: (g, a) =>
    `${a}.beneficiary_id IN (SELECT db.id FROM beneficiary db WHERE db.station_id = ${id(g.stationId)})`,
  [Role.VOLUNTEER]: (g, a) => via(pairingRules, 'pairing', 'pairing_id')[Role.VOLUNTEER]!(g, a),
};

const requestRules: Partial<Record<Role, Rule>> = {
  [Role.REGION_ADMIN]: (g, a) => inRegion(`${a}.region_id`, g),
  [Role.STATION_COORDINATOR]: (g, a) => `${a}.station_id = ${id(g.stationId)}`,
  [Role.VOLUNTEER]: (g, a) => `${a}.assigned_volunteer_id = ${id(g.volunteerId)}`,
};

const trainingRules: Partial<Record<Role, Rule>> = {
  [Role.REGION_ADMIN]: (g, a) => inRegion(`${a}.region_id`, g),
  [Role.ORG_ADMIN]: (g, a) => `${a}.organisation_id = ${id(g.organisationId)}`,
  [Role.VOLUNTEER]: (g, a) =>
    `${a}.id IN (SELECT ta.session_id FROM training_attendance ta WHERE ta.volunteer_id = ${id(g.volunteerId)})`,
  [Role.VIEWER]: (g, a) => (g.regionId ? inRegion(`${a}.region_id`, g) : 'TRUE'),
};

const teamRules: Partial<Record<Role, Rule>> = {
  [Role.REGION_ADMIN]: (g, a) => inRegion(`${a}.region_id`, g),
  [Role.ORG_ADMIN]: (g, a) => `${a}.organisation_id = ${id(g.organisationId)}`,
  [Role.STATION_COORDINATOR]: (g, a) =>
    `${a}.id IN (SELECT tv.team_id FROM volunteer tv WHERE tv.station_id = ${id(g.stationId)})`,
  [Role.VOLUNTEER]: (g, a) => `${a}.id IN (SELECT tv.team_id FROM volunteer tv WHERE tv.id = ${id(g.volunteerId)})`,
  [Role.VIEWER]: (g, a) => (g.regionId ? inRegion(`${a}.region_id`, g) : 'TRUE'),
};

const accountRules: Partial<Record<Role, Rule>> = {
  [Role.REGION_ADMIN]: (g, a) =>
    `${a}.id IN (SELECT ra.account_id FROM role_assignment ra
       LEFT JOIN region r1 ON r1.id = ra.region_id
       LEFT JOIN organisation o ON o.id = ra.organisation_id LEFT JOIN region r2 ON r2.id = o.region_id
       LEFT JOIN service_station s ON s.id = ra.station_id LEFT JOIN region r3 ON r3.id = s.region_id
       LEFT JOIN volunteer v ON v.id = ra.volunteer_id LEFT JOIN region r4 ON r4.id = v.home_region_id
      WHERE COALESCE(r1.path, r2.path, r3.path, r4.path) LIKE '${pathOf(g)}%')`,
  [Role.ORG_ADMIN]: (g, a) =>
    `${a}.id IN (SELECT ra.account_id FROM role_assignment ra LEFT JOIN volunteer v ON v.id = ra.volunteer_id
      WHERE ra.organisation_id = ${id(g.organisationId)} OR v.organisation_id = ${id(g.organisationId)})`,
};

const auditRules: Partial<Record<Role, Rule>> = {
  [Role.REGION_ADMIN]: (g, a) => inRegion(`${a}.region_id`, g),
};

/** The public directory: readable by anyone the root field admits. */
const OPEN = 'OPEN';

const RULES: Record<string, Partial<Record<Role, Rule>> | typeof OPEN> = {
  Region: OPEN,
  Organisation: OPEN,
  ServiceType: OPEN,
  ServiceStation: OPEN,
  VolunteerTeam: teamRules,
  Volunteer: volunteerRules,
  Beneficiary: beneficiaryRules,
  Household: householdRules,
  Campaign: campaignRules,
  CampaignPartner: via(campaignRules, 'campaign', 'campaign_id'),
  ServiceEvent: eventRules,
  Participation: participationRules,
  Pairing: pairingRules,
  PairingVisit: via(pairingRules, 'pairing', 'pairing_id'),
  Donation: donationRules,
  ServiceRequest: requestRules,
  TrainingSession: trainingRules,
  TrainingAttendance: via(volunteerRules, 'volunteer', 'volunteer_id'),
  Commendation: via(volunteerRules, 'volunteer', 'volunteer_id'),
  HourCorrection: via(participationRules, 'participation', 'participation_id'),
  HourReport: {
    ...via(volunteerRules, 'volunteer', 'volunteer_id'),
    [Role.REGION_ADMIN]: (g, a) => inRegion(`${a}.region_id`, g),
    [Role.ORG_ADMIN]: (g, a) =>
      `(${a}.organisation_id = ${id(g.organisationId)} OR ${a}.volunteer_id IN (SELECT hv.id FROM volunteer hv WHERE hv.organisation_id = ${id(g.organisationId)}))`,
  },
  AuditLog: auditRules,
  UserAccount: accountRules,
  RoleAssignment: via(accountRules, 'user_account', 'account_id'),
};

/** Anonymous visitors see the public directory and published campaigns only. */
const ANONYMOUS: Record<string, (a: string) => string> = {
  Campaign: (a) => `${a}.status = 'PUBLISHED'`,
  CampaignPartner: (a) => `${a}.campaign_id IN (SELECT vp.id FROM campaign vp WHERE vp.status = 'PUBLISHED')`,
};

export class Scope {
  constructor(readonly viewer: Viewer | null) {}

  /** A SQL predicate on `alias`, or null when the viewer sees every row of the entity. */
  predicate(entity: string, alias: string): string | null {
    const rules = RULES[entity];
    if (rules === OPEN) return null;
    if (!this.viewer) return ANONYMOUS[entity]?.(alias) ?? 'FALSE';
    return this.combine(rules, this.viewer.roles, alias);
  }

  /**
   * The rows the viewer may change with `permission`: the row rules of only those of its roles
   * that grant the permission (a coordinator who is also a volunteer does not approve as one).
   */
  writePredicate(entity: string, alias: string, permission: Permission): string | null {
    const rules = RULES[entity];
    if (!this.viewer) return 'FALSE';
    const roles = this.viewer.roles.filter((g) => GRANTS[g.role].includes(permission));
    if (rules === OPEN) return roles.length ? null : 'FALSE';
    return this.combine(rules, roles, alias);
  }

  private combine(
    rules: Partial<Record<Role, Rule>> | undefined,
    roles: readonly RoleGrant[],
    alias: string,
  ): string | null {
    if (roles.some((g) => g.role === Role.HUB_ADMIN)) return null;
    const parts = roles.flatMap((g) => {
      const rule = rules?.[g.role];
      return rule ? [rule(g, alias)] : [];
    });
    if (parts.includes('TRUE')) return null;
    return parts.length ? parts.map((p) => `(${p})`).join(' OR ') : 'FALSE';
  }

  apply<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, entity: string): SelectQueryBuilder<T> {
    const p = this.predicate(entity, qb.alias);
    return p ? qb.andWhere(`(${p})`) : qb;
  }
}
