// First passwords: accounts created outside the API (the first admin) get a one-time code, and the
// person behind it sets the password through `activateAccount`. Codes expire, work once, are kept
// only as hashes, and wrong codes back off per address like logins.
import { randomBytes } from 'node:crypto';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { Context } from '../../context/context';
import { userError } from '../../common/errors';
import { hashToken } from '../../auth/tokens';
import { Role } from '../../auth/permissions';
import { AuditService, type AuditEntry } from '../audit/audit.service';
import { AccountStatus, UserAccount } from './user-account.entity';
import { AccountActivation } from './account-activation.entity';
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

/** A fresh code for the account; earlier unused codes stop working, so only the newest one counts. */
async function issue(
  m: EntityManager,
  accountId: string,
  ttlHours: number,
): Promise<{ code: string; expiresAt: Date }> {
  const code = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlHours * 3_600_000);
  await m.update(AccountActivation, { accountId, usedAt: IsNull() }, { expiresAt: new Date() });
  await m.insert(AccountActivation, { accountId, codeHash: hashToken(code), expiresAt });
  return { code, expiresAt };
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

  /** Sets the password behind a valid code, uses the code up and ends any earlier session. */
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
        .where('a.codeHash = :h', { h: hashToken(code.trim().slice(0, 200)) })
        .getOne();
      const account = row ? await m.findOne(UserAccount, { where: { id: row.accountId } }) : null;
      if (!row || !account || row.usedAt || row.expiresAt <= new Date() || account.status !== AccountStatus.ACTIVE) {
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
      await m.update(UserAccount, { id: account.id }, { passwordHash: await hashPassword(password) });
      await m.update(RefreshToken, { accountId: account.id }, { revokedAt: new Date() });
      await m.increment(UserAccount, { id: account.id }, 'sessionVersion', 1); // and its access tokens
      await this.audit.write(ctx, m, {
        action: 'ACTIVATE_ACCOUNT',
        recordType: 'UserAccount',
        recordId: account.id,
        actorId: account.id,
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
