// Whether the hub answers at all, for the home page's service status.
import { onMounted, ref } from 'vue';
import { useApolloClient } from '@vue/apollo-composable';
import { HubStatusDocument } from '../graphql/public';

export type HubStatus = 'checking' | 'ok' | 'error';

export function useHubStatus() {
  const { resolveClient } = useApolloClient();
  const status = ref<HubStatus>('checking');

  async function check(): Promise<void> {
    status.value = 'checking';
    try {
      const { data } = await resolveClient().query({ query: HubStatusDocument, fetchPolicy: 'network-only' });
      status.value = data.__typename === 'Query' ? 'ok' : 'error';
    } catch {
      status.value = 'error';
    }
  }

  onMounted(check);
  return { status, check };
}
