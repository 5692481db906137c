// Builds the client-facing schema (type-graphql) and the Federation 2 subgraph schema around it.
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLSchema, lexicographicSortSchema, printSchema, type GraphQLInterfaceType } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap, type PubSub } from 'type-graphql';
import { validateArgs } from './validate-args';
import { resolvers, referenceResolvers } from '../modules';
import { authChecker, denyUndeclaredRootFields } from '../auth/auth-checker';
import { directFields } from './direct-fields';
import { notFound } from '../common/errors';
import { nodeTypeName } from '../common/node';
import type { Context } from '../context/context';

export interface HubSchemas {
  /** What clients see, checked in as schema.graphql. */
  clientSchema: GraphQLSchema;
  /** The same graph plus `_service` and `_entities`, served at /graphql. */
  subgraphSchema: GraphQLSchema;
}

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])`;

/**
 * type-graphql requires a pub/sub to build Subscription fields, for subscriptions declared by topic.
 * Ours each bring their own stream (live/live.service.ts) from the live bus, so none is ever asked.
 */
const NO_TOPICS: PubSub = {
  publish: () => undefined,
  subscribe: () => {
    throw new Error('subscriptions bring their own stream (subscribe:), not topics');
  },
};

export async function buildHubSchemas(): Promise<HubSchemas> {
  const clientSchema = directFields(
    denyUndeclaredRootFields(
      await buildSchema({
        resolvers,
        authChecker,
        authMode: 'error',
        validateFn: validateArgs,
        emitSchemaFile: false,
        pubSub: NO_TOPICS,
      }),
    ),
  );
  // Sorted, so the composed supergraph does not depend on the order modules happen to load in.
  const typeDefs = gql(`${FEDERATION_LINK}\n${printSchemaWithDirectives(lexicographicSortSchema(clientSchema))}`);
  const map = createResolversMap(clientSchema) as GraphQLResolverMap<unknown>;
  for (const [type, resolveReference] of Object.entries(referenceResolvers)) {
    map[type] = {
      ...(map[type] as object),
      // A reference the viewer may not see (or that does not exist: the two are not told apart) is a
      // typed NOT_FOUND, so the gateway nulls it at the nearest nullable position with that code.
      __resolveReference: async (ref: { id: string }, ctx: Context) =>
        (await resolveReference(ref, ctx)) ?? Promise.reject(notFound(type)),
    };
  }
  const subgraphSchema = buildSubgraphSchema({ typeDefs, resolvers: map });
  // type-graphql hands a type resolver over wrapped in an async function; a node's type is known at
  // once (its class), and the compiled executor (compiled-executor.ts) needs it so.
  (subgraphSchema.getType('Node') as GraphQLInterfaceType).resolveType = nodeTypeName;
  return { clientSchema, subgraphSchema };
}

/** The checked-in SDL: sorted so the file diffs cleanly. */
export function printClientSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
