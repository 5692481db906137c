import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { Context } from '../../context/context';
import { PUBLIC } from '../../auth/permissions';
import { fromGlobalId, Node } from '../../common/node';

/** Global-id type name → entity, as the registry (modules/index.ts) gathers them from the modules. */
export type NodeTypes = Readonly<Record<string, EntityTarget<ObjectLiteral & { id: string }>>>;

/** `node(id:)` over the given types; built by the registry so this file imports no module. */
export function nodeResolver(nodeTypes: NodeTypes) {
  @Resolver()
  class NodeResolver {
    @Authorized(PUBLIC)
    @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when it does not exist.' })
    node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
      const { type, id: rowId } = fromGlobalId(id);
      const entity = nodeTypes[type];
      return entity ? ctx.loaders.one(entity).load(rowId) : null;
    }
  }
  return NodeResolver;
}
