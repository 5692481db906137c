// Executes operations with graphql-jit instead of graphql-js's interpreter. Each parsed document
// (Apollo hands every request with the same text the same document object) is compiled once into a
// function that builds the answer for exactly that selection, without the resolve-info object,
// path and argument map graphql-js builds for every field of every row: on the nested campaign
// graph that was a third of the hub's CPU per request. The schema, its resolvers (type-graphql's,
// with their rules and middlewares), validation and Apollo's request pipeline (plugins, error
// formatting, the user-input classification of variable errors) are unchanged. Apollo Server takes
// another executor only through its gateway interface, which is used here for that alone.
//
// GRAPHQL_EXECUTOR=graphql-js runs graphql-js's own `execute` instead (read per request, like
// READ_PLANNER), for the tests that compare the two and as a way back.
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  getNamedType,
  getVariableValues,
  GraphQLError,
  isInputObjectType,
  isNonNullType,
  OperationTypeNode,
  typeFromAST,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

export const compiledExecution = () => process.env.GRAPHQL_EXECUTOR !== 'graphql-js';

/** What runs an operation: its compiled query, or graphql-js's interpreter (`null`). */
type Plan = CompiledQuery | ExecutionResult | null;
/** Plans by document, then by operation name. */
const plans = new WeakMap<DocumentNode, Map<string, Plan>>();
/** Operations remembered per document (a document names at most a few). */
const MAX_OPERATIONS_PER_DOCUMENT = 16;
let compilations = 0;

/** How many operations were compiled since start (each document and operation once). */
export const compiledOperations = () => compilations;

/** Whether an input type holds, at any depth, a required field with a default. */
function hasRequiredFieldWithDefault(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some(
    (f) => (isNonNullType(f.type) && f.defaultValue !== undefined) || hasRequiredFieldWithDefault(f.type, seen),
  );
}

/**
 * Queries are compiled; mutations (one field each, nothing to gain) and subscriptions are not. Nor
 * is a query whose variables hold an input object with a required field that has a default:
 * graphql-jit's variable parsing (0.8) refuses such a field when it is left out, where GraphQL
 * fills in the default.
 */
function interpreted(schema: GraphQLSchema, operation: OperationDefinitionNode) {
  return (
    operation.operation !== OperationTypeNode.QUERY ||
    (operation.variableDefinitions ?? []).some((v) => {
      const type = typeFromAST(schema, v.type as never) as GraphQLInputType | undefined;
      return !type || hasRequiredFieldWithDefault(type);
    })
  );
}

function plan(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, name: string) {
  let byName = plans.get(document);
  const known = byName?.get(name);
  if (known !== undefined) return known;
  let result: Plan = null;
  if (!interpreted(schema, operation)) {
    compilations++;
    result = compileQuery(schema, document, name || undefined);
  }
  if (!byName) plans.set(document, (byName = new Map<string, Plan>()));
  if (byName.size < MAX_OPERATIONS_PER_DOCUMENT) byName.set(name, result);
  return result;
}

/**
 * graphql-jit's errors are GraphQLErrors by prototype only: built without graphql-js's constructor,
 * they lack the extensions object graphql-js gives every error (Apollo's formatting reads it). Each
 * becomes the error graphql-js would have raised: message, locations, path, the original error and
 * its extensions.
 */
function asGraphQLError(e: GraphQLError): GraphQLError {
  if (e.extensions) return e;
  const error = new GraphQLError(e.message, {
    path: e.path,
    originalError: e.originalError ?? undefined,
  });
  Object.defineProperty(error, 'locations', { value: e.locations, enumerable: !!e.locations?.length });
  return error;
}

/** Apollo Server's gateway interface around one fixed schema, executing queries through compiled plans. */
export function compiledExecutor(schema: GraphQLSchema): GatewayInterface {
  const executor: GatewayExecutor = async (rc) => {
    const operationName = rc.operationName ?? rc.request.operationName ?? undefined;
    const variableValues = rc.request.variables ?? {};
    const interpret = () =>
      execute({ schema, document: rc.document, contextValue: rc.context, variableValues, operationName });
    if (!compiledExecution() || !rc.operation) return interpret();
    const query = plan(schema, rc.document, rc.operation, operationName ?? '');
    if (query === null) return interpret();
    if (!isCompiledQuery(query)) return query;
    // Variables are checked by graphql-js first: its errors name the variable's definition, which
    // Apollo turns into BAD_USER_INPUT (graphql-jit's carry no node).
    const checked = getVariableValues(schema, rc.operation.variableDefinitions ?? [], variableValues);
    if (checked.errors) return { errors: checked.errors };
    const result = await query.query(undefined, rc.context, variableValues);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    load: async () => ({ executor }),
    stop: async () => {},
  };
}
