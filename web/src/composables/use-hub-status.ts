import { onMounted, ref } from 'vue';

export type HubStatus = 'checking' | 'ok' | 'error';

// The cheapest operation the schema answers; a later issue moves this onto Apollo.
const probe = JSON.stringify({ query: '{ __typename }' });

async function probeHub(): Promise<boolean> {
  try {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: probe,
    });
    if (!res.ok) return false;
    const body = (await res.json()) as { data?: { __typename?: string }; errors?: unknown[] };
    return typeof body.data?.__typename === 'string' && !body.errors?.length;
  } catch {
    return false;
  }
}

export function useHubStatus() {
  const status = ref<HubStatus>('checking');

  async function check(): Promise<void> {
    status.value = 'checking';
    status.value = (await probeHub()) ? 'ok' : 'error';
  }

  onMounted(check);
  return { status, check };
}
