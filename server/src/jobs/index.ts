// The job runner and the one list of jobs the hub runs (each module adds its own line).
import type { Config } from '../config';
import { channelsFrom } from '../modules/notification/channels';
import { parseQuietHours } from '../modules/notification/quiet-hours';
import { registerNotificationJobs } from '../modules/notification/notification.jobs';
import type { JobRunner } from './job-runner';
import type { AuthRuntime } from '../auth/runtime';
import { scopeTables } from '../modules';
import { registerBackgroundJobs } from '../modules/background-job/background-job.jobs';

export { JobRunner, jobsOf } from './job-runner';
export type { JobContext, JobDefinition, JobHandler, JobQueue, EnqueueOptions } from './job-runner';
export type { JobName, JobTypes } from './job-types';

/** What handlers need that a job's own context does not carry. */
export interface JobDeps {
  auth: AuthRuntime;
  /** JOB_RESULT_TTL_H: hours a job's result file is kept. */
  resultTtlHours: number;
}

export type JobsConfig = Pick<
  Config,
  | 'SMTP_URL'
  | 'MAIL_FROM'
  | 'PUBLIC_URL'
  | 'SMS_ADAPTER'
  | 'SMS_QUIET_HOURS'
  | 'NOTIFY_RETRY_LIMIT'
  | 'NOTIFY_RETRY_DELAY_S'
  | 'PAIRING_OVERDUE_DAYS'
>;

/** Registers every module's jobs on a runner (before it starts). */
export function registerJobs(runner: JobRunner, deps: JobDeps, config: JobsConfig): JobRunner {
  registerBackgroundJobs(runner, { ...deps, scopeTables });
  registerNotificationJobs(runner, {
    channels: channelsFrom(config),
    quietHours: parseQuietHours(config.SMS_QUIET_HOURS),
    retryLimit: config.NOTIFY_RETRY_LIMIT,
    retryDelaySeconds: config.NOTIFY_RETRY_DELAY_S,
    pairingOverdueDays: config.PAIRING_OVERDUE_DAYS,
  });
  return runner;
}
