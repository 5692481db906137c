// Live updates over GraphQL subscriptions (graphql-ws, live/ws.ts): declare, authorize, delegate.
import { Arg, Authorized, ID, Resolver, Root, Subscription } from 'type-graphql';
import { AUTHENTICATED, Permission } from '../auth/permissions';
import type { Context } from '../context/context';
import { TodoCounts } from '../modules/todo/todo.types';
import { EventFigures, LiveChange } from './live.types';
import { LiveService } from './live.service';

const live = new LiveService();

@Resolver()
export class LiveResolver {
  @Authorized(AUTHENTICATED)
  @Subscription(() => TodoCounts, {
    description: 'Your to-do counts: at once, then each time they change.',
    subscribe: ({ context }) => live.todoCounts(context as Context),
  })
  todoChanged(@Root() counts: TodoCounts): TodoCounts {
    return counts;
  }

  @Authorized(AUTHENTICATED)
  @Subscription(() => LiveChange, {
    description: 'Your inbox changed (a notification arrived or was read): refetch it.',
    subscribe: ({ context }) => live.inbox(context as Context),
  })
  inboxChanged(@Root() change: LiveChange): LiveChange {
    return change;
  }

  @Authorized(Permission.READ_EVENTS)
  @Subscription(() => EventFigures, {
    description: "An event's sign-up and check-in figures, if you may see the event: at once, then on each change.",
    subscribe: ({ context, args }) => live.eventFigures(context as Context, (args as { eventId: string }).eventId),
  })
  eventFiguresChanged(@Root() figures: EventFigures, @Arg('eventId', () => ID) _eventId: string): EventFigures {
    return figures;
  }

  @Authorized(Permission.READ_DASHBOARD)
  @Subscription(() => LiveChange, {
    description:
      'Figures of your dashboard changed (records in your scope only), at most once per throttle period: refetch it.',
    subscribe: ({ context }) => live.dashboard(context as Context),
  })
  dashboardChanged(@Root() change: LiveChange): LiveChange {
    return change;
  }
}
