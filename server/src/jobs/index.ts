// The job runner and the one list of jobs the hub runs (each module adds its own line).
import type { JobRunner } from './job-runner';

export { JobRunner, jobsOf } from './job-runner';
export type { JobContext, JobDefinition, JobHandler, JobQueue, EnqueueOptions } from './job-runner';
export type { JobName, JobTypes } from './job-types';

/** Registers every module's jobs on a runner (before it starts). */
export function registerJobs(runner: JobRunner): JobRunner {
  return runner;
}
