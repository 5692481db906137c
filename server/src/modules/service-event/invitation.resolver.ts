import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { Volunteer } from '../volunteer/volunteer.entity';
import { EventInvitation } from './event-invitation.entity';
import { ServiceEvent } from './service-event.entity';
import { Participation } from './participation.entity';
import { EventInvitationFilter, VolunteerSuggestion } from './invitation.types';
import { InvitationService } from './invitation.service';
import { MAX_SUGGESTIONS, SuggestionService } from './suggestion.service';

const EventInvitationConnection = ConnectionType(EventInvitation);

@Resolver()
export class InvitationResolver {
  private readonly suggestions = new SuggestionService();
  private readonly invitations = new InvitationService();

  @Authorized(Permission.MANAGE_EVENTS)
  @Query(() => [VolunteerSuggestion], {
    description: `ACTIVE volunteers you may enrol, best first for an event you run (at most ${MAX_SUGGESTIONS}).`,
  })
  suggestVolunteersForEvent(
    @Arg('eventId', () => ID) eventId: string,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() ctx: Context,
  ) {
    return this.suggestions.suggest(ctx, eventId, first);
  }

  @Authorized(Permission.READ_EVENTS)
  @Query(() => EventInvitationConnection, {
    description: 'Invitations to events: those of events you see, or (a volunteer) your own.',
  })
  eventInvitations(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => EventInvitationFilter, { nullable: true }) filter?: EventInvitationFilter,
  ) {
    return this.invitations.list(ctx, filter ?? {}, page);
  }

  @Authorized(Permission.MANAGE_EVENTS)
  @Mutation(() => EventInvitation, { description: 'Invite an ACTIVE volunteer within your scope to an event you run.' })
  inviteVolunteerToEvent(
    @Arg('eventId', () => ID) eventId: string,
    @Arg('volunteerId', () => ID) volunteerId: string,
    @Arg('idempotencyKey', () => String, { nullable: true }) idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.invitations.invite(ctx, eventId, volunteerId, idempotencyKey);
  }

  @Authorized(Permission.VOLUNTEER_SELF_SERVICE)
  @Mutation(() => EventInvitation, {
    description: 'Accept (= sign up, with every rule of a sign-up) or decline an invitation to an event.',
  })
  respondToEventInvitation(
    @Arg('invitationId', () => ID) invitationId: string,
    @Arg('version', () => Int) version: number,
    @Arg('accept') accept: boolean,
    @Ctx() ctx: Context,
  ) {
    return this.invitations.respond(ctx, invitationId, version, accept);
  }
}

@Resolver(() => EventInvitation)
export class EventInvitationFieldsResolver {
  @FieldResolver(() => ServiceEvent, { nullable: true })
  event(@Root() i: EventInvitation, @Ctx() ctx: Context) {
    return ctx.loaders.ref(ServiceEvent, i.eventId);
  }

  @FieldResolver(() => Volunteer, { nullable: true })
  volunteer(@Root() i: EventInvitation, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Volunteer, i.volunteerId);
  }

  @FieldResolver(() => Participation, { nullable: true, description: 'The sign-up an acceptance made.' })
  participation(@Root() i: EventInvitation, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Participation, i.participationId);
  }
}
