// The payload of every job, by job name. A module that defines jobs adds its names here by
// declaration merging (`declare module '../../jobs/job-types' { interface JobTypes { ... } }`),
// so enqueuing a name nobody handles, or with the wrong payload, fails type-checking.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface JobTypes {}

export type JobName = Extract<keyof JobTypes, string>;
