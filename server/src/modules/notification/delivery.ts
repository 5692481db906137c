// Sending one outbox row: locked, so two runners never send it twice; held back by quiet hours
// (SMS at night, except one-time codes); sent through its channel; marked SENT in the same
// transaction as the development SMS outbox row. A failure is recorded and rethrown for a retry.
import type { JobContext } from '../../jobs';
import { DeliveryChannel, DeliveryStatus } from './notification.entity';
import { KINDS, asLocale, render, type NotificationKind, type Payload } from './notification-kinds';
import type { Channels } from './channels';
import { quietUntil, type QuietHours } from './quiet-hours';

interface Row {
  id: string;
  channel: DeliveryChannel;
  address: string;
  locale: string;
  status: DeliveryStatus;
  kind: NotificationKind;
  payload: Payload;
}

export interface DeliverySettings {
  channels: Channels;
  quietHours: QuietHours | null;
  /** Attempts after the first before the delivery is given up as FAILED. */
  retryLimit: number;
}

export async function deliver(deliveryId: string, jc: JobContext, s: DeliverySettings): Promise<void> {
  let failure: Error | undefined;
  await jc.db.transaction(async (tx) => {
    // A second runner holding the same job (an expired lease) waits here and then finds it SENT.
    const [d] = await tx.query<Row[]>(
      `SELECT d.id::text, d.channel, d.address, d.locale, d.status, n.kind, n.payload
         FROM notification_delivery d JOIN notification n ON n.id = d.notification_id
        WHERE d.id = $1 FOR UPDATE OF d`,
      [deliveryId],
    );
    if (!d || d.status !== DeliveryStatus.PENDING) return;
    const channel = s.channels[d.channel];
    if (!channel) {
      await tx.query(`UPDATE notification_delivery SET status = 'SKIPPED' WHERE id = $1`, [d.id]);
      return;
    }
    const until =
      d.channel === DeliveryChannel.SMS && !KINDS[d.kind].mandatory ? quietUntil(jc.now(), s.quietHours) : null;
    if (until) {
      await tx.query(`UPDATE notification_delivery SET not_before = $2 WHERE id = $1`, [d.id, until]);
      await jc.jobs.enqueue(
        'notification.deliver',
        { deliveryId: d.id },
        { tx, startAfter: until, singletonKey: `delivery:${d.id}:${until.toISOString()}` },
      );
      return;
    }
    try {
      await channel.send({ deliveryId: d.id, to: d.address, ...render(d.kind, d.payload, asLocale(d.locale)) }, tx);
      await tx.query(
        `UPDATE notification_delivery SET status = 'SENT', sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1`,
        [d.id],
      );
    } catch (err) {
      failure = err instanceof Error ? err : new Error(JSON.stringify(err));
      const gaveUp = jc.retryCount >= s.retryLimit;
      await tx.query(
        `UPDATE notification_delivery SET attempts = attempts + 1, last_error = $2, status = $3 WHERE id = $1`,
        [d.id, failure.message.slice(0, 500), gaveUp ? 'FAILED' : 'PENDING'],
      );
    }
  });
  if (failure) throw failure;
}
