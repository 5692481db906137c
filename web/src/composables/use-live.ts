// Live updates for a page: subscribe while the page is shown and the viewer logged in, and refetch
// the page's cached query on each change event. The graphql-ws client loads on first use, in its own chunk.
import { onScopeDispose, toValue, watch, type MaybeRefOrGetter } from 'vue';
import type { TypedDocumentNode } from '@apollo/client/core';
import { useSessionStore } from '../stores/session';

type Live = typeof import('../apollo/live');
let loading: Promise<Live> | undefined;
const loadLive = () => (loading ??= import('../apollo/live'));

/**
 * Calls `onEvent` with each message of the subscription (`first` for the first one after each
 * subscribe, which says the subscription is live); `variables` null means "not now".
 */
export function useLive<TData, TVars extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVars>,
  variables: MaybeRefOrGetter<TVars | null>,
  onEvent: (data: TData, first: boolean) => void,
): void {
  const session = useSessionStore();
  let stop: (() => void) | null = null;
  let generation = 0;
  const unsubscribe = () => {
    generation++;
    stop?.();
    stop = null;
  };
  watch(
    () => [session.isAuthenticated && !!session.accessToken, toValue(variables)] as const,
    async ([authenticated, vars]) => {
      unsubscribe();
      if (!authenticated || !vars) return;
      const mine = ++generation;
      const live = await loadLive();
      if (mine !== generation) return;
      let received = 0;
      stop = live.subscribe(
        {
          token: () => session.accessToken,
          expiresAt: () => session.expiresAt,
          refresh: () => session.refresh(),
        },
        document,
        vars,
        (data) => onEvent(data as TData, received++ === 0),
      );
    },
    { immediate: true, deep: true },
  );
  onScopeDispose(unsubscribe);
}

/** Refetches a query whenever the subscription says something it shows has changed. */
export function useLiveRefetch<TData, TVars extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVars>,
  variables: MaybeRefOrGetter<TVars | null>,
  refetch: () => unknown,
): void {
  useLive(document, variables, (_data, first) => {
    // The first message says the subscription is live; what the page shows was fetched just before.
    if (!first) void refetch();
  });
}
