// One connection page at a time, by page number (`offset` = page × size, so any page can be reached and the
// pager can show them all), back to the first page when the filter or the order changes.
import { computed, ref, watch, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import type { TypedDocumentNode } from '@apollo/client/core';

export interface ConnectionPage<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes: N[];
}

type PageVariables = { first: number; after?: string | null; offset?: number | null };

/** A filter with its "all" choices (empty strings) gone from the types as from the values. */
export type Compacted<T> = { [K in keyof T]?: Exclude<T[K], ''> };

/** Drops empty strings, nulls and empty lists, so "all" sends no filter rather than an empty one. */
export function compact<T extends Record<string, unknown>>(value: T): Compacted<T> | undefined {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === '' || v === null || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = typeof v === 'string' ? v.trim() : v;
  }
  return Object.keys(out).length ? (out as Compacted<T>) : undefined;
}

export function usePagedQuery<TData, TVars extends PageVariables, N>(
  document: TypedDocumentNode<TData, TVars>,
  rest: Ref<Omit<TVars, 'first' | 'after' | 'offset'>>,
  select: (data: TData) => ConnectionPage<N>,
  options: { pageSize?: number; enabled?: Ref<boolean> } = {},
) {
  const pageSize = options.pageSize ?? 20;
  const page = ref(0);

  watch(
    rest,
    () => {
      page.value = 0;
    },
    { deep: true },
  );

  const variables = computed(() => ({ ...rest.value, first: pageSize, offset: page.value * pageSize }) as TVars);
  const query = useQuery(document, variables, () => ({ enabled: options.enabled?.value ?? true }));

  const connection = computed(() => (query.result.value ? select(query.result.value as TData) : undefined));
  const nodes = computed<N[]>(() => connection.value?.nodes ?? []);
  const total = computed(() => connection.value?.totalCount ?? 0);
  const hasNext = computed(() => !!connection.value?.pageInfo.hasNextPage);
  const pages = computed(() => Math.max(1, Math.ceil(total.value / pageSize)));

  /** To page `n` (from 0), kept within the pages there are. */
  function goTo(n: number): void {
    page.value = Math.max(0, Math.min(n, pages.value - 1));
  }

  function next(): void {
    if (hasNext.value) page.value += 1;
  }

  function previous(): void {
    if (page.value > 0) page.value -= 1;
  }

  return {
    nodes,
    total,
    page,
    pages,
    pageSize,
    hasNext,
    next,
    previous,
    goTo,
    loading: query.loading,
    error: query.error,
    refetch: () => query.refetch(),
  };
}
