// The only way services start a read: a query builder already restricted to the viewer's rows.
import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Context } from './context';

export function scopedQuery<T extends ObjectLiteral>(
  ctx: Context,
  entity: EntityTarget<T>,
  alias: string,
): SelectQueryBuilder<T> {
  const repo = ctx.db.getRepository(entity);
  return ctx.scope.apply(repo.createQueryBuilder(alias), repo.metadata.name);
}
