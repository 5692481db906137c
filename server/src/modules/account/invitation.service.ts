// Staff invitations: an admin invites a person by mobile number or e-mail to roles it may grant;
// the person sets the password from the one-time code sent to them. Admins see each account's
// latest code with its status, and may resend or revoke a pending one. Each write audited once.
import type { Context } from '../../context/context';
import { fieldConflict, fieldError, forbidden, Problems } from '../../common/errors';
import { dbId, toGlobalId } from '../../common/node';
import { paginate, type PageArgs } from '../../common/pagination';
import { createOnce } from '../../common/write';
import { scopedQuery } from '../../context/scoped-query';
import { EMAIL } from '../registry/registry-write';
import { AuditService } from '../audit/audit.service';
import { AccountActivation, CodeKind } from './account-activation.entity';
import type { InviteAccountInput } from './account.inputs';
import { AccountService } from './account.service';
import { issueDeliveredCode, USERNAME_PATTERN } from './activation.service';
import { DevOutboxMessage } from './dev-outbox.entity';
import type { RoleAssignment } from './role-assignment.entity';
import { InvitationStatus } from './invitation.inputs';
import { AccountStatus, UserAccount } from './user-account.entity';

const MOBILE = /^1[3-9]\d{9}$/;

/** Where a code stands: used, revoked, expired (or replaced by a newer one), else pending. */
export function invitationStatus(row: AccountActivation, now = new Date()): InvitationStatus {
  if (row.usedAt) return InvitationStatus.ACCEPTED;
  if (row.revokedAt) return InvitationStatus.REVOKED;
  if (row.expiresAt <= now) return InvitationStatus.EXPIRED;
  return InvitationStatus.PENDING;
}

export class InvitationService {
  private readonly audit = new AuditService();
  private readonly accounts = new AccountService();

  async invite(ctx: Context, input: InviteAccountInput): Promise<AccountActivation> {
    const p = new Problems();
    const displayName = input.displayName.trim();
    p.check(!displayName, 'input.displayName', 'required');
    const mobile = input.mobile?.replace(/[\s-]/g, '') || null;
    const email = input.email?.trim().toLowerCase() || null;
    if (mobile) p.check(!MOBILE.test(mobile), 'input.mobile', 'phoneInvalid');
    if (email) p.check(!EMAIL.test(email), 'input.email', 'emailInvalid');
    if (!mobile && !email) p.add('input.mobile', 'contactRequired');
    const username = input.username?.trim().toLowerCase() || mobile || email || '';
    if (input.username?.trim()) p.check(!USERNAME_PATTERN.test(username), 'input.username', 'invalid');
    p.throwIfAny();
    const grants = await Promise.all(
      input.roles.map((r, i) => this.accounts.resolveGrant(ctx, r, `input.roles[${i}]`)),
    );
    for (const g of grants) this.accounts.assertGrantable(ctx.viewer!, g);
    const { idempotencyKey, ...fingerprint } = input;
    return createOnce(ctx, 'inviteAccount', idempotencyKey, fingerprint, AccountActivation, async (m) => {
      const taken = await m
        .getRepository(UserAccount)
        .createQueryBuilder('a')
        .where('a.username = :username OR a.mobile = :mobile OR a.email = :email', { username, mobile, email })
        .getOne();
      if (taken) {
        throw taken.username === username && !(mobile && taken.mobile === mobile) && !(email && taken.email === email)
          ? fieldConflict('input.username', 'usernameTaken')
          : fieldConflict(mobile && taken.mobile === mobile ? 'input.mobile' : 'input.email', 'contactTaken');
      }
      const account = await m.save(m.create(UserAccount, { username, displayName, mobile, email, passwordHash: null }));
      const assigned: RoleAssignment[] = [];
      for (const g of grants) assigned.push(await this.accounts.insertGrant(ctx, m, account.id, g, false));
      const code = await issueDeliveredCode(m, account, CodeKind.INVITATION, ctx.viewer!.accountId);
      await this.audit.write(ctx, m, {
        action: 'INVITE_ACCOUNT',
        recordType: 'UserAccount',
        recordId: account.id,
        after: {
          username,
          channel: code.channel,
          destination: code.destination,
          expiresAt: code.expiresAt.toISOString(),
          roles: grants.map((g, i) => ({
            assignmentId: assigned[i].id,
            role: g.role,
            regionId: g.regionId,
            organisationId: g.organisationId,
            stationId: g.stationId,
            volunteerId: g.volunteerId,
          })),
        },
        regionId: grants[0]?.scopeRegionId,
      });
      return code;
    });
  }

  /** A new code for a pending or expired invitation (the old one stops working). */
  async resend(ctx: Context, invitationGlobalId: string): Promise<AccountActivation> {
    const { row, account } = await this.pending(ctx, invitationGlobalId, false);
    return ctx.db.transaction(async (m) => {
      const code = await issueDeliveredCode(m, account, row.kind, ctx.viewer!.accountId);
      await this.audit.write(ctx, m, {
        action: 'RESEND_INVITATION',
        recordType: 'UserAccount',
        recordId: account.id,
        after: { kind: row.kind, channel: code.channel, destination: code.destination },
      });
      return code;
    });
  }

  /** Withdraws a pending invitation: its code stops working and the account, never activated, is disabled. */
  async revoke(ctx: Context, invitationGlobalId: string): Promise<AccountActivation> {
    const { row, account } = await this.pending(ctx, invitationGlobalId, true);
    return ctx.db.transaction(async (m) => {
      const now = new Date();
      await m
        .createQueryBuilder()
        .update(AccountActivation)
        .set({ revokedAt: now })
        .where('account_id = :id AND used_at IS NULL AND revoked_at IS NULL', { id: account.id })
        .execute();
      await m.update(UserAccount, { id: account.id }, { status: AccountStatus.DISABLED });
      await m.increment(UserAccount, { id: account.id }, 'sessionVersion', 1);
      await this.audit.write(ctx, m, {
        action: 'REVOKE_INVITATION',
        recordType: 'UserAccount',
        recordId: account.id,
        before: { status: account.status },
        after: { status: AccountStatus.DISABLED, kind: row.kind },
      });
      return m.findOneByOrFail(AccountActivation, { id: row.id });
    });
  }

  /** Each account's latest invitation or activation within what the viewer manages. */
  list(ctx: Context, status: InvitationStatus | undefined, page: PageArgs) {
    const qb = scopedQuery(ctx, AccountActivation, 'inv')
      .andWhere('inv.kind IN (:...kinds)', { kinds: [CodeKind.INVITATION, CodeKind.ACTIVATION] })
      .andWhere(
        `inv.id = (SELECT max(l.id) FROM account_activation l WHERE l.account_id = inv.account_id AND l.kind <> 'RESET')`,
      );
    if (status === InvitationStatus.ACCEPTED) qb.andWhere('inv.usedAt IS NOT NULL');
    if (status === InvitationStatus.REVOKED) qb.andWhere('inv.usedAt IS NULL AND inv.revokedAt IS NOT NULL');
    if (status === InvitationStatus.EXPIRED) {
      qb.andWhere('inv.usedAt IS NULL AND inv.revokedAt IS NULL AND inv.expiresAt <= now()');
    }
    if (status === InvitationStatus.PENDING) {
      qb.andWhere('inv.usedAt IS NULL AND inv.revokedAt IS NULL AND inv.expiresAt > now()');
    }
    return paginate(qb, page);
  }

  /** The codes the hub would have sent, for the accounts the viewer manages; never in production. */
  outbox(ctx: Context, recipient: string | undefined, page: PageArgs) {
    if (!ctx.auth.devOutbox) throw forbidden();
    const qb = scopedQuery(ctx, DevOutboxMessage, 'msg');
    if (recipient?.trim()) qb.andWhere('msg.recipient = lower(:r)', { r: recipient.trim() });
    return paginate(qb, page);
  }

  /** The invitation and its account, if the viewer may manage the account and the code is still open. */
  private async pending(ctx: Context, globalId: string, mustBePending: boolean) {
    const id = dbId(globalId, 'Invitation', 'invitationId');
    const row = await scopedQuery(ctx, AccountActivation, 'inv').andWhere('inv.id = :id', { id }).getOne();
    if (!row || row.kind === CodeKind.RESET) throw fieldError('invitationId', 'notFound');
    const account = await this.accounts.manageable(ctx, toGlobalId('Account', row.accountId));
    const status = invitationStatus(row);
    const open = mustBePending ? status === InvitationStatus.PENDING : status !== InvitationStatus.ACCEPTED;
    if (!open || account.passwordHash || account.status !== AccountStatus.ACTIVE) {
      throw fieldConflict('invitationId', 'invitationClosed');
    }
    return { row, account };
  }
}
