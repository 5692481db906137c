// Account administration within what the acting admin may grant; every change audit-logged.
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context/context';
import { badInput, notFound, userError } from '../../common/errors';
import { dbId, toGlobalId } from '../../common/node';
import { paginate, type PageArgs } from '../../common/pagination';
import { canGrant, type ResolvedGrant } from '../../auth/grant-policy';
import { ROLE_SCOPE, Role } from '../../auth/permissions';
import type { Viewer } from '../../auth/viewer';
import { scopedQuery } from '../../context/scoped-query';
import { AuditService } from '../audit/audit.service';
import { AccountStatus, UserAccount } from './user-account.entity';
import { RoleAssignment } from './role-assignment.entity';
import { RefreshToken } from './refresh-token.entity';
import type { RoleGrantInfo, RoleInput, ViewerInfo } from './account.inputs';
import { CodeKind } from './account-activation.entity';
import { issueDeliveredCode } from './activation.service';

type GrantRow = Pick<RoleGrantInfo, 'role' | 'regionId' | 'organisationId' | 'stationId' | 'volunteerId'> & {
  id: string;
};

export const toGrantInfo = (r: GrantRow): RoleGrantInfo => ({
  id: toGlobalId('RoleAssignment', r.id),
  role: r.role,
  regionId: r.regionId,
  organisationId: r.organisationId,
  stationId: r.stationId,
  volunteerId: r.volunteerId,
  region: null,
  organisation: null,
  station: null,
  volunteer: null,
});

export function toViewerInfo(viewer: Viewer): ViewerInfo {
  return {
    id: toGlobalId('Account', viewer.accountId),
    username: viewer.username,
    displayName: viewer.displayName,
    roles: viewer.roles.map((r) => toGrantInfo({ ...r, id: r.assignmentId })),
    permissions: [...viewer.permissions].sort(),
  };
}

export class AccountService {
  private readonly audit = new AuditService();

  async list(ctx: Context, search: string | undefined, page: PageArgs) {
    const qb = scopedQuery(ctx, UserAccount, 'acc');
    if (search?.trim()) qb.andWhere('(acc.username ILIKE :q OR acc.displayName ILIKE :q)', { q: `%${search.trim()}%` });
    return paginate(qb, page);
  }

  async assignRole(ctx: Context, accountGlobalId: string, input: RoleInput): Promise<UserAccount> {
    const account = await this.manageable(ctx, accountGlobalId);
    const grant = await this.resolveGrant(ctx, input, 'role');
    this.assertGrantable(ctx.viewer!, grant);
    await ctx.db.transaction(async (m) => {
      const exists = await m.query<unknown[]>(
        `SELECT 1 FROM role_assignment WHERE account_id = $1 AND role = $2 AND region_id IS NOT DISTINCT FROM $3 AND organisation_id IS NOT DISTINCT FROM $4 AND station_id IS NOT DISTINCT FROM $5 AND volunteer_id IS NOT DISTINCT FROM $6`,
        [account.id, grant.role, grant.regionId, grant.organisationId, grant.stationId, grant.volunteerId],
      );
      if (exists.length) return; // assigning a role twice changes nothing
      await this.insertGrant(ctx, m, account.id, grant);
    });
    return account;
  }

  async revokeRole(ctx: Context, assignmentGlobalId: string): Promise<UserAccount> {
    const id = dbId(assignmentGlobalId, 'RoleAssignment', 'assignmentId');
    const assignment = await ctx.db.getRepository(RoleAssignment).findOne({ where: { id } });
    if (!assignment) throw notFound('Role assignment');
    const account = await this.manageable(ctx, toGlobalId('Account', assignment.accountId));
    await ctx.db.transaction(async (m) => {
      await m.delete(RoleAssignment, { id });
      await this.audit.write(ctx, m, {
        action: 'REVOKE_ROLE',
        recordType: 'UserAccount',
        recordId: account.id,
        before: {
          role: assignment.role,
          regionId: assignment.regionId,
          organisationId: assignment.organisationId,
          stationId: assignment.stationId,
          volunteerId: assignment.volunteerId,
        },
      });
    });
    return account;
  }

  /**
   * Sends the account's owner a reset code (SMS, else e-mail): the admin never sees a password or a
   * code. The password changes, and every session ends, when the owner uses the code.
   */
  async resetPassword(ctx: Context, accountGlobalId: string): Promise<UserAccount> {
    const account = await this.manageable(ctx, accountGlobalId);
    await ctx.db.transaction(async (m) => {
      const code = await issueDeliveredCode(m, account, CodeKind.RESET, ctx.viewer!.accountId);
      await this.audit.write(ctx, m, {
        action: 'RESET_PASSWORD',
        recordType: 'UserAccount',
        recordId: account.id,
        after: { channel: code.channel, destination: code.destination, expiresAt: code.expiresAt.toISOString() },
      });
    });
    return account;
  }

  async disable(ctx: Context, accountGlobalId: string): Promise<UserAccount> {
    const account = await this.manageable(ctx, accountGlobalId);
    if (account.id === ctx.viewer!.accountId) throw badInput('accountId', 'You cannot disable your own account.');
    await ctx.db.transaction(async (m) => {
      await m.update(UserAccount, { id: account.id }, { status: AccountStatus.DISABLED });
      await m.update(RefreshToken, { accountId: account.id }, { revokedAt: new Date() });
      await this.audit.write(ctx, m, {
        action: 'DISABLE_ACCOUNT',
        recordType: 'UserAccount',
        recordId: account.id,
        before: { status: account.status },
        after: { status: AccountStatus.DISABLED },
      });
    });
    account.status = AccountStatus.DISABLED;
    return account;
  }

  /** The target account, if the viewer could grant every role it holds (so no one manages a superior). */
  async manageable(ctx: Context, accountGlobalId: string): Promise<UserAccount> {
    const id = dbId(accountGlobalId, 'Account', 'accountId');
    const account = await scopedQuery(ctx, UserAccount, 'acc').andWhere('acc.id = :id', { id }).getOne();
    if (!account) throw notFound('Account');
    const held = await ctx.db.getRepository(RoleAssignment).find({ where: { accountId: id } });
    for (const r of held) {
      const grant = await this.resolveGrant(ctx, r, 'accountId', true);
      if (!canGrant(ctx.viewer!, grant))
        throw userError('FORBIDDEN', 'This account holds roles outside what you may manage.');
    }
    return account;
  }

  assertGrantable(viewer: Viewer, grant: ResolvedGrant) {
    if (!canGrant(viewer, grant)) throw userError('FORBIDDEN', `You may not grant ${grant.role} with that scope.`);
  }

  /** Inserts the grant, audited on its own unless the caller audits the whole change once. */
  async insertGrant(ctx: Context, m: EntityManager, accountId: string, g: ResolvedGrant, audited = true) {
    const row = await m.save(
      m.create(RoleAssignment, {
        accountId,
        role: g.role,
        regionId: g.regionId,
        organisationId: g.organisationId,
        stationId: g.stationId,
        volunteerId: g.volunteerId,
      }),
    );
    if (!audited) return row;
    await this.audit.write(ctx, m, {
      action: 'ASSIGN_ROLE',
      recordType: 'UserAccount',
      recordId: accountId,
      after: {
        assignmentId: row.id,
        role: g.role,
        regionId: g.regionId,
        organisationId: g.organisationId,
        stationId: g.stationId,
        volunteerId: g.volunteerId,
      },
      regionId: g.scopeRegionId,
    });
    return row;
  }

  /** Checks the scope a role needs and finds where that scope sits in the region tree. */
  async resolveGrant(
    ctx: Context,
    input: {
      role: Role;
      regionId?: string | null;
      organisationId?: string | null;
      stationId?: string | null;
      volunteerId?: string | null;
    },
    field: string,
    raw = false,
  ): Promise<ResolvedGrant> {
    const kind = ROLE_SCOPE[input.role];
    const pick = (v: string | null | undefined, type: string, name: string) =>
      v ? (raw ? v : dbId(v, type, `${field}.${name}`)) : null;
    const g: ResolvedGrant = {
      role: input.role,
      regionId: kind === 'REGION' || kind === 'OPTIONAL_REGION' ? pick(input.regionId, 'Region', 'regionId') : null,
      organisationId: kind === 'ORGANISATION' ? pick(input.organisationId, 'Organisation', 'organisationId') : null,
      stationId: kind === 'STATION' ? pick(input.stationId, 'ServiceStation', 'stationId') : null,
      volunteerId: kind === 'VOLUNTEER' ? pick(input.volunteerId, 'Volunteer', 'volunteerId') : null,
      scopePath: null,
      scopeRegionId: null,
      volunteerOrganisationId: null,
      organisationKind: null,
    };
    const needed = {
      REGION: g.regionId,
      ORGANISATION: g.organisationId,
      STATION: g.stationId,
      VOLUNTEER: g.volunteerId,
      NONE: 'n/a',
      OPTIONAL_REGION: 'n/a',
    }[kind];
    if (!needed) throw badInput(field, `${input.role} needs a ${kind.toLowerCase()} scope.`);
    const [row] = await ctx.db.query<
      Array<{
        path: string | null;
        region_id: string | null;
        volunteer_org: string | null;
        organisation_kind: string | null;
        station_org: string | null;
      }>
    >(
      `SELECT r.path, r.id::text AS region_id, (SELECT organisation_id::text FROM volunteer WHERE id = $4) AS volunteer_org,
              (SELECT kind::text FROM organisation WHERE id = $2) AS organisation_kind,
              (SELECT organisation_id::text FROM service_station WHERE id = $3) AS station_org
         FROM (SELECT COALESCE($1::bigint,
                 (SELECT region_id FROM organisation WHERE id = $2),
                 (SELECT region_id FROM service_station WHERE id = $3),
                 (SELECT home_region_id FROM volunteer WHERE id = $4)) AS id) scope
         LEFT JOIN region r ON r.id = scope.id`,
      [g.regionId, g.organisationId, g.stationId, g.volunteerId],
    );
    if (kind !== 'NONE' && needed !== 'n/a' && !row.path)
      throw badInput(field, `The scope of ${input.role} does not exist.`);
    g.scopePath = row.path;
    g.scopeRegionId = row.region_id;
    g.volunteerOrganisationId = row.volunteer_org;
    g.organisationKind = row.organisation_kind;
    g.stationOrganisationId = row.station_org;
    return g;
  }
}
