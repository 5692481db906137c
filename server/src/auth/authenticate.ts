// Who presents an access token: the same verification for HTTP requests and WebSocket connections.
import type { DataSource } from 'typeorm';
import type { AuthRuntime } from './runtime';
import { loadViewer, type Viewer } from './viewer';

/** The viewer behind `Bearer <token>`, or the reason the token was refused; no header is no viewer. */
export async function authenticate(
  header: string | undefined,
  db: DataSource,
  auth: AuthRuntime,
): Promise<{ viewer: Viewer | null; authError?: string; expiresAt?: number }> {
  if (!header) return { viewer: null };
  const m = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(header);
  if (!m) return { viewer: null, authError: 'The Authorization header must be "Bearer <access token>".' };
  const verified = await auth.tokens.verifyAccess(m[1]);
  if ('error' in verified) return { viewer: null, authError: verified.error };
  const viewer = await loadViewer(db, verified.accountId);
  if (!viewer) return { viewer: null, authError: 'This account is disabled.' };
  // Logout and status changes raise the account's session version: older tokens end on every replica.
  const { claims } = verified;
  if ((claims.sv ?? 0) !== viewer.sessionVersion)
    return { viewer: null, authError: 'The session has ended: log in again.' };
  return { viewer, expiresAt: typeof claims.exp === 'number' ? claims.exp * 1000 : undefined };
}
