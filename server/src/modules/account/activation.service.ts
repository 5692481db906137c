// Passwords are only ever set by their owner, from a one-time code: the first admin's (printed by
// the command line), an invitation, a volunteer's activation, a reset. `activateAccount` takes them
// all. Codes expire, work once, are kept only as hashes, and wrong codes back off per address like logins.
import { randomBytes, randomInt } from 'node:crypto';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { Context } from '../../context/context';
import { fieldError, userError } from '../../common/errors';
import { maskEmail, maskPhone } from '../../common/mask';
import { hashToken } from '../../auth/tokens';
import { Role } from '../../auth/permissions';
import { AuditService, type AuditEntry } from '../audit/audit.service';
import { AccountStatus, UserAccount } from './user-account.entity';
import { AccountActivation, CodeChannel, CodeKind } from './account-activation.entity';
import { deliverAccountCode } from './code-delivery';
import { RefreshToken } from './refresh-token.entity';
import { checkPasswordPolicy } from './password-policy';
import { hashPassword } from './session.service';

export const USERNAME_PATTERN = /^[a-z0-9._-]{3,32}$/;

export interface IssuedActivation {
  accountId: string;
  username: string;
  code: string;
  expiresAt: Date;
}

/** Audit rows written by a command-line tool: no viewer, a request id naming the tool. */
async function auditFromCli(m: EntityManager, requestId: string, entry: AuditEntry) {
  await new AuditService().write({ viewer: null, requestId } as Context, m, { actorId: null, ...entry });
}

/** How long each kind of delivered code stays valid. */
export const CODE_TTL_HOURS: Record<CodeKind, number> = {
  [CodeKind.ACTIVATION]: 72,
  [CodeKind.INVITATION]: 72,
  [CodeKind.RESET]: 1,
};

// Crockford base32 without I, L, O, U: codes read aloud or typed from an SMS survive a misread 0/O, 1/I/L.
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A code a person can type from a message: ten characters (50 bits), shown as XXXXX-XXXXX. */
function humanCode(): string {
  const c = Array.from({ length: 10 }, () => CROCKFORD[randomInt(32)]).join('');
  return `${c.slice(0, 5)}-${c.slice(5)}`;
}

/** The hashes a typed code may match: as given (command-line codes), and read the Crockford way. */
function candidateHashes(code: string): string[] {
  const raw = code.trim().slice(0, 200);
  const read = raw.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  const grouped = read.length === 10 ? `${read.slice(0, 5)}-${read.slice(5)}` : read;
  return [...new Set([hashToken(raw), hashToken(grouped)])];
}

/** Earlier unused codes of the account stop working, so only the newest one counts. */
async function retireCodes(m: EntityManager, accountId: string) {
  await m.update(AccountActivation, { accountId, usedAt: IsNull() }, { expiresAt: new Date() });
}

/** A fresh command-line code for the account, printed once to whoever ran the command. */
async function issue(
  m: EntityManager,
  accountId: string,
  ttlHours: number,
): Promise<{ code: string; expiresAt: Date }> {
  const code = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlHours * 3_600_000);
  await retireCodes(m, accountId);
  await m.insert(AccountActivation, { accountId, codeHash: hashToken(code), expiresAt });
  return { code, expiresAt };
}

/** The account's contact a code can go to: its mobile by SMS, else its e-mail. */
export function channelOf(account: Pick<UserAccount, 'mobile' | 'email'>) {
  if (account.mobile)
    return { channel: CodeChannel.SMS as const, to: account.mobile, masked: maskPhone(account.mobile) };
  if (account.email)
    return { channel: CodeChannel.EMAIL as const, to: account.email, masked: maskEmail(account.email) };
  return null;
}

/**
 * Issues a code of `kind` and sends it to the account's own mobile (or e-mail): the admin who asked
 * never sees it. Earlier codes stop working. BAD_USER_INPUT when the account has nowhere to send it.
 */
export async function issueDeliveredCode(
  m: EntityManager,
  account: Pick<UserAccount, 'id' | 'mobile' | 'email'>,
  kind: CodeKind,
  issuedById: string | null,
): Promise<AccountActivation> {
  const contact = channelOf(account);
  if (!contact) throw fieldError('accountId', 'noContact');
  const code = humanCode();
  await retireCodes(m, account.id);
  const row = await m.save(
    m.create(AccountActivation, {
      accountId: account.id,
      codeHash: hashToken(code),
      kind,
      channel: contact.channel,
      destination: contact.masked,
      issuedById,
      expiresAt: new Date(Date.now() + CODE_TTL_HOURS[kind] * 3_600_000),
    }),
  );
  const page = kind === CodeKind.RESET ? '/reset-password' : '/activate';
  await deliverAccountCode(m, {
    accountId: account.id,
    channel: contact.channel,
    to: contact.to,
    kind,
    code,
    minutes: CODE_TTL_HOURS[kind] * 60,
    link: `${page}?code=${encodeURIComponent(code)}`,
  });
  return row;
}

/** Creates a HUB_ADMIN without a password (nobody can log in as it until it is activated). */
export async function createAdminAccount(
  db: DataSource,
  opts: { username: string; displayName: string; ttlHours: number; requestId: string },
): Promise<IssuedActivation> {
  const username = opts.username.trim().toLowerCase();
  if (!USERNAME_PATTERN.test(username)) {
    throw new Error('The username takes 3–32 lower-case letters, digits, dots, dashes or underscores.');
  }
  return db.transaction(async (m) => {
    const taken = await m.findOne(UserAccount, { where: { username } });
    if (taken) throw new Error(`The username "${username}" is taken (use "activation" to issue it a new code).`);
    const account = await m.save(
      m.create(UserAccount, { username, displayName: opts.displayName.trim() || username, passwordHash: null }),
    );
    const [grant]: Array<{ id: string }> = await m.query(
      `INSERT INTO role_assignment (account_id, role) VALUES ($1, $2) RETURNING id`,
      [account.id, Role.HUB_ADMIN],
    );
    await auditFromCli(m, opts.requestId, {
      action: 'CREATE_ACCOUNT',
      recordType: 'UserAccount',
      recordId: account.id,
      after: { username, roles: [Role.HUB_ADMIN] },
    });
    await auditFromCli(m, opts.requestId, {
      action: 'ASSIGN_ROLE',
      recordType: 'UserAccount',
      recordId: account.id,
      after: { assignmentId: String(grant.id), role: Role.HUB_ADMIN },
    });
    const issued = await issue(m, account.id, opts.ttlHours);
    await auditFromCli(m, opts.requestId, {
      action: 'ISSUE_ACTIVATION',
      recordType: 'UserAccount',
      recordId: account.id,
      after: { expiresAt: issued.expiresAt.toISOString() },
    });
    return { accountId: account.id, username, ...issued };
  });
}

/** A new code for an existing account: a lost first code, or an admin locked out of its password. */
export async function reissueActivation(
  db: DataSource,
  opts: { username: string; ttlHours: number; requestId: string },
): Promise<IssuedActivation> {
  const username = opts.username.trim().toLowerCase();
  return db.transaction(async (m) => {
    const account = await m.findOne(UserAccount, { where: { username } });
    if (!account) throw new Error(`No account is named "${username}".`);
    const issued = await issue(m, account.id, opts.ttlHours);
    await auditFromCli(m, opts.requestId, {
      action: 'ISSUE_ACTIVATION',
      recordType: 'UserAccount',
      recordId: account.id,
      after: { expiresAt: issued.expiresAt.toISOString() },
    });
    return { accountId: account.id, username, ...issued };
  });
}

export class ActivationService {
  private readonly audit = new AuditService();

  /**
   * Sets the password behind a valid code (activation, invitation or reset), uses the code up, retires
   * the account's other codes and ends every earlier session.
   */
  async activate(ctx: Context, code: string, password: string): Promise<UserAccount> {
    const throttleKey = [`activation:${ctx.ip}`];
    const waitMs = await ctx.auth.throttle.retryAfterMs(ctx.db, throttleKey);
    if (waitMs > 0) {
      const retryAfterSeconds = Math.ceil(waitMs / 1000);
      throw userError('TOO_MANY_ATTEMPTS', `Too many wrong codes. Try again in ${retryAfterSeconds} seconds.`, {
        retryAfterSeconds,
      });
    }
    const outcome = await ctx.db.transaction(async (m) => {
      const row = await m
        .getRepository(AccountActivation)
        .createQueryBuilder('a')
        .setLock('pessimistic_write')
        .where('a.codeHash IN (:...h)', { h: candidateHashes(code) })
        .getOne();
      const account = row ? await m.findOne(UserAccount, { where: { id: row.accountId } }) : null;
      if (
        !row ||
        !account ||
        row.usedAt ||
        row.revokedAt ||
        row.expiresAt <= new Date() ||
        account.status !== AccountStatus.ACTIVE
      ) {
        await this.audit.write(ctx, m, {
          action: 'ACTIVATION_FAILED',
          recordType: 'UserAccount',
          recordId: account?.id ?? null,
          actorId: null,
        });
        return null;
      }
      // Checked only for a real code, so a guesser learns nothing from the policy's answers.
      checkPasswordPolicy(password, account.username);
      await m.update(AccountActivation, { id: row.id }, { usedAt: new Date() });
      await retireCodes(m, account.id);
      await m.update(UserAccount, { id: account.id }, { passwordHash: await hashPassword(password) });
      await m.update(RefreshToken, { accountId: account.id }, { revokedAt: new Date() });
      await m.increment(UserAccount, { id: account.id }, 'sessionVersion', 1); // and its access tokens
      await this.audit.write(ctx, m, {
        action: row.kind === CodeKind.RESET ? 'RESET_PASSWORD_WITH_CODE' : 'ACTIVATE_ACCOUNT',
        recordType: 'UserAccount',
        recordId: account.id,
        actorId: account.id,
        after: { kind: row.kind },
      });
      return account;
    });
    if (!outcome) {
      await ctx.auth.throttle.recordFailure(ctx.db, throttleKey);
      throw userError('UNAUTHENTICATED', 'This activation code is not valid, was used already or has expired.');
    }
    await ctx.auth.throttle.recordSuccess(ctx.db, throttleKey);
    return outcome;
  }
}
