// `_service { sdl }` describes the whole schema, directives included. In production it is answered
// only to the API client named `gateway` (API_KEYS `gateway:<key>`, sent as `x-api-key` like every
// API client's key); without such a client, to nobody: our gateway composes from the checked-in
// supergraph and does not need it.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type SelectionSetNode } from 'graphql';
import type { Context } from '../context/context';

import { apiClientOf } from './trusted-documents';

/** The API client whose key opens `_service` in production. */
export const GATEWAY_CLIENT = 'gateway';

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

export function serviceGatePlugin(
  production: boolean,
  apiKeys: ReadonlyMap<string, Buffer> = new Map(),
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!production || !operation || !asksForService(operation.selectionSet, document)) return;
          const key = contextValue.req?.headers['x-api-key'];
          if (apiClientOf(typeof key === 'string' ? key : undefined, apiKeys) === GATEWAY_CLIENT) return;
          throw new GraphQLError('_service is answered to the federation gateway only.', {
            extensions: { code: 'FORBIDDEN', http: { status: 403 } },
          });
        },
      };
    },
  };
}
