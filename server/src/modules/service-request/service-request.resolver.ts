import { Arg, Authorized, Args, Ctx, Query, Resolver, Mutation } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission, PUBLIC } from '../../auth/permissions';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { ServiceRequest } from './service-request.entity';
import {
  ServiceRequestFilter,
  ServiceRequestOrder,
  AssignServiceRequestArgs,
  CancelServiceRequestArgs,
  CompleteServiceRequestArgs,
  CreateServiceRequestInput,
  ServiceRequestReceipt,
  SubmitServiceRequestInput,
} from './service-request.inputs';
import { ServiceRequestService } from './service-request.service';
import { ServiceRequestCompletionService } from './service-request-completion.service';

const ServiceRequestConnection = ConnectionType(ServiceRequest);

@Resolver()
export class ServiceRequestResolver {
  private readonly service = new ServiceRequestService();
  private readonly completion = new ServiceRequestCompletionService();

  @Authorized(Permission.READ_SERVICE_REQUESTS)
  @Query(() => ServiceRequestConnection, { description: 'Service requests queued at stations.' })
  serviceRequests(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => ServiceRequestFilter, { nullable: true }) filter?: ServiceRequestFilter,
    @Arg('orderBy', () => ServiceRequestOrder, { nullable: true, description: 'Default: newest first.' })
    orderBy?: ServiceRequestOrder,
  ) {
    return this.service.list(ctx, filter ?? {}, page, orderBy);
  }

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
