// Background jobs as their owners see them: progress, cancellation, result files.
import type { HubModule } from '../hub-module';
import { BackgroundJob } from './background-job.entity';
import { BackgroundJobResolver } from './background-job.resolver';
import { ownerOnly } from './background-job.scope';

export const backgroundJobModule: HubModule = {
  entities: [BackgroundJob],
  resolvers: [BackgroundJobResolver],
  scope: { BackgroundJob: ownerOnly },
};
