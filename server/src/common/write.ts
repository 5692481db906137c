// Safe writes: optimistic versions, and create mutations made idempotent by a client-chosen key.
// Which rows a viewer may change is the write policy's (auth/write-policy.ts).
import { createHash } from 'node:crypto';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Context } from '../context/context';
import { conflict, fieldError, notFound } from './errors';
import { IdempotencyKey } from './idempotency-key.entity';

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
