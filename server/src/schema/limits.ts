// Hostile-query limits (OWASP GraphQL cheat sheet): depth, aliases and a cost budget per operation.
import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  getNamedType,
  GraphQLError,
  isLeafType,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from '../common/pagination';
import { checkEdgeInput } from './edge-input';
import { authChecker, rootFieldRules } from '../auth/auth-checker';
import type { Context } from '../context/context';
import type { Rule } from '../auth/permissions';
import type { AuthCheckerFn, ResolverData } from 'type-graphql';

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
    // `__typename` counts too: the library's default allow-list let 2,000 of them through.
    maxAliasesRule({ n: limits.maxAliases, allowList: [], exposeLimits: true, ...report }),
  ];
}

/**
 * Objects cost 1 and scalars nothing; a list's children are paid for once per item it may return
 * (`first`, capped, or its default page), and each item costs at least 1: a list of scalar-only rows
 * still reads its rows. `first` below 1 is refused at the edge; here it is priced as the one row the
 * resolvers would serve, never as zero.
 */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  if (typeof args?.first === 'number') {
    const rows = Math.min(Math.max(Math.trunc(args.first), 1), MAX_PAGE_SIZE);
    return 1 + rows * Math.max(childComplexity, 1);
  }
  if (isLeafType(getNamedType(field.type))) return 0;
  return 1 + childComplexity;
};

/**
 * What the checks below found for one document and one set of variables: its cost, and whether its
 * edge input was clean with every root field checked. Apollo hands the same parsed document to every
 * request with the same text, so a page asked for again is not walked again (two visits with type
 * info per request were most of a small page's own CPU). Bounded per document: a client that varies
 * its variables endlessly only refills it.
 */
interface Checked {
  cost: number;
  /** Clean with no root field skipped: then clean whatever a viewer's skipped fields are. */
  clean: boolean;
}
const checkedByDocument = new WeakMap<DocumentNode, Map<string, Checked>>();
const MAX_CHECKED_PER_DOCUMENT = 64;

export function costLimitPlugin(
  schema: GraphQLSchema,
  maxCost: number,
  hideSuggestions = false,
): ApolloServerPlugin<Context> {
  const rules = rootFieldRules();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, contextValue }) {
          const variables = request.variables ?? {};
          let byKey = checkedByDocument.get(document);
          if (!byKey) checkedByDocument.set(document, (byKey = new Map<string, Checked>()));
          const key = `${request.operationName ?? ''}\u0000${JSON.stringify(variables)}`;
          let checked = byKey.get(key);
          if (!checked?.clean) {
            // Variables and arguments are checked first, so a bad value is BAD_USER_INPUT, not a crash here.
            // A root field the caller may not use is left to its resolver: refused first, as UNAUTHENTICATED
            // or FORBIDDEN, whatever its arguments (authorization before validation, as type-graphql does).
            let skipped = false;
            const refused = (field: string) => {
              const declared = rules.get(field);
              if (!declared) return false;
              let no: boolean;
              try {
                const check = authChecker as AuthCheckerFn<Context, Rule>;
                no = !check({ context: contextValue } as ResolverData<Context>, declared);
              } catch {
                no = true;
              }
              skipped ||= no;
              return no;
            };
            checkEdgeInput(schema, document, operation, variables, hideSuggestions, refused);
            checked = {
              cost:
                checked?.cost ??
                getComplexity({
                  schema,
                  query: document,
                  operationName: request.operationName ?? undefined,
                  variables,
                  estimators: [pageSizeEstimator],
                }),
              clean: !skipped,
            };
            if (byKey.size >= MAX_CHECKED_PER_DOCUMENT) byKey.clear();
            byKey.set(key, checked);
          }
          const { cost } = checked;
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
