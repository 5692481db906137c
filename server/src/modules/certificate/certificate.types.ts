// The facts a certificate states, as GraphQL types: the snapshot stored with it, shown to its
// holder and admins, and (without anything personal beyond name and masked id) on verification.
import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';

@ObjectType()
export class HoursOfYear {
  @Field(() => Int)
  year: number;

  @Field(() => Float, { description: 'Verified hours, one decimal.' })
  hours: number;
}

@ObjectType()
export class HoursOfServiceType {
  @Field()
  serviceType: string;

  @Field(() => Float, { description: 'Verified hours, one decimal.' })
  hours: number;
}

@ObjectType()
export class CertifiedEvent {
  @Field()
  title: string;

  @Field({ description: 'ISO date, city time.' })
  date: string;

  @Field()
  organiser: string;

  @Field(() => Float)
  hours: number;
}

@ObjectType({ description: 'What a certificate states, frozen when it was issued.' })
export class CertificateFacts {
  @Field()
  name: string;

  @Field({ description: 'Identity number, masked (first 4 and last 4).' })
  maskedIdNumber: string;

  @Field(() => [String], { description: 'Where the volunteer is registered (organisation, team, station).' })
  registeredWith: string[];

  @Field(() => [String], { description: 'Organisations whose events the volunteer served.' })
  servedWith: string[];

  @Field(() => String, { nullable: true, description: 'First service date (ISO), city time.' })
  periodFrom: string | null;

  @Field(() => String, { nullable: true, description: 'Last service date (ISO), city time.' })
  periodTo: string | null;

  @Field(() => Float)
  totalHours: number;

  @Field(() => [HoursOfYear])
  hoursByYear: HoursOfYear[];

  @Field(() => [HoursOfServiceType])
  hoursByServiceType: HoursOfServiceType[];

  @Field(() => Int, { description: 'Events with verified hours.' })
  eventCount: number;

  @Field(() => [CertifiedEvent], { description: 'The most recent events served (at most 30).' })
  events: CertifiedEvent[];

  @Field(() => Int, { description: 'Star level 0–5 on the thresholds in force when issued.' })
  starLevel: number;

  @Field({ description: 'The issuing organisation.' })
  issuer: string;
}

@ObjectType({ description: 'What the public verification page shows of a certificate.' })
export class CertificateVerification {
  @Field()
  code: string;

  @Field(() => GraphQLISODateTime)
  issuedAt: Date;

  @Field(() => CertificateFacts)
  facts: CertificateFacts;

  @Field()
  revoked: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt: Date | null;
}

@ObjectType()
export class ServiceCertificateViewerCan {
  @Field()
  revoke: boolean;
}

@InputType()
export class IssueServiceCertificateInput {
  @Field(() => ID)
  volunteerId: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The issuing organisation, one the caller may act for; by default an organisation admin’s own, else the volunteer’s organisation, else the federation (DPF) of its region.',
  })
  issuerId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(128)
  idempotencyKey?: string | null;
}

@InputType()
export class RevokeServiceCertificateInput {
  @Field(() => ID)
  id: string;

  @Field()
  @MaxLength(200)
  reason: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(128)
  idempotencyKey?: string | null;
}
