// Suggestions for an event and the filter of invitations.
import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { Volunteer } from '../volunteer/volunteer.entity';
import { InvitationStatus } from './event-invitation.entity';

@ObjectType({ description: 'A volunteer who could come to an event, with the parts of the score (each 0–1).' })
export class VolunteerSuggestion {
  @Field(() => Volunteer)
  volunteer: Volunteer;

  @Field(() => Float, { description: '0.4 skill + 0.3 availability + 0.2 distance + 0.1 load.' })
  score: number;

  @Field(() => Float, { description: 'Share of the required skills held (or any skill of the service type).' })
  skillScore: number;

  @Field(() => Float, { description: 'A weekly slot covers the event (1) or overlaps it (0.5).' })
  availabilityScore: number;

  @Field(() => Float, { description: 'Same community 1, subdistrict 0.6, district or preferred district 0.3.' })
  distanceScore: number;

  @Field(() => Float, { description: '1 / (1 + verified hours of the last 30 days / 10).' })
  loadScore: number;

  @Field(() => Float, { description: 'Verified hours of the last 30 days.' })
  recentHours: number;
}

@InputType()
export class EventInvitationFilter {
  @Field(() => ID, { nullable: true })
  eventId?: string | null;

  @Field(() => [InvitationStatus], { nullable: true })
  statuses?: InvitationStatus[] | null;
}
