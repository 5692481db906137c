// What a public submission's look-up and its receipt show: status and whom to call, nothing personal.
import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from 'type-graphql';

export enum SubmissionKind {
  VOLUNTEER_REGISTRATION = 'VOLUNTEER_REGISTRATION',
  SERVICE_REQUEST = 'SERVICE_REQUEST',
}
registerEnumType(SubmissionKind, { name: 'SubmissionKind' });

@ObjectType({ description: 'The station that answers for a submission, as its public board shows it.' })
export class ReceiptStation {
  @Field()
  name: string;

  @Field({ description: 'The station office phone.' })
  phone: string;
}

@ObjectType({ description: 'A public submission found by its reference and the last four digits of the mobile.' })
export class SubmissionStatus {
  @Field()
  reference: string;

  @Field(() => SubmissionKind)
  kind: SubmissionKind;

  @Field({ description: 'The status of the registration (VolunteerStatus) or request (ServiceRequestStatus).' })
  status: string;

  @Field(() => GraphQLISODateTime)
  submittedAt: Date;

  @Field(() => ReceiptStation, { nullable: true, description: 'Whom to call about it.' })
  station: ReceiptStation | null;
}
