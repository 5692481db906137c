// The runner's side of background jobs: one job name runs any kind's handler by the job record's
// id (retried, resumed after a restart); an hourly sweep drops result files past their time.
import type { AuthRuntime } from '../../auth/runtime';
import type { ScopeTables } from '../../auth/scope';
import type { JobRunner } from '../../jobs';
import { expireResults, runJob } from './background-job.service';

declare module '../../jobs/job-types' {
  interface JobTypes {
    'background-job': { backgroundJobId: string };
    'background-job-sweep': Record<string, never>;
  }
}

/** Retries after a failed attempt; the last one marks the job FAILED for its owner. */
const RETRY_LIMIT = 3;

export interface BackgroundJobDeps {
  auth: AuthRuntime;
  scopeTables: ScopeTables;
  /** JOB_RESULT_TTL_H. */
  resultTtlHours: number;
}

export function registerBackgroundJobs(runner: JobRunner, deps: BackgroundJobDeps): void {
  runner.register(
    'background-job',
    (data, jc) =>
      runJob({ ...deps, db: jc.db, log: jc.log, now: jc.now }, data.backgroundJobId, jc.retryCount >= RETRY_LIMIT),
    // A batch is short, so a job unheard of for 15 minutes is dead: retried, it goes on where it stood.
    { retryLimit: RETRY_LIMIT, retryDelay: 3, retryBackoff: false, expireInSeconds: 900 },
  );
  runner.register(
    'background-job-sweep',
    async (_data, jc) => {
      const dropped = await expireResults(jc.db, jc.now());
      if (dropped) jc.log.info({ dropped }, 'expired job result files dropped');
    },
    { cron: '17 * * * *', policy: 'singleton' },
  );
}
