// The viewer's to-do counts, for the work menu: fetched once, refetched when the hub says they changed.
import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { TodoChangedDocument, TodoCountsDocument } from '../graphql/todo';
import { useSessionStore } from '../stores/session';
import { TODO_LINKS } from '../views/todo/todo-links';
import { useLiveRefetch } from './use-live';

export function useTodoCounts() {
  const session = useSessionStore();
  const q = useQuery(TodoCountsDocument, null, () => ({ enabled: session.isAuthenticated }));
  useLiveRefetch(TodoChangedDocument, () => ({}), q.refetch);
  const total = computed(() => q.result.value?.todo.totalCount ?? 0);
  /** What waits behind a menu entry: the to-do page shows all, each list page its kinds. */
  const countFor = (routeName: string): number => {
    if (routeName === 'todo') return total.value;
    return (q.result.value?.todo.counts ?? [])
      .filter((c) => TODO_LINKS[c.kind].menu === routeName)
      .reduce((sum, c) => sum + c.count, 0);
  };
  return { total, countFor };
}
