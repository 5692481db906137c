import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { Organisation } from '../organisation/organisation.entity';
import { Volunteer } from '../volunteer/volunteer.entity';
import { Commendation } from './commendation.entity';

@Resolver(() => Commendation)
export class CommendationFieldsResolver {
  @FieldResolver(() => Volunteer, { nullable: true, description: 'Null when outside what you may see.' })
  volunteer(@Root() c: Commendation, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Volunteer, c.volunteerId);
  }

  @FieldResolver(() => Organisation)
  awardedBy(@Root() c: Commendation, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Organisation, c.awardedById);
  }
}
