import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { Region } from '../region/region.entity';
import { Organisation } from './organisation.entity';

@Resolver(() => Organisation)
export class OrganisationFieldsResolver {
  @FieldResolver(() => Region)
  region(@Root() org: Organisation, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Region, org.regionId);
  }

  @FieldResolver(() => Organisation, { nullable: true })
  parent(@Root() org: Organisation, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Organisation, org.parentId);
  }
}
