// The one way an account code leaves the hub. Until the notification channels are merged, every
// code is written to the development outbox (dev-outbox.entity.ts); at merge this function sends
// through notify() instead, and nothing else changes.
import type { EntityManager } from 'typeorm';
import { CodeChannel, type CodeKind } from './account-activation.entity';
import { DevOutboxMessage } from './dev-outbox.entity';

export interface AccountCodeMessage {
  accountId: string;
  channel: CodeChannel.SMS | CodeChannel.EMAIL;
  /** The mobile number or e-mail address. */
  to: string;
  kind: CodeKind;
  code: string;
  /** Path of the panel's page that takes the code (the channel adds the origin). */
  link: string;
}

/** Sends the code in the caller's transaction, so a code is delivered exactly when it is issued. */
export async function deliverAccountCode(tx: EntityManager, message: AccountCodeMessage): Promise<void> {
  await tx.insert(DevOutboxMessage, {
    accountId: message.accountId,
    channel: message.channel,
    recipient: message.to,
    kind: message.kind,
    code: message.code,
    link: message.link,
  });
}
