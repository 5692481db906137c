// A filter form's draft (what is typed) and applied value (what the query uses). A link may preset it through
// the page's query (`?regionId=…&overdue=1`, as the dashboard's figures link to their lists).
import { ref, type Ref } from 'vue';
import { useRoute } from 'vue-router';

/** An enum filter with nothing chosen, typed so the filter keeps its enum type (a bare '' would widen to string). */
export const noChoice = <T extends string>(): T | '' => '';

/** `initial` with the values the query gives for its own keys: text for text filters, 1/true for a checkbox. */
export function presetFrom<F extends Record<string, unknown>>(initial: F, query: Record<string, unknown>): F {
  const out: Record<string, unknown> = { ...initial };
  for (const [key, base] of Object.entries(initial)) {
    const given = query[key];
    if (typeof given !== 'string') continue;
    if (typeof base === 'boolean') out[key] = given === '1' || given === 'true';
    else if (typeof base === 'string') out[key] = given;
  }
  return out as F;
}

export function useFilters<F extends Record<string, unknown>>(initial: F) {
  // Outside a router (component tests) there is no query to read.
  const query = (useRoute() as ReturnType<typeof useRoute> | undefined)?.query ?? {};
  const preset = presetFrom(initial, query);
  const draft = ref({ ...preset }) as Ref<F>;
  const applied = ref({ ...preset }) as Ref<F>;
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
