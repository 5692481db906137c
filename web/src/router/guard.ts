// The route guard, as plain steps: session known → public? → logged in? → allowed? (else 403).
import type { RouteLocationNormalized, RouteLocationRaw } from 'vue-router';
import { allows } from '../composables/use-permission';
import { useSessionStore } from '../stores/session';
import { loadWorkMessages } from '../locales';

export async function guard(to: Pick<RouteLocationNormalized, 'meta' | 'fullPath'>): Promise<true | RouteLocationRaw> {
  const session = useSessionStore();
  await session.restore();

  if (to.meta.public) return true;
  if (!session.isAuthenticated) return { name: 'login', query: { redirect: to.fullPath } };
  if (!allows(session.permissions, to.meta.permission)) return { name: 'forbidden', query: { from: to.fullPath } };
  await loadWorkMessages();
  return true;
}
