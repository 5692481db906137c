// Suspending (with a reason, in the reason dialog) and reinstating a registry entry; the outcome is
// announced in the page's status line and the list is read again.
import { computed, ref, type Ref } from 'vue';
import { firstError } from '../../../apollo/errors';
import { useErrorText } from '../../../composables/use-error-text';
import { useT } from '../../../locales/use-t';

interface Row {
  id: string;
  name: string;
  version: number;
}
type SetStatus = (vars: {
  id: string;
  version: number;
  status: 'ACTIVE' | 'SUSPENDED';
  reason?: string | null;
}) => Promise<unknown>;

export function useRegistryStatus<T extends Row>(setStatus: SetStatus, outcome: Ref<string>, refetch: () => unknown) {
  const { t } = useT();
  const errorText = useErrorText();
  const suspending = ref<T | null>(null) as Ref<T | null>;
  const suspendOpen = computed({
    get: () => !!suspending.value,
    set: (v: boolean) => {
      if (!v) suspending.value = null;
    },
  });

  /** Sent by the reason dialog, which shows what the server objects to. */
  async function suspend(reason: string): Promise<void> {
    const row = suspending.value!;
    await setStatus({ id: row.id, version: row.version, status: 'SUSPENDED', reason });
    outcome.value = t('registry.suspended', { name: row.name });
  }

  async function reinstate(row: T): Promise<void> {
    try {
      await setStatus({ id: row.id, version: row.version, status: 'ACTIVE' });
      outcome.value = t('registry.reinstated', { name: row.name });
      await refetch();
    } catch (err) {
      const e = firstError(err);
      outcome.value = e ? errorText(e) : t('errors.code.INTERNAL');
    }
  }

  return { suspending, suspendOpen, suspend, reinstate };
}
