// Forgot password: anyone may ask for a reset code by username, mobile, e-mail or identity number;
// the code goes only to the account's own mobile (or e-mail). The answer is the same whether or not
// the name exists, and requests back off per name and per address like logins.
import type { Context } from '../../context/context';
import { userError } from '../../common/errors';
import { normaliseIdentityNumber } from '../../common/identity';
import { AuditService } from '../audit/audit.service';
import { Volunteer, VolunteerStatus } from '../volunteer/volunteer.entity';
import { CodeKind } from './account-activation.entity';
import { channelOf, issueDeliveredCode } from './activation.service';
import { findAccountByLogin } from './login-name';
import { AccountStatus } from './user-account.entity';
import { ensureVolunteerAccount } from './volunteer-account';

export class PasswordResetService {
  private readonly audit = new AuditService();

  async request(ctx: Context, login: string): Promise<boolean> {
    const name = login.trim().slice(0, 120);
    const keys = [`reset:${name.toLowerCase()}`, `reset-ip:${ctx.ip}`];
    const waitMs = await ctx.auth.throttle.retryAfterMs(ctx.db, keys);
    if (waitMs > 0) {
      const retryAfterSeconds = Math.ceil(waitMs / 1000);
      throw userError('TOO_MANY_ATTEMPTS', `Too many requests. Try again in ${retryAfterSeconds} seconds.`, {
        retryAfterSeconds,
      });
    }
    // Every request counts, found or not: sending codes is what a flood would abuse.
    await ctx.auth.throttle.recordFailure(ctx.db, keys);
    await ctx.db.transaction(async (m) => {
      const account = await findAccountByLogin(m, name);
      if (account) {
        if (account.status !== AccountStatus.ACTIVE || !channelOf(account)) return;
        const code = await issueDeliveredCode(
          m,
          account,
          account.passwordHash ? CodeKind.RESET : CodeKind.ACTIVATION,
          null,
        );
        await this.audit.write(ctx, m, {
          action: 'REQUEST_PASSWORD_RESET',
          recordType: 'UserAccount',
          recordId: account.id,
          actorId: null,
          after: { kind: code.kind, channel: code.channel, destination: code.destination },
        });
        return;
      }
      // A volunteer approved before volunteers had logins: its first code, to the registered mobile.
      const volunteer = await m
        .getRepository(Volunteer)
        .createQueryBuilder('v')
        .where('(v.idNumber = :id OR v.phone = :name) AND v.status = :active', {
          id: normaliseIdentityNumber(name),
          name,
          active: VolunteerStatus.ACTIVE,
        })
        .orderBy('v.id')
        .getOne();
      if (volunteer) await ensureVolunteerAccount(ctx, m, volunteer);
    });
    return true;
  }
}
