// The one way an account code leaves the hub: through notify() to the account's own mobile or
// e-mail (SMS adapter, SMTP, from the outbox after commit). Outside production the code is also
// written to the development outbox (dev-outbox.entity.ts), which admins read with
// `accountCodeOutbox` where no SMS provider or mail server is configured.
import type { EntityManager } from 'typeorm';
import { CodeChannel, CodeKind } from './account-activation.entity';
import { DevOutboxMessage } from './dev-outbox.entity';
import { notify } from '../notification/notify';
import { NotificationKind } from '../notification/notification-kinds';

export interface AccountCodeMessage {
  accountId: string;
  channel: CodeChannel.SMS | CodeChannel.EMAIL;
  /** The mobile number or e-mail address. */
  to: string;
  kind: CodeKind;
  code: string;
  /** Minutes the code stays valid (said in the message). */
  minutes: number;
  /** Path of the panel's page that takes the code (the channel adds the origin). */
  link: string;
}

/** Sends the code in the caller's transaction, so a code is delivered exactly when it is issued. */
export async function deliverAccountCode(tx: EntityManager, message: AccountCodeMessage): Promise<void> {
  if (process.env.NODE_ENV !== 'production')
    await tx.insert(DevOutboxMessage, {
      accountId: message.accountId,
      channel: message.channel,
      recipient: message.to,
      kind: message.kind,
      code: message.code,
      link: message.link,
    });
  await notify(
    tx,
    message.accountId,
    message.kind === CodeKind.RESET ? NotificationKind.PASSWORD_RESET_CODE : NotificationKind.ACCOUNT_ACTIVATION_CODE,
    { code: message.code, minutes: message.minutes, link: message.link },
    message.channel === CodeChannel.SMS ? { mobile: message.to } : { email: message.to },
  );
}
