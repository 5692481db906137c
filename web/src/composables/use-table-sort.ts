// The order of a list that people work through: a column of the table and a direction, newest first by
// default, turned into the `orderBy` the server takes (its enum field for that column).
import { computed, ref } from 'vue';

/** A table's order: the column's key and the direction (DESC: newest or largest first). */
export interface TableSort {
  key: string;
  direction: 'ASC' | 'DESC';
}

export function useTableSort<F extends string>(fields: Record<string, F>, initialKey: string) {
  const sort = ref<TableSort>({ key: initialKey, direction: 'DESC' });
  const orderBy = computed(() => ({ field: fields[sort.value.key], direction: sort.value.direction }));
  return { sort, orderBy };
}
