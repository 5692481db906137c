// One request's hold on the database. A request that times out, or is still running when the shutdown
// grace ends, is cancelled: its running statement is cancelled in PostgreSQL, its transaction rolled
// back, and no COMMIT starts afterwards. So an answer of TIMEOUT or SERVICE_UNAVAILABLE means nothing
// was written; a request whose COMMIT is already under way is not cancelled, its real answer stands.
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';

export type CancelReason = 'TIMEOUT' | 'SHUTDOWN' | 'CLIENT_GONE';

type Work<T> = (m: EntityManager) => Promise<T>;

export class RequestCancelled extends Error {
  constructor(readonly reason: CancelReason) {
    super(`request cancelled (${reason})`);
    this.name = 'RequestCancelled';
  }
}

export class RequestGuard {
  private reason: CancelReason | null = null;
  private committing = 0;
  private readonly runners = new Set<QueryRunner>();
  private readonly idleWaiters: Array<() => void> = [];

  constructor(private readonly db: DataSource) {}

  get cancelledBy(): CancelReason | null {
    return this.reason;
  }

  /** True when the request is (now) cancelled; false when its COMMIT is under way and must finish. */
  cancel(reason: CancelReason): boolean {
    if (this.reason) return true;
    if (this.committing > 0) return false;
    this.reason = reason;
    for (const qr of this.runners) {
      const pid = (qr as unknown as { databaseConnection?: { processID?: number } }).databaseConnection?.processID;
      // On another pooled connection; the cancelled one is destroyed afterwards, never reused.
      if (pid) void this.db.query('SELECT pg_cancel_backend($1)', [pid]).catch(() => undefined);
    }
    return true;
  }

  /** Resolves once no transaction of this request is open (rolled back or committed). */
  idle(): Promise<void> {
    return this.runners.size ? new Promise((resolve) => this.idleWaiters.push(resolve)) : Promise.resolve();
  }

  /** The data source the request's context sees: the same pool, with `transaction` going through the guard. */
  dataSource(): DataSource {
    const ds = Object.create(this.db) as DataSource;
    const transaction = <T>(a: IsolationLevel | Work<T>, b?: Work<T>): Promise<T> => {
      if (typeof a === 'function') return this.transaction(undefined, a);
      if (!b) throw new TypeError('transaction(isolationLevel, work): the work is missing');
      return this.transaction(a, b);
    };
    ds.transaction = transaction;
    return ds;
  }

  private async transaction<T>(isolation: IsolationLevel | undefined, work: Work<T>): Promise<T> {
    if (this.reason) throw new RequestCancelled(this.reason);
    const qr = this.db.createQueryRunner();
    this.runners.add(qr);
    try {
      await qr.connect();
      await qr.startTransaction(isolation);
      try {
        const result = await work(qr.manager);
        if (this.reason) throw new RequestCancelled(this.reason);
        this.committing++;
        try {
          await qr.commitTransaction();
        } finally {
          this.committing--;
        }
        return result;
      } catch (err) {
        if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
        throw err;
      }
    } finally {
      this.runners.delete(qr);
      const release = (qr as unknown as { releasePostgresConnection?: (err?: Error) => Promise<void> })
        .releasePostgresConnection;
      // A connection that may still receive our pg_cancel_backend is closed rather than handed to another request.
      if (this.reason && release) await release.call(qr, new RequestCancelled(this.reason));
      else await qr.release();
      if (!this.runners.size) this.idleWaiters.splice(0).forEach((resolve) => resolve());
    }
  }
}
