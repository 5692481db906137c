// The one registry: every domain module says what it contributes (modules/<domain>/index.ts), and the
// lists the data source, the schema, node(id:), federation and the row scope need are derived here.
// Adding a domain is one line in MODULES.
import type { NonEmptyArray } from 'type-graphql';
import type { ScopeTables } from '../auth/scope';
import { IdempotencyKey } from '../common/idempotency-key.entity';
import { fromGlobalId } from '../common/node';
import type { Context } from '../context/context';
import type { Class, HubModule } from './hub-module';
import { loadNode, nodeResolver, type NodeTypes } from './node/node.resolver';
import { regionModule } from './region';
import { organisationModule } from './organisation';
import { serviceTypeModule } from './service-type';
import { skillModule } from './skill';
import { submissionModule } from './submission';
import { volunteerTeamModule } from './volunteer-team';
import { serviceStationModule } from './service-station';
import { volunteerModule } from './volunteer';
import { beneficiaryModule } from './beneficiary';
import { campaignModule } from './campaign';
import { serviceEventModule } from './service-event';
import { hoursModule } from './hours';
import { pairingModule } from './pairing';
import { donationModule } from './donation';
import { serviceRequestModule } from './service-request';
import { trainingModule } from './training';
import { commendationModule } from './commendation';
import { accountModule } from './account';
import { auditModule } from './audit';
import { personalDataModule } from './personal-data';
import { dashboardModule } from './dashboard';
import { todoModule } from './todo';
import { liveModule } from '../live';
import { backgroundJobModule } from './background-job';
import { spreadsheetImportModule } from './spreadsheet-import';
import { notificationModule } from './notification';
import { listExportModule } from './list-export';
import { certificateModule } from './certificate';
import { yearEndReportModule } from './year-end-report';

export const MODULES: readonly HubModule[] = [
  regionModule,
  organisationModule,
  serviceTypeModule,
  volunteerTeamModule,
  serviceStationModule,
  volunteerModule,
  beneficiaryModule,
  campaignModule,
  serviceEventModule,
  hoursModule,
  pairingModule,
  donationModule,
  serviceRequestModule,
  trainingModule,
  commendationModule,
  accountModule,
  auditModule,
  personalDataModule,
  dashboardModule,
  todoModule,
  liveModule,
  skillModule,
  submissionModule,
  backgroundJobModule,
  spreadsheetImportModule,
  notificationModule,
  listExportModule,
  certificateModule,
  yearEndReportModule,
];

const classes = (key: 'entities' | 'resolvers' | 'keyed' | 'subscribers'): Class[] =>
  MODULES.flatMap((m) => m[key] ?? []);

/** Every table, for the data source (the idempotency keys of common/write.ts belong to no domain). */
export const entities: Class[] = [...classes('entities'), IdempotencyKey];

/** Transaction hooks, for the data source. */
export const subscribers: Class[] = classes('subscribers');

const byName = new Map(entities.map((e) => [e.name, e]));

/** Global-id type name → entity and its read rule, for node(id:) and federation references. */
export const nodeTypes: NodeTypes = Object.fromEntries(
  MODULES.flatMap((m) => Object.entries(m.nodes ?? {})).map(([name, read]) => [
    name,
    { entity: byName.get(name)!, read },
  ]),
);

/** One table from every module's part of it (each module names only its own entities). */
function merged<V>(part: (m: HubModule) => Record<string, V> | undefined): Record<string, V> {
  return Object.fromEntries(MODULES.flatMap((m) => Object.entries(part(m) ?? {})));
}

/** Row scope of every table, handed to each request's Scope (auth/scope.ts). */
export const scopeTables: ScopeTables = {
  rules: merged((m) => m.scope),
  anonymous: merged((m) => m.anonymousScope),
  write: merged((m) => m.writeScope),
};

export const resolvers = [nodeResolver(nodeTypes), ...classes('resolvers')] as NonEmptyArray<Class>;

/** Types other subgraphs may extend by `@key(fields: "id")`, resolved through the scoped loaders. */
export const referenceResolvers = Object.fromEntries(
  classes('keyed').map(({ name: type }) => [
    type,
    (ref: { id: string }, ctx: Context) => loadNode(nodeTypes, ctx, type, fromGlobalId(ref.id, type).id),
  ]),
);
