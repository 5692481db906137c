// What counts as work waiting for someone: one entry per kind of to-do, each a SQL source over the
// table that holds the work, the permission acting on it needs, and the page it is done on.
import { Permission, Role } from '../../auth/permissions';
import { id, inRegion } from '../../auth/scope-rules';
import type { Viewer } from '../../auth/viewer';
import { TodoKind } from './todo.types';

export interface TodoSource {
  kind: TodoKind;
  /** Acting on the item needs this permission: only the viewer's roles holding it contribute rows. */
  permission: Permission;
  /** The entity whose write scope (auth/scope.ts) limits the rows, and the table alias it applies to. */
  entity: string;
  alias: string;
  from: string;
  where: string;
  /** When the item appeared (newest first). $1 is now, $2 the overdue days. */
  at: string;
  label: string;
  /** The record whose page the item opens, as a GraphQL type and the id column. */
  targetType: string;
  targetId: string;
  /** A further condition from the viewer's roles (who answers for which side); null: this viewer has none. */
  narrow?: (viewer: Viewer) => string | null;
}

const grantsOf = (viewer: Viewer, role: Role) => viewer.roles.filter((g) => g.role === role);

/** Invitations are answered by the invited organisation's own admins, nobody above them. */
const ownOrganisations = (column: string) => (viewer: Viewer) => {
  const orgs = grantsOf(viewer, Role.ORG_ADMIN).map((g) => id(g.organisationId));
  return orgs.length ? `${column} IN (${orgs.join(', ')})` : null;
};

/** A proposed pairing is accepted by the helped side's organisation (owner B), or an admin above it. */
const helpedSide = (viewer: Viewer) => {
  if (viewer.isHubAdmin) return 'TRUE';
  const parts = [
    ...grantsOf(viewer, Role.REGION_ADMIN).map(
      (g) => `p.owner_b_id IN (SELECT ob.id FROM organisation ob WHERE ${inRegion('ob.region_id', g)})`,
    ),
    ...grantsOf(viewer, Role.ORG_ADMIN).map((g) => `p.owner_b_id = ${id(g.organisationId)}`),
  ];
  return parts.length ? parts.map((p) => `(${p})`).join(' OR ') : null;
};

const OVERDUE_SINCE = `COALESCE(p.last_visit_at, p.started_on::timestamptz) + make_interval(days => $2::int)`;
const PAIR_LABEL = `(SELECT oa.name FROM organisation oa WHERE oa.id = p.owner_a_id) || ' → ' || (SELECT ob.name FROM organisation ob WHERE ob.id = p.owner_b_id)`;

export const TODO_SOURCES: readonly TodoSource[] = [
  {
    kind: TodoKind.REGISTRATION,
    permission: Permission.MANAGE_VOLUNTEERS,
    entity: 'Volunteer',
    alias: 'v',
    from: 'volunteer v',
    where: `v.status = 'PENDING'`,
    at: 'v.registered_at',
    label: 'v.real_name',
    targetType: 'Volunteer',
    targetId: 'v.id',
  },
  {
    kind: TodoKind.INVITATION,
    permission: Permission.MANAGE_CAMPAIGNS,
    entity: 'CampaignPartner',
    alias: 'cp',
    from: 'campaign_partner cp JOIN campaign c ON c.id = cp.campaign_id',
    where: `cp.status = 'INVITED' AND c.status <> 'CLOSED'`,
    at: 'cp.created_at',
    label: 'c.name',
    targetType: 'Campaign',
    targetId: 'c.id',
    narrow: ownOrganisations('cp.organisation_id'),
  },
  {
    kind: TodoKind.PAIRING_TO_CONFIRM,
    permission: Permission.MANAGE_PAIRINGS,
    entity: 'Pairing',
    alias: 'p',
    from: 'pairing p',
    where: `p.status = 'PROPOSED'`,
    at: 'p.created_at',
    label: PAIR_LABEL,
    targetType: 'Pairing',
    targetId: 'p.id',
    narrow: helpedSide,
  },
  {
    kind: TodoKind.HOURS_TO_VERIFY,
    permission: Permission.MANAGE_EVENTS,
    entity: 'Participation',
    alias: 'pa',
    from: 'participation pa JOIN service_event e ON e.id = pa.event_id',
    where: `pa.status = 'COMPLETED' AND pa.verified_at IS NULL AND pa.deleted_at IS NULL`,
    at: 'COALESCE(pa.check_out_at, pa.updated_at)',
    label: 'e.title',
    targetType: 'ServiceEvent',
    targetId: 'e.id',
  },
  {
    kind: TodoKind.HOUR_REPORT,
    permission: Permission.MANAGE_EVENTS,
    entity: 'HourReport',
    alias: 'hr',
    from: 'hour_report hr',
    where: `hr.status = 'PENDING'`,
    at: 'hr.created_at',
    label: 'left(hr.description, 80)',
    targetType: 'HourReport',
    targetId: 'hr.id',
  },
  {
    kind: TodoKind.HOUR_CORRECTION,
    permission: Permission.MANAGE_EVENTS,
    entity: 'HourCorrection',
    alias: 'hc',
    from: 'hour_correction hc JOIN participation cpa ON cpa.id = hc.participation_id JOIN service_event ce ON ce.id = cpa.event_id',
    where: `hc.status = 'PENDING'`,
    at: 'hc.created_at',
    label: 'ce.title',
    targetType: 'HourCorrection',
    targetId: 'hc.id',
  },
  {
    kind: TodoKind.REQUEST_TO_ASSIGN,
    permission: Permission.MANAGE_SERVICE_REQUESTS,
    entity: 'ServiceRequest',
    alias: 'sr',
    from: 'service_request sr JOIN service_type st ON st.id = sr.service_type_id',
    where: `sr.status = 'OPEN'`,
    at: 'sr.created_at',
    label: 'st.name',
    targetType: 'ServiceRequest',
    targetId: 'sr.id',
  },
  {
    kind: TodoKind.OVERDUE_PAIRING,
    permission: Permission.LOG_VISITS,
    entity: 'Pairing',
    alias: 'p',
    from: 'pairing p',
    where: `p.status = 'ACTIVE' AND ${OVERDUE_SINCE} < $1::timestamptz`,
    at: OVERDUE_SINCE,
    label: PAIR_LABEL,
    targetType: 'Pairing',
    targetId: 'p.id',
  },
];

/** The tables whose writes can change someone's to-do list (what live updates listen for). */
export const TODO_RECORD_TYPES = new Set([
  'Volunteer',
  'CampaignPartner',
  'Campaign',
  'Pairing',
  'PairingVisit',
  'Participation',
  'ServiceEvent',
  'HourReport',
  'HourCorrection',
  'ServiceRequest',
]);
