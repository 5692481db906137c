// Public submissions (registrations, service requests): their short references and the look-up.
import type { HubModule } from '../hub-module';
import { SubmissionResolver } from './submission.resolver';

export const submissionModule: HubModule = {
  resolvers: [SubmissionResolver],
};
