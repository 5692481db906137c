import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context/context';
import { PUBLIC } from '../../auth/permissions';
import { fromGlobalId, Node } from '../../common/node';
import { nodeTypes } from './node-types';

@Resolver()
export class NodeResolver {
  @Authorized(PUBLIC)
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when it does not exist.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const { type, id: rowId } = fromGlobalId(id);
    const entity = nodeTypes[type];
    return entity ? ctx.loaders.one(entity).load(rowId) : null;
  }
}
