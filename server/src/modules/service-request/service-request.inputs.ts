// Inputs and payloads of service requests: the public form, requests filed by coordinators, and their handling.
import { Field, ID, InputType, ArgsType, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ReceiptStation } from '../submission/submission.types';
import { ServiceRequestStatus } from './service-request.entity';
import { OrderInput, type SortKey } from '../../common/pagination';

@InputType()
export class ServiceRequestFilter {
  @Field(() => ID, { nullable: true, description: 'Requests from this region subtree.' })
  regionId?: string;

  @Field(() => ID, { nullable: true })
  stationId?: string;

  @Field(() => ID, { nullable: true })
  serviceTypeId?: string;

  @Field(() => [ServiceRequestStatus], { nullable: true })
  statuses?: ServiceRequestStatus[];

  @Field(() => Date, { nullable: true, description: 'Created at or after.' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Created before.' })
  to?: Date;
}

/** Lengths a request may have: enough for a phone call's worth of detail, small enough to deter pasting. */
export const NAME_MAX = 30;
export const DESCRIPTION_MAX = 500;

@InputType({ description: 'The public request form: no login, a callback number, a station or a place.' })
export class SubmitServiceRequestInput {
  @Field({ description: 'Who asks (the person or a family member).' })
  @MaxLength(NAME_MAX)
  requesterName: string;

  @Field({ description: 'Mobile number for the callback, 11 digits (spaces and dashes are ignored).' })
  @MaxLength(20)
  phone: string;

  @Field(() => ID, { nullable: true, description: 'The station asked; or give the place instead.' })
  stationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The district, subdistrict or community, when no station is chosen.',
  })
  regionId?: string | null;

  @Field(() => ID)
  serviceTypeId: string;

  @Field()
  @MaxLength(DESCRIPTION_MAX)
  description: string;

  @Field({ defaultValue: true, description: 'Call the requester back.' })
  callbackRequested: boolean;

  @Field(() => String, { nullable: true, description: 'A retry with the same key submits once.' })
  @IsOptional()
  @MaxLength(128)
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'What the public form returns: a reference to quote on the phone, and nothing else.' })
export class ServiceRequestReceipt {
  @Field({ description: 'Short reference to quote or look up (submissionStatus), e.g. TX-7K3M-9Q.' })
  reference: string;

  @Field(() => ReceiptStation, { nullable: true, description: 'The station to call about it.' })
  station: ReceiptStation | null;

  @Field(() => ServiceRequestStatus)
  status: ServiceRequestStatus;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@InputType({ description: 'A request a coordinator files on a beneficiary’s behalf.' })
export class CreateServiceRequestInput {
  @Field(() => ID)
  beneficiaryId: string;

  @Field(() => ID, { nullable: true, description: 'Defaults to the beneficiary’s station.' })
  stationId?: string | null;

  @Field(() => ID)
  serviceTypeId: string;

  @Field()
  @MaxLength(DESCRIPTION_MAX)
  description: string;

  @Field(() => String, { nullable: true, description: 'Defaults to the beneficiary’s name.' })
  @IsOptional()
  @MaxLength(NAME_MAX)
  requesterName?: string | null;

  @Field(() => String, { nullable: true, description: 'Defaults to the beneficiary’s (or household’s) phone.' })
  @IsOptional()
  @MaxLength(20)
  phone?: string | null;

  @Field({ defaultValue: false })
  callbackRequested: boolean;

  @Field(() => String, { nullable: true, description: 'A retry with the same key files once.' })
  @IsOptional()
  @MaxLength(128)
  idempotencyKey?: string | null;
}

@ArgsType()
export class ServiceRequestStepArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT.' })
  version: number;
}

@ArgsType()
export class AssignServiceRequestArgs extends ServiceRequestStepArgs {
  @Field(() => ID, { description: 'An active volunteer you can see.' })
  volunteerId: string;
}

@ArgsType()
export class CompleteServiceRequestArgs extends ServiceRequestStepArgs {
  @Field(() => Int, {
    description: 'Service time credited to the assigned volunteer, 1 to 1440 minutes (verified by you).',
  })
  @Min(1)
  @Max(1440)
  minutes: number;

  @Field(() => Int, { nullable: true, description: 'Person-times served (1 unless said otherwise).' })
  @IsOptional()
  @Min(0)
  @Max(1000)
  personTimesServed?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(DESCRIPTION_MAX)
  note?: string | null;
}

@ArgsType()
export class CancelServiceRequestArgs extends ServiceRequestStepArgs {
  @Field()
  @MaxLength(DESCRIPTION_MAX)
  reason: string;
}

/** What the list may be ordered by (`orderBy`); newest first when left out. */
export const serviceRequestOrderKeys = {
  CREATED_AT: { sql: 'r.createdAt', property: 'createdAt', type: 'timestamptz' },
} satisfies Record<string, SortKey>;
export const ServiceRequestOrder = OrderInput('ServiceRequestOrder', serviceRequestOrderKeys);
export type ServiceRequestOrder = InstanceType<typeof ServiceRequestOrder>;
