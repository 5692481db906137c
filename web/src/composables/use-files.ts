// Files beside GraphQL (/files/...): downloads and uploads with the session's bearer token and the UI
// language, answered in GraphQL's error shape when refused.
import { useSessionStore } from '../stores/session';
import { useT } from '../locales/use-t';

export interface FileError {
  message: string;
  code?: string;
}

export function useFiles() {
  const session = useSessionStore();
  const { locale } = useT();
  const headers = (): Record<string, string> => ({
    ...(session.accessToken ? { authorization: `Bearer ${session.accessToken}` } : {}),
    'accept-language': locale.value,
  });
  const refusal = async (res: Response): Promise<FileError> => {
    const body = (await res.json().catch(() => null)) as {
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    } | null;
    const e = body?.errors?.[0];
    return { message: e?.message ?? res.statusText, code: e?.extensions?.code };
  };

  /** Saves the file at `path` under the name the server gives. */
  async function download(path: string, fallbackName: string): Promise<FileError | null> {
    const res = await fetch(path, { headers: headers() });
    if (!res.ok) return refusal(res);
    await save(res, fallbackName);
    return null;
  }

  /** Hands the answer's body to the browser as a download. */
  async function save(res: Response, fallbackName: string): Promise<void> {
    const disposition = res.headers.get('content-disposition') ?? '';
    const named = /filename\*=UTF-8''([^;]+)/.exec(disposition);
    const name = named ? decodeURIComponent(named[1]) : fallbackName;
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /**
   * Posts JSON to an export route: a small list comes back as the file (saved at once), a large one
   * as the background job that writes it.
   */
  async function exportList<J>(
    path: string,
    body: unknown,
    fallbackName: string,
  ): Promise<{ saved: true } | { job: J } | { error: FileError }> {
    const res = await fetch(path, {
      method: 'POST',
      headers: { ...headers(), 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) return { error: await refusal(res) };
    if (res.status === 202) return { job: ((await res.json()) as { job: J }).job };
    await save(res, fallbackName);
    return { saved: true };
  }

  /** Sends a file as the raw request body; the JSON answer, or the refusal. */
  async function upload<T>(path: string, file: File): Promise<{ data: T } | { error: FileError }> {
    const res = await fetch(`${path}?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { ...headers(), 'content-type': file.type || 'application/octet-stream' },
      body: file,
    });
    if (!res.ok) return { error: await refusal(res) };
    return { data: (await res.json()) as T };
  }

  return { download, upload, exportList };
}
