// A volunteer's login: made when the volunteer is approved (or, for one approved before logins
// existed, when it asks for a code), activated with a code sent to the registered mobile.
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context/context';
import { Role } from '../../auth/permissions';
import type { Volunteer } from '../volunteer/volunteer.entity';
import { AuditService } from '../audit/audit.service';
import { CodeKind } from './account-activation.entity';
import { issueDeliveredCode } from './activation.service';
import { RoleAssignment } from './role-assignment.entity';
import { UserAccount } from './user-account.entity';

type VolunteerRow = Pick<Volunteer, 'id' | 'realName' | 'phone' | 'homeRegionId'>;

/**
 * The volunteer's account, made if there is none: the VOLUNTEER role goes to the staff account
 * already using the volunteer's mobile (a staff member who volunteers keeps one login), else to a
 * new account. An account without a password is sent an activation code by SMS, audited here
 * unless the caller records it in its own entry (`audit: false`, as approval does, so one
 * mutation writes one entry); `activation` says where the code went, null when none was sent.
 */
export async function ensureVolunteerAccount(
  ctx: Context,
  m: EntityManager,
  v: VolunteerRow,
  { audit = true } = {},
): Promise<{ account: UserAccount; activation: { channel: string; destination: string | null } | null }> {
  const held = await m.findOneBy(RoleAssignment, { role: Role.VOLUNTEER, volunteerId: v.id });
  let account = held ? await m.findOneByOrFail(UserAccount, { id: held.accountId }) : null;
  if (!account) {
    const sameMobile = await m.findOneBy(UserAccount, { mobile: v.phone });
    // Another volunteer registered with this mobile (a family phone): this one logs in by identity number.
    const sharedByVolunteer =
      !!sameMobile && (await m.existsBy(RoleAssignment, { accountId: sameMobile.id, role: Role.VOLUNTEER }));
    account =
      (sharedByVolunteer ? null : sameMobile) ??
      (await m.save(
        m.create(UserAccount, {
          username: `v${v.id}`,
          displayName: v.realName,
          mobile: sameMobile ? null : v.phone,
          passwordHash: null,
        }),
      ));
    await m.insert(RoleAssignment, { accountId: account.id, role: Role.VOLUNTEER, volunteerId: v.id });
  }
  if (account.passwordHash) return { account, activation: null };
  // The code goes to the mobile the volunteer registered, whether or not the account carries it.
  const to = { id: account.id, mobile: v.phone, email: null };
  const code = await issueDeliveredCode(m, to, CodeKind.ACTIVATION, ctx.viewer?.accountId ?? null);
  const activation = { channel: code.channel, destination: code.destination };
  if (audit)
    await new AuditService().write(ctx, m, {
      action: 'ISSUE_VOLUNTEER_ACTIVATION',
      recordType: 'UserAccount',
      recordId: account.id,
      after: { volunteerId: v.id, ...activation },
      regionId: v.homeRegionId,
    });
  return { account, activation };
}
