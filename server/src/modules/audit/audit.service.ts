// Writes audit entries inside the caller's transaction, with personal values masked.
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context/context';
import { maskAddress, maskBirthDate, maskIdNumber, maskPhone } from '../../common/mask';
import { paginate, sortOf, type PageArgs } from '../../common/pagination';
import { whereBetween, whereEquals } from '../../common/filters';
import { dbId } from '../../common/node';
import { scopedQuery } from '../../context/scoped-query';
import { publishChange } from '../../live/changes';
import { AuditLog } from './audit-log.entity';
import type { AuditAction } from './audit-actions';
import { auditOrderKeys, type AuditFilter, type AuditOrder } from './audit.inputs';

const MASKERS: Record<string, (v: string) => string | null> = {
  idNumber: maskIdNumber,
  certificateNumber: maskIdNumber,
  phone: maskPhone,
  guardianPhone: maskPhone,
  address: maskAddress,
  birthDate: maskBirthDate,
  passwordHash: () => '[redacted]',
  password: () => '[redacted]',
};

export function maskForAudit(record: object | null | undefined): Record<string, unknown> | null {
  if (!record) return null;
  return Object.fromEntries(
    Object.entries(record).map(([k, v]) => [k, typeof v === 'string' && MASKERS[k] ? MASKERS[k](v) : v]),
  );
}

export interface AuditEntry {
  action: AuditAction;
  recordType: string;
  recordId?: string | null;
  before?: object | null;
  after?: object | null;
  reason?: string | null;
  regionId?: string | null;
  /** Defaults to the viewer; login attempts name the account they concern. */
  actorId?: string | null;
}

export class AuditService {
  list(ctx: Context, f: AuditFilter, page: PageArgs, orderBy?: AuditOrder) {
    const qb = scopedQuery(ctx, AuditLog, 'log');
    whereEquals(qb, 'log.action', f.action);
    whereEquals(qb, 'log.recordType', f.recordType);
    whereEquals(qb, 'log.actorId', f.actorId && dbId(f.actorId, 'Account', 'filter.actorId'));
    whereBetween(qb, 'log.at', f.from, f.to);
    return paginate(qb, page, sortOf(auditOrderKeys, orderBy));
  }

  async write(ctx: Context, manager: EntityManager, entry: AuditEntry): Promise<void> {
    await this.writeMany(ctx, manager, [entry]);
  }

  /** Several entries in one statement (a batch of imported rows: one entry per changed record). */
  async writeMany(ctx: Context, manager: EntityManager, entries: AuditEntry[]): Promise<void> {
    if (!entries.length) return;
    await manager.getRepository(AuditLog).insert(
      entries.map((entry) => ({
        actorId: entry.actorId !== undefined ? entry.actorId : (ctx.viewer?.accountId ?? null),
        action: entry.action,
        recordType: entry.recordType,
        recordId: entry.recordId ?? null,
        before: maskForAudit(entry.before) as AuditLog['before'] & object,
        after: maskForAudit(entry.after) as AuditLog['after'] & object,
        reason: entry.reason ?? null,
        requestId: ctx.requestId,
        regionId: entry.regionId ?? null,
      })),
    );
    // Every mutation audits in its transaction: the one place its change is announced, after the commit.
    for (const entry of entries) publishChange(manager, entry);
  }
}
