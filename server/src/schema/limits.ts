// Hostile-query limits (OWASP GraphQL cheat sheet): depth, aliases and a cost budget per operation.
import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  getNamedType,
  GraphQLError,
  isLeafType,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from '../common/pagination';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

// Reported as validation errors (GRAPHQL_VALIDATION_FAILED, HTTP 400) instead of thrown.
const report = {
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, err: GraphQLError) => ctx?.reportError(err)],
};

export function limitRules(limits: QueryLimits): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, exposeLimits: true, ...report }),
    maxAliasesRule({ n: limits.maxAliases, exposeLimits: true, ...report }),
  ];
}

/**
 * Objects cost 1 and scalars nothing; a list's children are paid for once per item it may return
 * (`first`, capped, or its default page).
 */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  if (typeof args?.first === 'number') return 1 + Math.min(Math.max(args.first, 0), MAX_PAGE_SIZE) * childComplexity;
  if (isLeafType(getNamedType(field.type))) return 0;
  return 1 + childComplexity;
};

export function costLimitPlugin(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const cost = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [pageSizeEstimator],
          });
          if (cost > maxCost) {
            throw new GraphQLError(
              `The query would cost ${cost}, over the budget of ${maxCost}: ask for smaller pages or fewer levels.`,
              {
                extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost, http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}
