// What the four registry entries (organisations, teams, stations, service types) write alike:
// contact checks, the region a new entry is placed in, and suspension. Each module keeps its own
// create and edit; the steps are those of every write (auth/write-policy.ts).
import type { AuditAction } from '../audit/audit-actions';
import type { EntityManager, EntityTarget } from 'typeorm';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { lockToChange } from '../../auth/write-policy';
import { fieldError, type Problems } from '../../common/errors';
import { dbId } from '../../common/node';
import { assertTransition } from '../../common/state-machine';
import { REGISTRY_TRANSITIONS, RegistryStatus } from '../../common/registry-status';
import { AuditService } from '../audit/audit.service';
import { Region } from '../region/region.entity';

/** An office phone: a mobile or a landline such as 0931-8123456. */
export const OFFICE_PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;
export const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;

/**
 * Copies the text fields the input gives, trimmed, into `changes`: blank required ones are
 * problems, blank optional ones become null. Omitted (undefined or null) fields stay as they are.
 */
export function textChanges<K extends string>(
  input: Partial<Record<K, string | null | undefined>>,
  required: readonly K[],
  optional: readonly K[],
  p: Problems,
  prefix = 'input.',
): Partial<Record<K, string | null>> {
  const changes: Partial<Record<K, string | null>> = {};
  for (const key of [...required, ...optional]) {
    const value = input[key];
    if (value === undefined || value === null) continue;
    const v = value.trim();
    if (required.includes(key)) {
      if (!p.check(!v, `${prefix}${key}`, 'required')) changes[key] = v;
    } else changes[key] = v || null;
  }
  return changes;
}

/** Office phone and e-mail, normalised, each problem named on its field. */
export function contactChanges(
  input: { contactPhone?: string | null; contactEmail?: string | null },
  p: Problems,
  prefix = 'input.',
): { contactPhone?: string | null; contactEmail?: string | null } {
  const out: { contactPhone?: string | null; contactEmail?: string | null } = {};
  if (input.contactPhone !== undefined && input.contactPhone !== null) {
    const phone = input.contactPhone.replace(/\s/g, '');
    if (!phone) out.contactPhone = null;
    else if (!p.check(!OFFICE_PHONE.test(phone), `${prefix}contactPhone`, 'phoneInvalid')) out.contactPhone = phone;
  }
  if (input.contactEmail !== undefined && input.contactEmail !== null) {
    const email = input.contactEmail.trim().toLowerCase();
    if (!email) out.contactEmail = null;
    else if (!p.check(!EMAIL.test(email), `${prefix}contactEmail`, 'emailInvalid')) out.contactEmail = email;
  }
  return out;
}

/** The region an input names (the tree is public), or a problem on `field`. */
export async function regionOf(ctx: Context, globalId: string, field: string, p: Problems): Promise<Region | null> {
  const region = await ctx.db.getRepository(Region).findOneBy({ id: dbId(globalId, 'Region', field) });
  if (!region) p.add(field, 'notFound');
  return region;
}

/** The path of a region by id, for placements of rows that store only the id. */
export async function pathOf(m: EntityManager, regionId: string | null): Promise<string | null> {
  if (!regionId) return null;
  return (await m.findOneBy(Region, { id: regionId }))?.path ?? null;
}

/** ServiceStation → SERVICE_STATION, as audit actions are named. */
const snake = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();

interface RegistryRow {
  id: string;
  version: number;
  status: RegistryStatus;
}

/** Refuses placing something under a suspended entry. */
export function assertInService(row: { status: RegistryStatus } | null | undefined, field: string) {
  if (row && row.status !== RegistryStatus.ACTIVE) throw fieldError(field, 'registrySuspended');
}

/**
 * Suspends or reinstates a registry entry the viewer may change: locked, version-checked, moved
 * along the state table and audited once. Suspension needs a reason.
 */
export async function setRegistryStatus<T extends RegistryRow>(
  ctx: Context,
  entity: EntityTarget<T>,
  recordType: string,
  id: string,
  version: number,
  status: RegistryStatus,
  reason: string | null | undefined,
  regionIdOf: (row: T) => string | null,
): Promise<T> {
  const why = reason?.trim() || null;
  if (status === RegistryStatus.SUSPENDED && !why) throw fieldError('reason', 'reasonRequired');
  return ctx.db.transaction(async (m) => {
    const row = await lockToChange(ctx, m, entity, id, Permission.MANAGE_REGISTRY, version);
    assertTransition(REGISTRY_TRANSITIONS, row.status, status);
    await m.getRepository(entity).update(row.id, { status } as never);
    await new AuditService().write(ctx, m, {
      action: `${status === RegistryStatus.SUSPENDED ? 'SUSPEND' : 'REINSTATE'}_${snake(recordType)}` as AuditAction,
      recordType,
      recordId: row.id,
      reason: why,
      before: { status: row.status },
      after: { status },
      regionId: regionIdOf(row),
    });
    return m.getRepository(entity).findOneByOrFail({ id: row.id } as never);
  });
}
