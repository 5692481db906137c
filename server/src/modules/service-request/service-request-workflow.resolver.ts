import { Arg, Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission, PUBLIC } from '../../auth/permissions';
import { ServiceRequest } from './service-request.entity';
import {
  AssignServiceRequestArgs,
  CancelServiceRequestArgs,
  CompleteServiceRequestArgs,
  CreateServiceRequestInput,
  ServiceRequestReceipt,
  SubmitServiceRequestInput,
} from './service-request-workflow.inputs';
import { ServiceRequestWorkflowService } from './service-request-workflow.service';
import { ServiceRequestCompletionService } from './service-request-completion.service';

@Resolver()
export class ServiceRequestWorkflowResolver {
  private readonly service = new ServiceRequestWorkflowService();
  private readonly completion = new ServiceRequestCompletionService();

  @Authorized(PUBLIC)
  @Mutation(() => ServiceRequestReceipt, { description: 'The public request form (no login); the station calls back.' })
  submitServiceRequest(
    @Ctx() ctx: Context,
    @Arg('input', () => SubmitServiceRequestInput) input: SubmitServiceRequestInput,
  ) {
    return this.service.submit(ctx, input);
  }

  @Authorized(Permission.MANAGE_SERVICE_REQUESTS)
  @Mutation(() => ServiceRequest, { description: 'Files a request on a beneficiary’s behalf.' })
  createServiceRequest(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateServiceRequestInput) input: CreateServiceRequestInput,
  ) {
    return this.service.create(ctx, input);
  }

  @Authorized(Permission.MANAGE_SERVICE_REQUESTS)
  @Mutation(() => ServiceRequest, { description: 'OPEN or ASSIGNED → ASSIGNED to an active volunteer.' })
  assignServiceRequest(@Ctx() ctx: Context, @Args() { id, version, volunteerId }: AssignServiceRequestArgs) {
    return this.service.assign(ctx, id, version, volunteerId);
  }

  @Authorized(Permission.MANAGE_SERVICE_REQUESTS)
  @Mutation(() => ServiceRequest, {
    description: 'ASSIGNED → DONE: records the verified participation of the assigned volunteer.',
  })
  completeServiceRequest(@Ctx() ctx: Context, @Args() { id, version, ...completion }: CompleteServiceRequestArgs) {
    return this.completion.complete(ctx, id, version, completion);
  }

  @Authorized(Permission.MANAGE_SERVICE_REQUESTS)
  @Mutation(() => ServiceRequest, { description: 'OPEN or ASSIGNED → CANCELLED, with a reason.' })
  cancelServiceRequest(@Ctx() ctx: Context, @Args() { id, version, reason }: CancelServiceRequestArgs) {
    return this.service.cancel(ctx, id, version, reason);
  }
}
