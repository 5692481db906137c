// Choosing completed sign-ups and verifying their hours in one go. The server verifies all or none and
// names each refused row by its place in the list sent (participationIds[i]), so each reason is shown
// on its own row.
import { ref } from 'vue';
import { useMutation } from '@vue/apollo-composable';
import { VerifyHoursDocument } from '../../../graphql/events';
import { fieldProblems, firstError } from '../../../apollo/errors';
import { useErrorText } from '../../../composables/use-error-text';
import { useT } from '../../../locales/use-t';

export interface VerifiableRow {
  id: string;
  status: string;
  verifiedAt?: string | null;
}

export const verifiable = (row: VerifiableRow): boolean => row.status === 'COMPLETED' && !row.verifiedAt;

export function useVerifySelection(onVerified: (count: number) => void) {
  const { t } = useT();
  const errorText = useErrorText();
  const selected = ref<string[]>([]);
  const rowErrors = ref<Record<string, string>>({});
  const problem = ref('');
  const { mutate, loading } = useMutation(VerifyHoursDocument);

  /** Adds every verifiable row of the page shown to the selection. */
  function selectAll(rows: readonly VerifiableRow[]): void {
    selected.value = [...new Set([...selected.value, ...rows.filter(verifiable).map((r) => r.id)])];
  }

  function clear(): void {
    selected.value = [];
    rowErrors.value = {};
    problem.value = '';
  }

  async function verify(): Promise<void> {
    const ids = [...selected.value];
    rowErrors.value = {};
    problem.value = '';
    if (!ids.length) {
      problem.value = t('signUps.selectFirst');
      return;
    }
    try {
      await mutate({ participationIds: ids });
      selected.value = [];
      onVerified(ids.length);
    } catch (err) {
      const byRow: Record<string, string> = {};
      for (const e of fieldProblems(err)) {
        const index = /^participationIds\[(\d+)\]$/.exec(e.field ?? '')?.[1];
        const id = index === undefined ? undefined : ids[Number(index)];
        if (id) byRow[id] ??= errorText(e);
      }
      rowErrors.value = byRow;
      const refused = Object.keys(byRow).length;
      const e = firstError(err);
      problem.value = refused
        ? t('signUps.verifyRefused', { count: refused })
        : e
          ? errorText(e)
          : t('errors.code.INTERNAL');
    }
  }

  return { selected, rowErrors, problem, verifying: loading, selectAll, clear, verify };
}
