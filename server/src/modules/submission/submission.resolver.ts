import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context/context';
import { PUBLIC } from '../../auth/permissions';
import { SubmissionStatus } from './submission.types';
import { SubmissionService } from './submission.service';

@Resolver()
export class SubmissionResolver {
  private readonly service = new SubmissionService();

  @Authorized(PUBLIC)
  @Query(() => SubmissionStatus, {
    nullable: true,
    description:
      'The status of a public submission by its reference (TX-XXXX-XX) and the last four digits of the mobile given; null when either does not match. Throttled per reference and per address.',
  })
  submissionStatus(
    @Arg('reference', () => String) reference: string,
    @Arg('phoneLast4', () => String) phoneLast4: string,
    @Ctx() ctx: Context,
  ) {
    return this.service.lookUp(ctx, reference.slice(0, 40), phoneLast4.slice(0, 10));
  }
}
