// The session, and only the session: the access token (memory only, never storage) and who is logged in.
// Server data lives in the Apollo cache, not here.
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { ApolloClient } from '@apollo/client/core';
import { LoginDocument, LogoutDocument, RefreshSessionDocument, ViewerDocument } from '../graphql/session';
import type { ViewerQuery } from '../graphql/generated/graphql';

export type SessionViewer = NonNullable<ViewerQuery['viewer']>;
export type SessionStatus = 'unknown' | 'anonymous' | 'authenticated';

// Two tabs refreshing with the same rotating cookie would look like token theft and end the login,
// so refreshes take a lock shared by every tab of this origin where the browser has one.
function withRefreshLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  return locks ? (locks.request('tongxin-refresh', task) as Promise<T>) : task();
}

export const useSessionStore = defineStore('session', () => {
  const client = shallowRef<ApolloClient<unknown> | null>(null);
  const accessToken = ref<string | null>(null);
  const expiresAt = ref<string | null>(null);
  const viewer = ref<SessionViewer | null>(null);
  const status = ref<SessionStatus>('unknown');
  /** The session ended while someone was working: the layout offers to log in again in place. */
  const expired = ref(false);

  const isAuthenticated = computed(() => status.value === 'authenticated' && !!viewer.value);
  const permissions = computed(() => new Set<string>(viewer.value?.permissions ?? []));

  let restoring: Promise<void> | undefined;
  let refreshing: Promise<boolean> | undefined;

  function attach(apollo: ApolloClient<unknown>): void {
    client.value = apollo;
  }

  function apollo(): ApolloClient<unknown> {
    if (!client.value) throw new Error('The session store has no Apollo client attached.');
    return client.value;
  }

  function clear(): void {
    accessToken.value = null;
    expiresAt.value = null;
    viewer.value = null;
    status.value = 'anonymous';
  }

  async function loadViewer(): Promise<void> {
    const { data } = await apollo().query({ query: ViewerDocument, fetchPolicy: 'network-only' });
    viewer.value = data.viewer ?? null;
    status.value = viewer.value ? 'authenticated' : 'anonymous';
  }

  async function login(username: string, password: string): Promise<void> {
    const { data } = await apollo().mutate({
      mutation: LoginDocument,
      variables: { input: { username: username.trim(), password } },
      fetchPolicy: 'no-cache',
    });
    if (!data) throw new Error('login returned no data');
    const relogin = expired.value;
    // Whatever the previous person could see must not linger in the cache.
    await apollo().clearStore();
    accessToken.value = data.login.accessToken;
    expiresAt.value = data.login.expiresAt;
    await loadViewer();
    expired.value = false;
    // Logged in again over a page whose session had ended: that page asks again for what it shows.
    if (relogin) void apollo().reFetchObservableQueries();
  }

  /** One refresh at a time; concurrent callers share its outcome. */
  function refresh(): Promise<boolean> {
    refreshing ??= withRefreshLock(async () => {
      const wasIn = status.value === 'authenticated';
      try {
        const { data } = await apollo().mutate({ mutation: RefreshSessionDocument, fetchPolicy: 'no-cache' });
        if (!data) return false;
        accessToken.value = data.refreshSession.accessToken;
        expiresAt.value = data.refreshSession.expiresAt;
        return true;
      } catch {
        if (wasIn) expired.value = true;
        clear();
        return false;
      }
    }).finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  }

  /** On the first navigation: pick up a session from the refresh cookie, if there is one. */
  function restore(): Promise<void> {
    restoring ??= (async () => {
      if (status.value === 'authenticated') return;
      try {
        if (await refresh()) await loadViewer();
        else clear();
      } catch {
        clear();
      }
    })();
    return restoring;
  }

  async function logout(): Promise<void> {
    try {
      await apollo().mutate({ mutation: LogoutDocument, fetchPolicy: 'no-cache' });
    } finally {
      clear();
      expired.value = false;
      await apollo().clearStore();
    }
  }

  return {
    accessToken,
    expiresAt,
    viewer,
    status,
    expired,
    isAuthenticated,
    permissions,
    attach,
    login,
    refresh,
    restore,
    logout,
    loadViewer,
  };
});
