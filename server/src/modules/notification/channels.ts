// Delivery channels behind one interface: e-mail over SMTP (nodemailer) and SMS through a provider
// adapter. The development adapter writes to the sms_outbox table in the delivery's transaction.
import { createTransport } from 'nodemailer';
import type { EntityManager } from 'typeorm';
import { DeliveryChannel } from './notification.entity';
import type { Rendered } from './notification-kinds';

export interface OutgoingMessage extends Rendered {
  deliveryId: string;
  to: string;
}

/** Sends one message; throws when it could not (the delivery is retried with backoff). */
export interface Channel {
  send(message: OutgoingMessage, tx: EntityManager): Promise<void>;
  close?(): void;
}

/** A provider of text messages: what a real SMS gateway's adapter implements. */
export type SmsAdapter = Channel;

/** The development adapter: keeps every text in sms_outbox (no provider is reachable from here). */
export const outboxSmsAdapter: SmsAdapter = {
  async send(m, tx) {
    await tx.query(`INSERT INTO sms_outbox (delivery_id, mobile, body) VALUES ($1, $2, $3)`, [
      m.deliveryId,
      m.to,
      `【同心】${m.title}：${m.body}`,
    ]);
  },
};

export function smtpChannel(url: string, from: string, publicUrl?: string): Channel {
  const transport = createTransport(url, { from });
  return {
    async send(m) {
      const link = m.link && publicUrl ? `\n\n${new URL(m.link, publicUrl).toString()}` : '';
      // The delivery id lets a mail be traced to its outbox row (and a duplicate be recognised).
      await transport.sendMail({
        to: m.to,
        subject: m.title,
        text: `${m.body}${link}`,
        headers: { 'X-Tongxin-Delivery': m.deliveryId },
      });
    },
    close: () => transport.close(),
  };
}

export type Channels = Partial<Record<DeliveryChannel, Channel>>;

export interface ChannelSettings {
  SMTP_URL?: string;
  MAIL_FROM: string;
  SMS_ADAPTER: 'none' | 'outbox';
  PUBLIC_URL?: string;
}

/** The channels this deployment has: e-mail with SMTP_URL, SMS with an adapter; none is in-app only. */
export function channelsFrom(c: ChannelSettings): Channels {
  return {
    ...(c.SMTP_URL ? { [DeliveryChannel.EMAIL]: smtpChannel(c.SMTP_URL, c.MAIL_FROM, c.PUBLIC_URL) } : {}),
    ...(c.SMS_ADAPTER === 'outbox' ? { [DeliveryChannel.SMS]: outboxSmsAdapter } : {}),
  };
}
