// Backoff after repeated failures (logins per username and client address, event codes per volunteer),
// kept in PostgreSQL so every replica counts the same tries and a restart forgets nothing.
// Times come from the database clock, so replicas with drifting clocks still agree.
export interface ThrottleSettings {
  maxFailures: number;
  baseMs: number;
  maxMs: number;
}

/** Anything that runs SQL: the data source or a transaction's manager. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

// Failures older than this (and no lock running) start counting afresh.
const FORGET_AFTER = `interval '1 hour'`;

export class LoginThrottle {
  constructor(private readonly settings: ThrottleSettings) {}

  /** Milliseconds until any of the keys may try again; 0 when none is locked. */
  async retryAfterMs(db: Queryable, keys: string[]): Promise<number> {
    const [row] = (await db.query(
      `SELECT GREATEST(0, ceil(extract(epoch FROM max(locked_until) - clock_timestamp()) * 1000))::int AS ms
         FROM rate_limit WHERE key = ANY($1::text[])`,
      [keys],
    )) as Array<{ ms: number | null }>;
    return row?.ms ?? 0;
  }

  /** One more failure per key; past `maxFailures` each further one doubles the lock, up to `maxMs`. */
  async recordFailure(db: Queryable, keys: string[]): Promise<void> {
    const { maxFailures, baseMs, maxMs } = this.settings;
    await db.query(
      `DELETE FROM rate_limit WHERE key = ANY($1::text[]) AND updated_at < clock_timestamp() - ${FORGET_AFTER}
          AND (locked_until IS NULL OR locked_until < clock_timestamp())`,
      [keys],
    );
    // Keys in a fixed order, so two requests upserting the same pair cannot deadlock.
    await db.query(
      `INSERT INTO rate_limit AS r (key, failures, locked_until, updated_at)
       SELECT k, 1,
              CASE WHEN 1 >= $2 THEN clock_timestamp() + LEAST($3::float8 * 2 ^ (1 - $2), $4::float8) * interval '1 millisecond' END,
              clock_timestamp()
         FROM unnest($1::text[]) AS k ORDER BY k
       ON CONFLICT (key) DO UPDATE SET
         failures = r.failures + 1,
         locked_until = CASE WHEN r.failures + 1 >= $2
           THEN clock_timestamp() + LEAST($3::float8 * 2 ^ (r.failures + 1 - $2), $4::float8) * interval '1 millisecond'
           ELSE r.locked_until END,
         updated_at = clock_timestamp()`,
      [[...new Set(keys)], maxFailures, baseMs, maxMs],
    );
    // Now and then, forget old entries of keys nobody tries any more.
    if (Math.random() < 0.01) {
      await db.query(
        `DELETE FROM rate_limit WHERE updated_at < clock_timestamp() - interval '1 day'
            AND (locked_until IS NULL OR locked_until < clock_timestamp())`,
      );
    }
  }

  async recordSuccess(db: Queryable, keys: string[]): Promise<void> {
    await db.query(`DELETE FROM rate_limit WHERE key = ANY($1::text[])`, [keys]);
  }
}
