// Backoff after repeated failed logins, per username and per client address.
export interface ThrottleSettings {
  maxFailures: number;
  baseMs: number;
  maxMs: number;
}

interface Entry {
  failures: number;
  lockedUntil: number;
  lastSeen: number;
}

const MAX_ENTRIES = 50_000;

export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly settings: ThrottleSettings) {}

  /** Milliseconds until any of the keys may try again; 0 when none is locked. */
  retryAfterMs(keys: string[], now = Date.now()): number {
    return Math.max(0, ...keys.map((k) => (this.entries.get(k)?.lockedUntil ?? 0) - now));
  }

  recordFailure(keys: string[], now = Date.now()) {
    for (const key of keys) {
      const e = this.entries.get(key) ?? { failures: 0, lockedUntil: 0, lastSeen: now };
      e.failures++;
      e.lastSeen = now;
      const over = e.failures - this.settings.maxFailures;
      if (over >= 0) e.lockedUntil = now + Math.min(this.settings.baseMs * 2 ** over, this.settings.maxMs);
      this.entries.set(key, e);
    }
    if (this.entries.size > MAX_ENTRIES) this.prune(now);
  }

  recordSuccess(keys: string[]) {
    for (const key of keys) this.entries.delete(key);
  }

  private prune(now: number) {
    for (const [key, e] of this.entries) {
      if (e.lockedUntil < now && now - e.lastSeen > 3_600_000) this.entries.delete(key);
    }
  }
}
