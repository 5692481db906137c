// Client-side checking for a form: errors per field (as locale keys, so they follow the language),
// checked on leaving a field once it has been touched, and all at once on submit.
import { computed, reactive, ref } from 'vue';
import type { MessageKey } from '../locales/use-t';

export function useCheckedForm<K extends string>(rules: Record<K, () => MessageKey | null>, order: readonly K[]) {
  const errors = reactive({}) as Partial<Record<K, MessageKey>>;
  const attempted = ref(false);

  function check(field: K): void {
    const problem = rules[field]();
    if (problem) errors[field] = problem;
    else delete errors[field];
  }

  /** On blur: only once the user has tried to submit or the field already shows an error. */
  function touch(field: K): void {
    if (attempted.value || errors[field]) check(field);
  }

  function checkAll(): boolean {
    attempted.value = true;
    for (const f of order) check(f);
    return order.every((f) => !errors[f]);
  }

  const failing = computed(() => order.filter((f) => errors[f]));
  return { errors, attempted, check, touch, checkAll, failing };
}
