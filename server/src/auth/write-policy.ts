// The write policy, beside the read scope (auth/scope.ts). Every mutation runs the same steps:
// load every id the input names through the caller's read scope (`reference`: outside it is
// NOT_FOUND) → ask this policy (`lockToChange`: may change this row; `mayPlace`: may place a new
// row here) → check the transition against the entity's state table → change → audit, in one
// transaction. Which rows a role may change is the module's write scope (modules/<domain>/
// <domain>.scope.ts, `writeScope`), else its read scope, always limited to the roles that hold the
// permission the mutation declares.
import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Context } from '../context/context';
import { fieldError, forbidden, notFound } from '../common/errors';
import { checkVersion } from '../common/write';
import { GRANTS, type Permission, Role } from './permissions';
import type { RoleGrant } from './viewer';

/** Where a new row would sit: the placement a role's scope must cover. */
export interface Placement {
  /** Materialised path of the record's region (region.path). */
  regionPath?: string | null;
  organisationId?: string | null;
  stationId?: string | null;
}

/** May place a new row here: one of the viewer's roles that grants `permission` covers the placement. */
export function mayPlace(ctx: Context, permission: Permission, at: Placement): boolean {
  return rolesFor(ctx, permission).some((g) => {
    switch (g.role) {
      case Role.HUB_ADMIN:
        return true;
      case Role.REGION_ADMIN:
        return !!at.regionPath && !!g.regionPath && at.regionPath.startsWith(g.regionPath);
      case Role.ORG_ADMIN:
        return !!at.organisationId && at.organisationId === g.organisationId;
      case Role.STATION_COORDINATOR:
        return !!at.stationId && at.stationId === g.stationId;
      default:
        return false;
    }
  });
}

/** The viewer's roles that grant `permission`: the only ones a write may act through. */
export function rolesFor(ctx: Context, permission: Permission): RoleGrant[] {
  return (ctx.viewer?.roles ?? []).filter((g) => GRANTS[g.role].includes(permission));
}

/** The station the viewer coordinates (first STATION_COORDINATOR role), or null. */
export function ownStationId(ctx: Context): string | null {
  return ctx.viewer?.roles.find((g) => g.role === Role.STATION_COORDINATOR)?.stationId ?? null;
}

/** The viewer's own volunteer record (VOLUNTEER role), or null. */
export function ownVolunteerId(ctx: Context): string | null {
  return ctx.viewer?.roles.find((g) => g.role === Role.VOLUNTEER)?.volunteerId ?? null;
}

/** The organisation the viewer administers (first ORG_ADMIN role), or null. */
export function ownOrganisationId(ctx: Context): string | null {
  return ctx.viewer?.roles.find((g) => g.role === Role.ORG_ADMIN)?.organisationId ?? null;
}

/**
 * May reference that row: an id an input names, loaded through the viewer's read scope. Outside it
 * the row does not exist for the viewer: NOT_FOUND on the field that named it.
 */
export async function reference<T extends ObjectLiteral & { id: string }>(
  ctx: Context,
  entity: EntityTarget<T>,
  id: string,
  field: string,
): Promise<T> {
  const row = await ctx.loaders.one(entity).load(id);
  if (!row) throw fieldError(field, 'notFound');
  return row;
}

/** A query over the rows the viewer may change with `permission`. */
export function changeable<T extends ObjectLiteral>(
  ctx: Context,
  m: EntityManager,
  entity: EntityTarget<T>,
  alias: string,
  permission: Permission,
): SelectQueryBuilder<T> {
  const repo = m.getRepository(entity);
  const qb = repo.createQueryBuilder(alias);
  const p = ctx.scope.writePredicate(repo.metadata.name, alias, permission);
  return p ? qb.andWhere(`(${p})`) : qb;
}

/** NOT_FOUND when the viewer cannot see the row at all, FORBIDDEN when it sees but may not change it. */
export async function refusal(ctx: Context, m: EntityManager, entity: EntityTarget<ObjectLiteral>, id: string) {
  const repo = m.getRepository(entity);
  const visible = await ctx.scope
    .apply(repo.createQueryBuilder('r').where('r.id = :id', { id }), repo.metadata.name)
    .getExists();
  return visible ? forbidden() : notFound(repo.metadata.name);
}

/**
 * May change this row: the row `id`, locked for the rest of the transaction, if the viewer may
 * change it with `permission`. NOT_FOUND when the viewer cannot even see it, FORBIDDEN when it can
 * see but not change it, CONFLICT when `version` was given and the row has moved on since it was read.
 */
export async function lockToChange<T extends ObjectLiteral & { id: string; version: number }>(
  ctx: Context,
  m: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  permission: Permission,
  version?: number | null,
): Promise<T> {
  const row = await changeable(ctx, m, entity, 'w', permission)
    .andWhere('w.id = :id', { id })
    .setLock('pessimistic_write')
    .getOne();
  if (!row) throw await refusal(ctx, m, entity, id);
  checkVersion(row, version);
  return row;
}

/**
 * Whether the viewer may change row `id` with `permission`, batched per request (one statement per
 * entity and permission however many records a response shows): what `viewerCan` fields report.
 */
export function mayChange(
  ctx: Context,
  entity: EntityTarget<ObjectLiteral & { id: string }>,
  permission: Permission,
  id: string,
): Promise<boolean> {
  if (!ctx.viewer?.roles.some((g) => GRANTS[g.role].includes(permission))) return Promise.resolve(false);
  const name = ctx.db.getRepository(entity).metadata.name;
  return ctx.loaders
    .batch(`mayChange:${name}:${permission}`, async (ids) => {
      const rows = await changeable(ctx, ctx.db.manager, entity, 'c', permission)
        .select('c.id', 'id')
        .andWhere('c.id = ANY(:ids)', { ids: [...ids] })
        .getRawMany<{ id: string }>();
      const found = new Set(rows.map((r) => String(r.id)));
      return ids.map((i) => found.has(i));
    })
    .load(id);
}
