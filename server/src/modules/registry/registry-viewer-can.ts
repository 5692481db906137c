// What the viewer may do with a registry entry now (organisations, teams, service types, skills;
// a station's answer is in service-station-fields.resolver.ts): the panel's row actions read these instead of guessing from permissions. Every answer is
// the write policy's own (auth/write-policy.ts), batched per request; the server enforces it anyway.
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { declareReads } from '../../context/selection';
import { Permission } from '../../auth/permissions';
import { mayChange } from '../../auth/write-policy';
import { Organisation } from '../organisation/organisation.entity';
import { VolunteerTeam } from '../volunteer-team/volunteer-team.entity';
import { ServiceStation } from '../service-station/service-station.entity';
import { ServiceType } from '../service-type/service-type.entity';
import { Skill } from '../skill/skill.entity';

// Only the id decides, except a station's board (its region and organisation); see context/selection.ts.
for (const e of [Organisation, VolunteerTeam, ServiceType, Skill]) declareReads(e, { viewerCan: [] });
declareReads(ServiceStation, { viewerCan: ['regionId', 'organisationId'] });

@ObjectType({ description: 'What the viewer may do with this registry entry now (the server enforces it).' })
export class RegistryViewerCan {
  @Field({ description: 'Edit its details.' })
  edit: boolean;

  @Field({ description: 'Suspend it (with a reason) or reinstate it.' })
  suspend: boolean;
}

@ObjectType({ description: 'What the viewer may do with this skill now (the server enforces it).' })
export class SkillViewerCan {
  @Field({ description: 'Rename, re-attach, retire or restore it.' })
  edit: boolean;
}

async function registryCan(
  ctx: Context,
  entity: typeof Organisation | typeof VolunteerTeam | typeof ServiceType,
  id: string,
): Promise<RegistryViewerCan> {
  const may = await mayChange(ctx, entity, Permission.MANAGE_REGISTRY, id);
  return { edit: may, suspend: may };
}

@Resolver(() => Organisation)
export class OrganisationViewerCanResolver {
  @FieldResolver(() => RegistryViewerCan)
  viewerCan(@Root() org: Organisation, @Ctx() ctx: Context) {
    return registryCan(ctx, Organisation, org.id);
  }
}

@Resolver(() => VolunteerTeam)
export class VolunteerTeamViewerCanResolver {
  @FieldResolver(() => RegistryViewerCan)
  viewerCan(@Root() team: VolunteerTeam, @Ctx() ctx: Context) {
    return registryCan(ctx, VolunteerTeam, team.id);
  }
}

@Resolver(() => ServiceType)
export class ServiceTypeViewerCanResolver {
  @FieldResolver(() => RegistryViewerCan)
  viewerCan(@Root() type: ServiceType, @Ctx() ctx: Context) {
    return registryCan(ctx, ServiceType, type.id);
  }
}

@Resolver(() => Skill)
export class SkillViewerCanResolver {
  @FieldResolver(() => SkillViewerCan)
  async viewerCan(@Root() skill: Skill, @Ctx() ctx: Context): Promise<SkillViewerCan> {
    return { edit: await mayChange(ctx, Skill, Permission.MANAGE_SKILLS, skill.id) };
  }
}
