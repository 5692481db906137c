// One form's whole error story: client checks per field (as locale keys), the server's field errors placed
// beside the form's own fields, one summary for ErrorSummary, a problem that names no field, and a stale
// record (someone changed it since the page read it) reloaded for the user to check.
import { computed, reactive, ref, shallowRef, useTemplateRef, watch } from 'vue';
import { fieldName, fieldProblems, firstError, isStale } from '../apollo/errors';
import { useErrorText } from '../composables/use-error-text';
import { useT, type MessageKey } from '../locales/use-t';
import { useCheckedForm } from './use-checked-form';

export interface FormSpec<K extends string> {
  /** The fields in page order: the summary lists problems in this order. */
  order: readonly K[];
  rules?: Partial<Record<K, () => MessageKey | null>>;
  /** The id of each field's control, which the summary links to. */
  ids: Record<K, string>;
  labels: () => Record<K, string>;
  /**
   * Server field names (without "input.") that differ from the form's; others match a field of that name.
   * A nested path ("donation.amountFen") may be named whole; otherwise its first part ("donation") is used.
   */
  serverFields?: Record<string, K>;
  /** Called when the server says the record changed since it was read: reload it. */
  onStale?: () => unknown;
}

export function useForm<K extends string>(spec: FormSpec<K>) {
  const { t } = useT();
  const errorText = useErrorText();
  const rules = Object.fromEntries(spec.order.map((f) => [f, spec.rules?.[f] ?? (() => null)])) as Record<
    K,
    () => MessageKey | null
  >;
  const checked = useCheckedForm<K>(rules, spec.order);
  const server = reactive({}) as Partial<Record<K, string>>;
  const problem = ref('');
  const busy = ref(false);
  // The calling component's `<ErrorSummary ref="summaryBox">`, found by name so no component has to pass it back.
  const summaryBox = useTemplateRef<{ focus(): Promise<void> }>('summaryBox');

  const fieldOf = (path: string): K | undefined => {
    const whole = spec.serverFields?.[path.replace(/^input\./, '')];
    if (whole) return whole;
    const name = fieldName(path);
    return spec.serverFields?.[name] ?? (spec.order.includes(name as K) ? (name as K) : undefined);
  };
  // Reward early: a field put right while typing loses its error at once rather than on leaving it, so nothing
  // moves under a pointer on its way from that field to the send button (a blur that removes an error would).
  watch(
    () => spec.order.map((f) => (checked.errors[f] ? rules[f]() : null)),
    (now) =>
      spec.order.forEach((f, i) => {
        if (checked.errors[f] && !now[i]) delete checked.errors[f];
      }),
  );
  const err = (f: K): string | undefined => (checked.errors[f] ? t(checked.errors[f]) : server[f]);
  // The summary lists what the last attempt found wrong until the next attempt: a field fixed since then says so
  // rather than vanishing, so the form never jumps under a pointer on its way from that field to the send button.
  const listed = shallowRef<K[]>([]);
  const list = (): void => {
    listed.value = spec.order.filter((f) => err(f));
  };
  const summary = computed(() => {
    const labels = spec.labels();
    return listed.value.map((f) => ({ id: spec.ids[f], label: labels[f], message: err(f) ?? t('forms.fixed') }));
  });

  function clearServer(): void {
    for (const f of spec.order) delete server[f];
    problem.value = '';
  }

  function reset(): void {
    clearServer();
    listed.value = [];
    for (const f of spec.order) delete checked.errors[f];
    checked.attempted.value = false;
  }

  function take(error: unknown): void {
    if (isStale(error)) {
      problem.value = t('forms.stale');
      void spec.onStale?.();
      return;
    }
    let placed = false;
    for (const e of fieldProblems(error)) {
      const f = fieldOf(e.field!);
      if (f && !server[f]) server[f] = errorText(e);
      placed ||= !!f;
    }
    if (!placed) {
      const e = firstError(error);
      problem.value = e ? errorText(e) : t('errors.code.INTERNAL');
    }
    list();
  }

  /** Checks every field, then sends; undefined when checking or sending failed (the form then says why). */
  async function submit<T>(send: () => Promise<T>): Promise<T | undefined> {
    if (busy.value) return undefined; // a second press while the first is in flight sends nothing
    clearServer();
    if (!checked.checkAll()) {
      list();
      void summaryBox.value?.focus();
      return undefined;
    }
    busy.value = true;
    try {
      const sent = await send();
      listed.value = [];
      return sent;
    } catch (error) {
      take(error);
      void summaryBox.value?.focus();
      return undefined;
    } finally {
      busy.value = false;
    }
  }

  return { errors: checked.errors, touch: checked.touch, err, summary, problem, busy, submit, reset, take };
}
