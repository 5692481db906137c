// A filter form's draft (what is typed) and applied value (what the query uses).
import { getCurrentInstance, ref, type Ref } from 'vue';
import { useRoute } from 'vue-router';

/** An enum filter with nothing chosen, typed so the filter keeps its enum type (a bare '' would widen to string). */
export const noChoice = <T extends string>(): T | '' => '';

/**
 * The filter's starting values, with those the address names (`?status=PENDING&overdue=true`), so a
 * link (the to-do list's) opens a list already filtered. Only keys the filter has, of the same kind.
 */
function fromAddress<F extends Record<string, unknown>>(initial: F): F {
  const query = getCurrentInstance() ? useRoute()?.query : undefined;
  if (!query) return initial;
  const out: Record<string, unknown> = { ...initial };
  for (const [key, value] of Object.entries(initial)) {
    const given = query[key];
    if (typeof given !== 'string') continue;
    if (typeof value === 'boolean') out[key] = given === 'true';
    else if (typeof value === 'string') out[key] = given;
  }
  return out as F;
}

export function useFilters<F extends Record<string, unknown>>(initial: F) {
  const start = fromAddress(initial);
  const draft = ref({ ...start }) as Ref<F>;
  const applied = ref({ ...start }) as Ref<F>;
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
