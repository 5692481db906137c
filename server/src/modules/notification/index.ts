// Notifications: the inbox, the outbox and its channels, and the one notify() every module calls.
import type { HubModule } from '../hub-module';
import {
  Notification,
  NotificationContact,
  NotificationDelivery,
  NotificationPreference,
  SmsOutbox,
} from './notification.entity';
import { NotificationFieldsResolver, NotificationResolver } from './notification.resolver';
import { NotificationCommitSubscriber } from './notify';

export { notify, onNotificationCreated, type NotificationCreated, type Recipient } from './notify';
export { NotificationKind } from './notification-kinds';

export const notificationModule: HubModule = {
  entities: [Notification, NotificationDelivery, NotificationContact, NotificationPreference, SmsOutbox],
  resolvers: [NotificationResolver, NotificationFieldsResolver],
  subscribers: [NotificationCommitSubscriber],
};
