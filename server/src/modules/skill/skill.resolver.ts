import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission, PUBLIC } from '../../auth/permissions';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { ServiceType } from '../service-type/service-type.entity';
import { Skill } from './skill.entity';
import { CreateSkillInput, SkillFilter, UpdateSkillInput } from './skill.inputs';
import { SkillService } from './skill.service';

const SkillConnection = ConnectionType(Skill);

@Resolver()
export class SkillResolver {
  private readonly service = new SkillService();

  @Authorized(PUBLIC)
  @Query(() => SkillConnection, { description: 'The skill lists of the cities (volunteers pick from them).' })
  skills(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => SkillFilter, { nullable: true }) filter?: SkillFilter,
  ) {
    return this.service.list(ctx, filter ?? {}, page);
  }

  @Authorized(Permission.MANAGE_SKILLS)
  @Mutation(() => Skill, { description: "Add a skill to a city's list (the city's or the hub's admins)." })
  createSkill(@Arg('input', () => CreateSkillInput) input: CreateSkillInput, @Ctx() ctx: Context) {
    return this.service.create(ctx, input);
  }

  @Authorized(Permission.MANAGE_SKILLS)
  @Mutation(() => Skill, { description: 'Rename, re-attach or retire a skill.' })
  updateSkill(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateSkillInput) input: UpdateSkillInput,
    @Ctx() ctx: Context,
  ) {
    return this.service.update(ctx, id, version, input);
  }
}

@Resolver(() => Skill)
export class SkillFieldsResolver {
  @FieldResolver(() => ServiceType, { nullable: true })
  serviceType(@Root() s: Skill, @Ctx() ctx: Context) {
    return ctx.loaders.ref(ServiceType, s.serviceTypeId);
  }
}
