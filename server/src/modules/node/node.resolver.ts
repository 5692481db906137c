import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { Context } from '../../context/context';
import { AUTHENTICATED, PUBLIC, type Rule } from '../../auth/permissions';
import { fromGlobalId, Node } from '../../common/node';

/** Global-id type name → entity and the rule its list declares, as the registry gathers them from the modules. */
export type NodeTypes = Readonly<Record<string, { entity: EntityTarget<ObjectLiteral & { id: string }>; read: Rule }>>;

/** A row by type and id, as the list would show it: the type's read rule, then the row scope; else null. */
export function loadNode(nodeTypes: NodeTypes, ctx: Context, type: string, id: string) {
  const node = nodeTypes[type];
  if (!node || !mayRead(ctx, node.read)) return null;
  return ctx.loaders.one(node.entity).load(id);
}

function mayRead(ctx: Context, rule: Rule): boolean {
  if (rule === PUBLIC) return true;
  if (!ctx.viewer) return false;
  return rule === AUTHENTICATED || ctx.viewer.has(rule);
}

/** `node(id:)` over the given types; built by the registry so this file imports no module. */
export function nodeResolver(nodeTypes: NodeTypes) {
  @Resolver()
  class NodeResolver {
    @Authorized(PUBLIC)
    @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when it does not exist.' })
    node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
      const { type, id: rowId } = fromGlobalId(id);
      return loadNode(nodeTypes, ctx, type, rowId);
    }
  }
  return NodeResolver;
}
