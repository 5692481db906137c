// Input checked once at the edge, before the cost is computed or any resolver runs: variables are
// coerced by their declared types, then every argument of the operation is walked by its schema type.
// What this stops would otherwise crash the cost plugin (a variable of the wrong type), reach
// PostgreSQL (NUL bytes, empty or malformed ids) or be clamped silently (`first` out of range).
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLError,
  isInputObjectType,
  isListType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../common/pagination';
import { fromGlobalId } from '../common/node';

function refuse(field: string, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: 'BAD_USER_INPUT',
      field,
      fields: [{ field, key: 'invalid', params: {}, message }],
      http: { status: 400 },
    },
  });
}

/** The first problem of one argument value, walked by its input type; null when it is fine. */
function problemIn(value: unknown, type: GraphQLInputType, path: string, argName: string): GraphQLError | null {
  if (value === null || value === undefined) return null;
  const t = getNullableType(type);
  if (isListType(t)) {
    if (!Array.isArray(value)) return problemIn(value, t.ofType, path, argName);
    for (const [i, item] of value.entries()) {
      const p = problemIn(item, t.ofType, `${path}[${i}]`, argName);
      if (p) return p;
    }
    return null;
  }
  if (isInputObjectType(t)) {
    const fields = t.getFields();
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const f = fields[key];
      const p = f ? problemIn(v, f.type, `${path}.${key}`, key) : leafProblem(v, path);
      if (p) return p;
    }
    return null;
  }
  const name = getNamedType(t).name;
  if (name === 'ID') {
    if (typeof value !== 'string' || value.trim() === '') return refuse(path, `${path} must not be empty.`);
    try {
      fromGlobalId(value);
    } catch {
      return refuse(path, `${path} is not a valid id.`);
    }
  }
  if (name === 'Int' && argName === 'first' && (typeof value !== 'number' || value < 1 || value > MAX_PAGE_SIZE)) {
    return refuse(path, `${path} must be between 1 and ${MAX_PAGE_SIZE}.`);
  }
  return leafProblem(value, path);
}

/** Strings anywhere in a scalar (JSON scalars included) may not hold NUL: PostgreSQL refuses them. */
function leafProblem(value: unknown, path: string): GraphQLError | null {
  if (typeof value === 'string') return value.includes('\u0000') ? refuse(path, `${path} contains a NUL byte.`) : null;
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = leafProblem(v, `${path}.${k}`);
      if (p) return p;
    }
  }
  return null;
}

/** Throws BAD_USER_INPUT (HTTP 400) naming the variable or argument path of the first bad value. */
export function checkEdgeInput(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode | undefined,
  rawVariables: Record<string, unknown>,
  /** Production: no "Did you mean ...?" naming the schema's enum values or fields. */
  hideSuggestions = false,
  /** Root fields whose arguments are not checked here (the caller may not use them: their resolver refuses). */
  skipRootField: (name: string) => boolean = () => false,
): void {
  if (!operation) return;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables, { maxErrors: 1 });
  if (coerced.errors) {
    const err = coerced.errors[0];
    const variable = /Variable "\$(\w+)"/.exec(err.message)?.[1] ?? 'variables';
    throw refuse(variable, hideSuggestions ? err.message.replace(/\s*Did you mean[^]*$/, '') : err.message);
  }
  const variables = coerced.coerced;
  const typeInfo = new TypeInfo(schema);
  const roots = new Set([schema.getQueryType(), schema.getMutationType()].filter(Boolean));
  // Held in an object: TypeScript does not see the visitor's closure assign a plain variable.
  const found: { problem: GraphQLError | null } = { problem: null };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: (node) => (node === operation ? undefined : false),
      Field(node) {
        if (found.problem) return false;
        const parent = typeInfo.getParentType();
        if (parent && roots.has(parent as never) && skipRootField(node.name.value)) return false;
        const def = typeInfo.getFieldDef();
        if (!def || !node.arguments?.length) return undefined;
        let values: Record<string, unknown>;
        try {
          values = getArgumentValues(def, node, variables);
        } catch {
          // A fragment shared with another operation may name variables this one lacks; execution reports it.
          return undefined;
        }
        for (const arg of def.args) {
          found.problem = problemIn(values[arg.name], arg.type, arg.name, arg.name);
          if (found.problem) return false;
        }
        return undefined;
      },
    }),
  );
  if (found.problem) throw found.problem;
}
