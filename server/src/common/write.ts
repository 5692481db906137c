// Safe writes: rows locked inside the viewer's write scope with optimistic versions, and create
// mutations made idempotent by a client-chosen key. Every write runs in one transaction.
import { createHash } from 'node:crypto';
import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Context } from '../context/context';
import type { Permission } from '../auth/permissions';
import { conflict, fieldError, notFound, forbidden } from './errors';
import { IdempotencyKey } from './idempotency-key.entity';

/** A query over the rows the viewer may change with `permission`. */
export function writableQuery<T extends ObjectLiteral>(
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

/**
 * The row `id`, locked for the rest of the transaction, if the viewer may change it with
 * `permission`. NOT_FOUND when the viewer cannot even see it, FORBIDDEN when it can see but not
 * change it, CONFLICT when `version` was given and the row has moved on since it was read.
 */
export async function lockForWrite<T extends ObjectLiteral & { id: string; version: number }>(
  ctx: Context,
  m: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  permission: Permission,
  version?: number | null,
): Promise<T> {
  const name = m.getRepository(entity).metadata.name;
  const row = await writableQuery(ctx, m, entity, 'w', permission)
    .andWhere('w.id = :id', { id })
    .setLock('pessimistic_write')
    .getOne();
  if (!row) {
    const visible = await ctx.scope
      .apply(m.getRepository(entity).createQueryBuilder('r').where('r.id = :id', { id }), name)
      .getExists();
    throw visible ? forbidden() : notFound(name);
  }
  checkVersion(row, version);
  return row;
}

/** CONFLICT (with the current version) when the client's copy is stale. */
export function checkVersion(row: { version: number }, version: number | null | undefined): void {
  if (version !== undefined && version !== null && row.version !== version) {
    throw conflict('staleVersion', {}, { field: 'version', currentVersion: row.version });
  }
}

const KEY_SHAPE = /^[\w.:-]{8,128}$/;

/**
 * Runs `create` in a transaction, at most once per (viewer, operation, key): a retry with the same
 * key and input returns the first result and writes nothing; the same key with another input is
 * a CONFLICT. Without a key it simply runs in a transaction.
 */
export async function createOnce<T extends ObjectLiteral & { id: string }>(
  ctx: Context,
  operation: string,
  key: string | null | undefined,
  input: unknown,
  entity: EntityTarget<T>,
  create: (m: EntityManager) => Promise<T>,
): Promise<T> {
  if (key === undefined || key === null) return ctx.db.transaction(create);
  if (!KEY_SHAPE.test(key)) throw fieldError('idempotencyKey', 'invalid');
  const actor = ctx.viewer?.accountId ?? 'anonymous';
  const requestHash = createHash('sha256')
    .update(JSON.stringify(input ?? null))
    .digest('hex');
  return ctx.db.transaction(async (m) => {
    // A concurrent retry blocks on the key's unique index until the first one commits or rolls back.
    const claimed = await m
      .createQueryBuilder()
      .insert()
      .into(IdempotencyKey)
      .values({ actor, operation, key, requestHash })
      .orIgnore()
      .returning('key')
      .execute();
    // `raw` is what the driver returned for RETURNING: pg's rows, none when the key already existed.
    if (!(claimed.raw as unknown[]).length) {
      const first = await m.findOneByOrFail(IdempotencyKey, { actor, operation, key });
      if (first.requestHash !== requestHash) throw conflict('idempotencyKeyReused', {}, { field: 'idempotencyKey' });
      const result = first.resultId
        ? await m.getRepository(entity).findOne({ where: { id: first.resultId } as never })
        : null;
      if (!result) throw notFound(operation);
      return result;
    }
    const result = await create(m);
    await m.update(IdempotencyKey, { actor, operation, key }, { resultId: result.id });
    return result;
  });
}
