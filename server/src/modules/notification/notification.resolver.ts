import { Args, Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { AUTHENTICATED } from '../../auth/permissions';
import { ConnectionType } from '../../common/pagination';
import { Notification } from './notification.entity';
import { render } from './notification-kinds';
import {
  MarkNotificationsReadArgs,
  NotificationArgs,
  NotificationContactInput,
  NotificationKindPreference,
  NotificationSettings,
  SetNotificationPreferenceArgs,
} from './notification.inputs';
import { NotificationService } from './notification.service';

const NotificationConnection = ConnectionType(Notification);

@Resolver()
export class NotificationResolver {
  private readonly service = new NotificationService();

  @Authorized(AUTHENTICATED)
  @Query(() => NotificationConnection, { description: 'The viewer’s inbox, newest first.' })
  notifications(@Ctx() ctx: Context, @Args() { unreadOnly, ...page }: NotificationArgs) {
    return this.service.list(ctx, page, unreadOnly);
  }

  @Authorized(AUTHENTICATED)
  @Query(() => Int, { description: 'How many of the viewer’s notifications are unread.' })
  unreadNotificationCount(@Ctx() ctx: Context) {
    return this.service.unreadCount(ctx);
  }

  @Authorized(AUTHENTICATED)
  @Mutation(() => Int, { description: 'Marks the viewer’s notifications read; returns how many stay unread.' })
  markNotificationsRead(@Ctx() ctx: Context, @Args() { ids, all }: MarkNotificationsReadArgs) {
    return this.service.markRead(ctx, ids, all);
  }

  @Authorized(AUTHENTICATED)
  @Query(() => NotificationSettings, { description: 'Where the viewer is reached, and the channels of each kind.' })
  notificationPreferences(@Ctx() ctx: Context) {
    return this.service.settings(ctx);
  }

  @Authorized(AUTHENTICATED)
  @Mutation(() => NotificationKindPreference, { description: 'Chooses the channels of one kind of notice.' })
  setNotificationPreference(@Ctx() ctx: Context, @Args() { kind, email, sms }: SetNotificationPreferenceArgs) {
    return this.service.setPreference(ctx, kind, email, sms);
  }

  @Authorized(AUTHENTICATED)
  @Mutation(() => NotificationSettings, { description: 'Sets the viewer’s e-mail, mobile and language for notices.' })
  setNotificationContact(
    @Ctx() ctx: Context,
    @Arg('input', () => NotificationContactInput) input: NotificationContactInput,
  ) {
    return this.service.setContact(ctx, input);
  }
}

/** Title, text and link in the reader's language, from the template and the stored parameters. */
@Resolver(() => Notification)
export class NotificationFieldsResolver {
  @FieldResolver(() => String)
  title(@Root() n: Notification, @Ctx() ctx: Context) {
    return render(n.kind, n.payload, ctx.locale).title;
  }

  @FieldResolver(() => String)
  body(@Root() n: Notification, @Ctx() ctx: Context) {
    return render(n.kind, n.payload, ctx.locale).body;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The panel page it is about.' })
  link(@Root() n: Notification) {
    return render(n.kind, n.payload, 'zh-CN').link;
  }

  @FieldResolver(() => Boolean)
  read(@Root() n: Notification) {
    return n.readAt !== null;
  }
}
