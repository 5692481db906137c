// A filter form's draft (what is typed) and applied value (what the query uses).
import { ref, type Ref } from 'vue';

/** An enum filter with nothing chosen, typed so the filter keeps its enum type (a bare '' would widen to string). */
export const noChoice = <T extends string>(): T | '' => '';

export function useFilters<F extends Record<string, unknown>>(initial: F) {
  const draft = ref({ ...initial }) as Ref<F>;
  const applied = ref({ ...initial }) as Ref<F>;
  const apply = () => {
    applied.value = { ...draft.value };
  };
  const reset = () => {
    draft.value = { ...initial };
    apply();
  };
  return { draft, applied, apply, reset };
}

/** An ISO date (yyyy-mm-dd) from a date input as the start of that day in UTC, for DateTimeISO filters. */
export const dayStart = (isoDate: string): string | undefined => (isoDate ? `${isoDate}T00:00:00.000Z` : undefined);
