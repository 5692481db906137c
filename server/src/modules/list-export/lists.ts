// The lists of the panel that can be exported: each is the same root field the list page queries,
// with the same filter arguments, and the fields its page shows. An export runs this document page by
// page through the schema as the viewer, so scope, masking and permissions are exactly the screen's.
import { Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql';

export interface ExportList {
  /** The connection's root field. */
  root: string;
  /** The list's own arguments, as GraphQL variable definitions (`$filter: VolunteerFilter`). */
  args: string;
  /** The node fields the page shows (masked as on screen). */
  fields: string;
}

const named = 'id name';

export const EXPORT_LISTS: Record<string, ExportList> = {
  volunteers: {
    root: 'volunteers',
    args: '$filter: VolunteerFilter, $orderBy: VolunteerOrder',
    fields: `realName gender category status phone insured registeredAt homeRegion { ${named} }
             organisation { ${named} } team { ${named} }`,
  },
  beneficiaries: {
    root: 'beneficiaries',
    args: '$filter: BeneficiaryFilter',
    fields: `realName gender disabilityCategory disabilityGrade idNumber phone region { ${named} } station { ${named} }`,
  },
  campaigns: {
    root: 'campaigns',
    args: '$filter: CampaignFilter',
    fields: `name status themeDay startsOn endsOn leadOrganisation { ${named} } region { ${named} }`,
  },
  events: {
    root: 'serviceEvents',
    args: '$filter: ServiceEventFilter',
    fields: `title status startsAt endsAt place capacity participantCount personTimesServed organiser { ${named} }
             serviceType { id name nameEn } region { ${named} } campaign { ${named} }`,
  },
  participations: {
    root: 'participations',
    args: '$filter: ParticipationFilter',
    fields: `status waitlistPosition attendanceMet minutes presentMinutes hours personTimesServed checkInAt checkOutAt
             verifiedAt volunteer { id realName } event { id title startsAt endsAt status }`,
  },
  pairings: {
    root: 'pairings',
    args: '$filter: PairingFilter',
    fields: `kind status overdue startedOn lastVisitAt ownerA { ${named} } ownerB { ${named} } volunteer { id realName }
             beneficiary { id realName } household { id headName } institution { ${named} }`,
  },
  donations: {
    root: 'donations',
    args: '$filter: DonationFilter',
    fields: `kind amountFen item quantity unit donatedOn donorName donorOrganisation { ${named} }
             beneficiary { id realName } household { id headName } campaign { ${named} }`,
  },
  requests: {
    root: 'serviceRequests',
    args: '$filter: ServiceRequestFilter, $orderBy: ServiceRequestOrder',
    fields: `requesterName phone description status callbackRequested closingNote createdAt
             serviceType { id name nameEn } station { ${named} } region { ${named} } assignedVolunteer { id realName }
             beneficiary { id realName }`,
  },
  training: {
    root: 'trainingSessions',
    args: '$filter: TrainingSessionFilter',
    fields: `title heldOn minutes organisation { ${named} } region { ${named} }`,
  },
  hourReports: {
    root: 'hourReports',
    args: '$filter: HourReportFilter, $orderBy: HourReportOrder',
    fields: `status servedOn minutes personTimesServed description resolutionNote resolvedAt createdAt
             volunteer { id realName } organisation { ${named} } serviceType { id name nameEn } region { ${named} }`,
  },
  hourCorrections: {
    root: 'hourCorrections',
    args: '$filter: HourCorrectionFilter, $orderBy: HourCorrectionOrder',
    fields: `status previousMinutes requestedMinutes reason resolutionNote resolvedAt createdAt
             volunteer { id realName } participation { id event { id title startsAt } }`,
  },
  audit: {
    root: 'auditLogs',
    args: '$filter: AuditFilter, $orderBy: AuditOrder',
    fields: `at actor action recordType recordId record { name } reason requestId`,
  },
  stations: {
    root: 'serviceStations',
    args: '$filter: ServiceStationFilter',
    fields: `name address openingHours contactName contactPhone serviceTypes { id name nameEn }
             region { id name parent { id name parent { id name } } }`,
  },
  organisations: {
    root: 'organisations',
    args: '$filter: OrganisationFilter',
    fields: `name kind status contactName contactPhone contactEmail address region { ${named} } parent { ${named} }`,
  },
  teams: {
    root: 'volunteerTeams',
    args: '$filter: VolunteerTeamFilter',
    fields: `name region { ${named} } organisation { ${named} }`,
  },
  accounts: {
    root: 'accounts',
    args: '$search: String',
    fields: `username displayName status activated roles { id role region { ${named} } organisation { ${named} } }`,
  },
  invitations: {
    root: 'invitations',
    args: '$status: InvitationStatus',
    fields: `kind channel destination status createdAt expiresAt account { id username displayName }`,
  },
  commendations: {
    root: 'commendations',
    args: '$filter: CommendationFilter',
    fields: `title year awardedOn awardedBy { ${named} } volunteer { id realName }`,
  },
};

export interface CompiledList {
  key: string;
  root: string;
  document: DocumentNode;
  /** The list's own variable names (filter, orderBy, ...): the only ones a caller may set. */
  variables: string[];
  /** Every leaf the document selects, as a dotted path from the node (`homeRegion.name`). */
  paths: Set<string>;
}

function leafPaths(set: SelectionSetNode, prefix: string, out: Set<string>): void {
  for (const s of set.selections) {
    if (s.kind !== Kind.FIELD) continue;
    const path = prefix + s.name.value;
    if (s.selectionSet) leafPaths(s.selectionSet, `${path}.`, out);
    else out.add(path);
  }
}

const compiled = new Map<string, CompiledList>();

/** The list's query: `first`/`after` for the pages, the list's own arguments passed through. */
export function exportList(key: string): CompiledList | null {
  if (!Object.hasOwn(EXPORT_LISTS, key)) return null;
  const known = compiled.get(key);
  if (known) return known;
  const list = EXPORT_LISTS[key];
  const variables = [...list.args.matchAll(/\$(\w+)/g)].map((m) => m[1]);
  const pass = variables.map((v) => `${v}: $${v}`).join(', ');
  const document = parse(`query ListExport($first: Int!, $after: String, ${list.args}) {
    list: ${list.root}(first: $first, after: $after, ${pass}) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id ${list.fields} }
    }
  }`);
  const op = document.definitions[0];
  const paths = new Set<string>();
  if (op.kind === Kind.OPERATION_DEFINITION) {
    const listField = op.selectionSet.selections[0];
    const nodes =
      listField.kind === Kind.FIELD
        ? listField.selectionSet?.selections.find((s) => s.kind === Kind.FIELD && s.name.value === 'nodes')
        : undefined;
    if (nodes?.kind === Kind.FIELD && nodes.selectionSet) leafPaths(nodes.selectionSet, '', paths);
  }
  const result = { key, root: list.root, document, variables, paths };
  compiled.set(key, result);
  return result;
}
