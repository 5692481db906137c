// The job runner and the one list of jobs the hub runs (each module adds its own line).
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

/** Registers every module's jobs on a runner (before it starts). */
export function registerJobs(runner: JobRunner, deps: JobDeps): JobRunner {
  registerBackgroundJobs(runner, { ...deps, scopeTables });
  return runner;
}
