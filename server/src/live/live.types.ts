// What subscriptions push: a "changed" signal (the client refetches its own query) or small figures.
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Something the client shows changed: refetch the query behind it.' })
export class LiveChange {
  @Field(() => [String], {
    description:
      'What changed (dashboard: volunteers, events, hours, pairings, campaigns, donations, training, beneficiaries, requests, commendations; inbox: inbox). Empty on the first message, which says the subscription is live.',
  })
  sections: string[];

  @Field(() => GraphQLISODateTime)
  at: Date;
}

@ObjectType({ description: "An event's sign-up and check-in figures: counts of people, not who they are." })
export class EventFigures {
  @Field(() => ID)
  eventId: string;

  @Field(() => Int, { description: 'Places taken: signed up, checked in or completed.' })
  placesTaken: number;

  @Field(() => Int)
  waitlisted: number;

  @Field(() => Int, { description: 'Checked in and not yet out.' })
  checkedIn: number;

  @Field(() => Int, { description: 'Checked out (completed).' })
  checkedOut: number;

  @Field(() => Int, { description: 'Places offered.' })
  capacity: number;
}
