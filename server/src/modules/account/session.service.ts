// Log in, refresh with rotation and reuse detection, log out. Every outcome is audit-logged.
import { randomUUID } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context/context';
import { userError } from '../../common/errors';
import { loadViewer, type Viewer } from '../../auth/viewer';
import { hashToken } from '../../auth/tokens';
import { AuditService } from '../audit/audit.service';
import { AccountStatus, UserAccount } from './user-account.entity';
import { RefreshToken } from './refresh-token.entity';
import { findAccountByLogin } from './login-name';

export const REFRESH_COOKIE = 'tx_refresh';
const ARGON2 = { algorithm: 2 /* argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
// Verified against when the username is unknown, so both paths cost the same.
const DUMMY_HASH = hash('tongxin-timing-equaliser', ARGON2);

export const hashPassword = (password: string) => hash(password, ARGON2);

export interface Session {
  accessToken: string;
  expiresAt: Date;
  viewer: Viewer;
}

export class SessionService {
  private readonly audit = new AuditService();

  async login(ctx: Context, username: string, password: string): Promise<Session> {
    const keys = [`user:${username.toLowerCase()}`, `ip:${ctx.ip}`];
    const waitMs = await ctx.auth.throttle.retryAfterMs(ctx.db, keys);
    if (waitMs > 0) {
      const retryAfterSeconds = Math.ceil(waitMs / 1000);
      throw userError('TOO_MANY_ATTEMPTS', `Too many failed logins. Try again in ${retryAfterSeconds} seconds.`, {
        retryAfterSeconds,
      });
    }
    const account = await findAccountByLogin(ctx.db.manager, username);
    // An account waiting for activation has no password: the dummy is verified for the timing only.
    const ok =
      (await verify(account?.passwordHash ?? (await DUMMY_HASH), password).catch(() => false)) &&
      !!account?.passwordHash;
    if (!account || !ok || account.status !== AccountStatus.ACTIVE) {
      await ctx.auth.throttle.recordFailure(ctx.db, keys);
      await ctx.db.transaction((m) =>
        this.audit.write(ctx, m, {
          action: 'LOGIN_FAILED',
          recordType: 'UserAccount',
          recordId: account?.id,
          actorId: null,
        }),
      );
      throw userError('UNAUTHENTICATED', 'The login name or password is not correct.');
    }
    await ctx.auth.throttle.recordSuccess(ctx.db, keys);
    return ctx.db.transaction(async (m) => {
      await this.audit.write(ctx, m, {
        action: 'LOGIN',
        recordType: 'UserAccount',
        recordId: account.id,
        actorId: account.id,
      });
      return this.startSession(ctx, m, account.id, randomUUID());
    });
  }

  async refresh(ctx: Context): Promise<Session> {
    const presented = ctx.req?.cookies?.[REFRESH_COOKIE] as string | undefined;
    if (!presented) throw userError('UNAUTHENTICATED', 'No session to refresh: log in again.');
    const outcome = await ctx.db.transaction(async (m) => {
      const token = await m
        .getRepository(RefreshToken)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.tokenHash = :h', { h: hashToken(presented) })
        .getOne();
      if (!token || token.revokedAt || token.expiresAt < new Date())
        return { error: 'The session has ended: log in again.' };
      if (token.usedAt) {
        // A rotated token came back: someone holds a copy. End every session of this login.
        await m.update(RefreshToken, { familyId: token.familyId }, { revokedAt: new Date() });
        await this.audit.write(ctx, m, {
          action: 'REFRESH_REUSE_DETECTED',
          recordType: 'UserAccount',
          recordId: token.accountId,
          actorId: token.accountId,
        });
        return { error: 'This session was ended for your safety: log in again.' };
      }
      await m.update(RefreshToken, { id: token.id }, { usedAt: new Date() });
      await this.audit.write(ctx, m, {
        action: 'REFRESH',
        recordType: 'UserAccount',
        recordId: token.accountId,
        actorId: token.accountId,
      });
      return { session: await this.startSession(ctx, m, token.accountId, token.familyId) };
    });
    if ('error' in outcome) {
      this.clearCookie(ctx);
      throw userError('UNAUTHENTICATED', outcome.error!);
    }
    return outcome.session;
  }

  async logout(ctx: Context): Promise<boolean> {
    const presented = ctx.req?.cookies?.[REFRESH_COOKIE] as string | undefined;
    await ctx.db.transaction(async (m) => {
      const token = presented ? await m.findOne(RefreshToken, { where: { tokenHash: hashToken(presented) } }) : null;
      if (token) await m.update(RefreshToken, { familyId: token.familyId }, { revokedAt: new Date() });
      // Access tokens already issued to this account stop working on every replica (checked per request).
      const accountId = token?.accountId ?? ctx.viewer?.accountId;
      if (accountId) await m.increment(UserAccount, { id: accountId }, 'sessionVersion', 1);
      await this.audit.write(ctx, m, {
        action: 'LOGOUT',
        recordType: 'UserAccount',
        recordId: token?.accountId ?? ctx.viewer?.accountId ?? null,
        actorId: token?.accountId ?? ctx.viewer?.accountId ?? null,
      });
    });
    this.clearCookie(ctx);
    return true;
  }

  private async startSession(ctx: Context, m: EntityManager, accountId: string, familyId: string): Promise<Session> {
    const viewer = await loadViewer(m, accountId);
    if (!viewer) throw userError('UNAUTHENTICATED', 'This account is disabled.');
    const refresh = ctx.auth.tokens.newRefreshToken();
    await m.insert(RefreshToken, { accountId, tokenHash: refresh.hash, familyId, expiresAt: refresh.expiresAt });
    ctx.res?.cookie(REFRESH_COOKIE, refresh.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: ctx.auth.secureCookies,
      path: '/graphql',
      expires: refresh.expiresAt,
    });
    const access = await ctx.auth.tokens.issueAccess(viewer, { sv: viewer.sessionVersion });
    return { accessToken: access.token, expiresAt: access.expiresAt, viewer };
  }

  private clearCookie(ctx: Context) {
    ctx.res?.clearCookie(REFRESH_COOKIE, {
      path: '/graphql',
      httpOnly: true,
      sameSite: 'strict',
      secure: ctx.auth.secureCookies,
    });
  }
}
