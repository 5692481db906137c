import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { AUTHENTICATED } from '../../auth/permissions';
import { translate } from '../../common/messages';
import { BackgroundJob } from './background-job.entity';
import { BackgroundJobService } from './background-job.service';

@Resolver(() => BackgroundJob)
export class BackgroundJobResolver {
  private readonly service = new BackgroundJobService();

  @Authorized(AUTHENTICATED)
  @Query(() => BackgroundJob, { description: 'One of the viewer’s background jobs.' })
  backgroundJob(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return this.service.get(ctx, id);
  }

  @Authorized(AUTHENTICATED)
  @Query(() => [BackgroundJob], { description: 'The viewer’s background jobs, newest first.' })
  myBackgroundJobs(@Arg('first', () => Int, { defaultValue: 20 }) first: number, @Ctx() ctx: Context) {
    return this.service.listMine(ctx, Math.min(Math.max(first, 1), 100));
  }

  @Authorized(AUTHENTICATED)
  @Mutation(() => BackgroundJob, {
    description:
      'Asks one of the viewer’s jobs to stop: a queued one never starts, a running one stops after its batch.',
  })
  cancelBackgroundJob(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return this.service.cancel(ctx, id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why it failed, in the request’s language.' })
  errorMessage(@Root() job: BackgroundJob, @Ctx() ctx: Context) {
    return job.error ? translate(job.error, ctx.locale) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Where to download the result file (GET with the bearer token) while it is kept.',
  })
  resultUrl(@Root() job: BackgroundJob, @Ctx() ctx: Context) {
    const kept = job.resultFileName && (!job.resultExpiresAt || job.resultExpiresAt > ctx.now());
    return kept ? `/files/jobs/${job.globalId}/result` : null;
  }
}
