// Runs background jobs inside the hub process, one at a time, and on start takes up every job a
// previous process left queued or running (each handler goes on from its last committed unit).
// Stands in until the PostgreSQL-backed job runner (server/src/jobs) drives the same handlers.
import { expireResults, runJob, setJobDispatcher, type JobEnv } from './background-job.service';

export function startInProcessRunner(env: JobEnv): { stop: () => void; idle: () => Promise<void> } {
  let stopped = false;
  env = { ...env, stopped: () => stopped };
  const running = new Set<string>();
  let chain: Promise<void> = Promise.resolve();
  const run = (id: string) => {
    if (stopped || running.has(id)) return;
    running.add(id);
    chain = chain
      .then(() => runJob(env, id))
      .catch((err: unknown) => env.log.error({ err, jobId: id }, 'background job crashed'))
      .finally(() => running.delete(id));
  };
  setJobDispatcher(run);
  env.db
    .query<Array<{ id: string }>>(
      `SELECT id::text FROM background_job WHERE status IN ('QUEUED', 'RUNNING') ORDER BY id`,
    )
    .then((rows) => rows.forEach((r) => run(r.id)))
    .catch((err: unknown) => env.log.warn({ err }, 'could not resume background jobs'));
  const sweep = setInterval(() => {
    expireResults(env.db).catch((err: unknown) => env.log.warn({ err }, 'result sweep failed'));
  }, 600_000);
  sweep.unref();
  return {
    stop: () => {
      stopped = true;
      clearInterval(sweep);
      setJobDispatcher(null);
    },
    idle: () => chain,
  };
}
