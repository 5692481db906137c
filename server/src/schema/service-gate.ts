// `_service { sdl }` describes the whole schema, directives included. In production it is answered
// only to the federation gateway, which proves itself with `x-gateway-token: <GATEWAY_TOKEN>`
// (unset: to nobody; our gateway composes from the checked-in supergraph and does not need it).
import { timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type SelectionSetNode } from 'graphql';
import type { Context } from '../context/context';

export const GATEWAY_TOKEN_HEADER = 'x-gateway-token';

/** Whether a root selection (through inline fragments and fragment spreads too) names `_service`. */
function asksForService(set: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): boolean {
  return set.selections.some((s) => {
    if (s.kind === Kind.FIELD) return s.name.value === '_service';
    if (s.kind === Kind.INLINE_FRAGMENT) return asksForService(s.selectionSet, document, seen);
    if (seen.has(s.name.value)) return false;
    seen.add(s.name.value);
    const fragment = document.definitions.find(
      (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === s.name.value,
    ) as { selectionSet: SelectionSetNode } | undefined;
    return !!fragment && asksForService(fragment.selectionSet, document, seen);
  });
}

function presented(token: string | undefined, given: unknown): boolean {
  if (!token || typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function serviceGatePlugin(production: boolean, gatewayToken?: string): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!production || !operation || !asksForService(operation.selectionSet, document)) return;
          if (presented(gatewayToken, contextValue.req?.headers[GATEWAY_TOKEN_HEADER])) return;
          throw new GraphQLError('_service is answered to the federation gateway only.', {
            extensions: { code: 'FORBIDDEN', http: { status: 403 } },
          });
        },
      };
    },
  };
}
