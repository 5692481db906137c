// One record by its global id from the route (`/…/:id`), narrowed to the type the page shows.
import { computed } from 'vue';
import { useRoute } from 'vue-router';
import { useQuery } from '@vue/apollo-composable';
import type { TypedDocumentNode } from '@apollo/client/core';

type WithNode = { node?: { __typename: string } | null };

export function useNode<TData extends WithNode, T extends string>(
  document: TypedDocumentNode<TData, { id: string }>,
  typename: T,
) {
  const route = useRoute();
  const id = computed(() => String(route.params.id ?? ''));
  const q = useQuery(document, () => ({ id: id.value }));
  type Node = Extract<NonNullable<TData['node']>, { __typename: T }>;
  const node = computed<Node | null>(() => {
    const n = q.result.value?.node;
    return n && n.__typename === typename ? (n as Node) : null;
  });
  // Outside the viewer's scope and non-existent look the same: the server answers null for both.
  const missing = computed(() => !q.loading.value && !q.error.value && !!q.result.value && !node.value);
  return { id, node, missing, loading: q.loading, error: q.error, refetch: () => q.refetch() };
}
