import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, Info, Resolver, Root, Float, Int } from 'type-graphql';
import type { Context } from '../../context/context';
import { VolunteerViewerCan } from './volunteer.inputs';
import { mayChange } from '../../auth/write-policy';
import { Permission } from '../../auth/permissions';
import { nestedFirst } from '../../common/pagination';
import { maskBirthDate, maskIdNumber, maskPhone } from '../../common/mask';
import { Region } from '../region/region.entity';
import { Organisation } from '../organisation/organisation.entity';
import { VolunteerTeam } from '../volunteer-team/volunteer-team.entity';
import { ServiceStation } from '../service-station/service-station.entity';
import { TrainingAttendance } from '../training/training-attendance.entity';
import { RegionService } from '../region/region.service';
import { starLevel } from './star-level';
import { AvailabilitySlot, Volunteer, VolunteerStatus } from './volunteer.entity';
import { Skill } from '../skill/skill.entity';
import { declarePlanned } from '../../context/planner';
import { declareReads } from '../../context/selection';

// The read planner may fetch these with the volunteer (context/planner.ts).
declarePlanned(Volunteer, {
  organisation: { kind: 'one', child: () => Organisation, foreignKey: 'organisationId' },
  homeRegion: { kind: 'one', child: () => Region, foreignKey: 'homeRegionId' },
  skills: { kind: 'ids', child: () => Skill, ids: 'skillIds' },
  preferredDistricts: { kind: 'ids', child: () => Region, ids: 'preferredDistrictIds' },
});
// What the computed fields read (see context/selection.ts); the masked ones read their own column.
declareReads(Volunteer, {
  idNumber: ['idNumber'],
  phone: ['phone'],
  birthDate: ['birthDate'],
  guardianPhone: ['guardianPhone'],
  skills: ['skillIds'],
  availability: ['availability'],
  preferredDistricts: ['preferredDistrictIds'],
  verifiedHours: ['verifiedMinutes'],
  starLevel: ['verifiedMinutes', 'homeRegionId'],
  trainingRecord: [],
});

@Resolver(() => Volunteer)
export class VolunteerFieldsResolver {
  private readonly regions = new RegionService();

  @Authorized(Permission.READ_PERSONAL_DATA_MASKED)
  @FieldResolver(() => String, { description: 'Identity number, masked.' })
  idNumber(@Root() v: Volunteer) {
    return maskIdNumber(v.idNumber);
  }

  @Authorized(Permission.READ_PERSONAL_DATA_MASKED)
  @FieldResolver(() => String, { description: 'Mobile number, masked.' })
  phone(@Root() v: Volunteer) {
    return maskPhone(v.phone);
  }

  @Authorized(Permission.READ_PERSONAL_DATA_MASKED)
  @FieldResolver(() => String, { description: 'Birth date, masked to the year.' })
  birthDate(@Root() v: Volunteer) {
    return maskBirthDate(v.birthDate);
  }

  @Authorized(Permission.READ_PERSONAL_DATA_MASKED)
  @FieldResolver(() => String, { nullable: true, description: "A minor's guardian's mobile, masked." })
  guardianPhone(@Root() v: Volunteer) {
    return v.guardianPhone && maskPhone(v.guardianPhone);
  }

  @FieldResolver(() => [Skill], { description: "Skills from the city's list." })
  async skills(@Root() v: Volunteer, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const planned = ctx.loaders.planned<Skill[]>(v, info);
    if (planned) return planned;
    const rows = await ctx.loaders.one(Skill).loadMany(v.skillIds);
    return rows.filter((r): r is Skill => !!r && !(r instanceof Error));
  }

  @FieldResolver(() => [AvailabilitySlot], { description: 'Weekly availability, city time.' })
  availability(@Root() v: Volunteer) {
    return v.availability;
  }

  @FieldResolver(() => [Region], { description: 'Districts preferred besides home.' })
  async preferredDistricts(@Root() v: Volunteer, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const planned = ctx.loaders.planned<Region[]>(v, info);
    if (planned) return planned;
    const rows = await ctx.loaders.one(Region).loadMany(v.preferredDistrictIds);
    return rows.filter((r): r is Region => !!r && !(r instanceof Error));
  }

  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() v: Volunteer, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders.related(v, Organisation, v.organisationId, info);
  }

  @FieldResolver(() => VolunteerTeam, { nullable: true })
  team(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return ctx.loaders.ref(VolunteerTeam, v.teamId);
  }

  @FieldResolver(() => ServiceStation, { nullable: true })
  station(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return ctx.loaders.ref(ServiceStation, v.stationId);
  }

  @FieldResolver(() => Region)
  homeRegion(@Root() v: Volunteer, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders.related(v, Region, v.homeRegionId, info);
  }

  @FieldResolver(() => Float, { description: 'Verified service hours.' })
  verifiedHours(@Root() v: Volunteer) {
    return Math.round((Number(v.verifiedMinutes) / 60) * 10) / 10;
  }

  @FieldResolver(() => Int, {
    description: 'Star level 0–5 by verified hours, on the thresholds of the volunteer’s jurisdiction.',
  })
  async starLevel(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return starLevel(Number(v.verifiedMinutes), await this.regions.starThresholds(ctx, v.homeRegionId));
  }

  @Authorized(Permission.READ_TRAINING)
  @FieldResolver(() => [TrainingAttendance], {
    description: 'Training sessions enrolled in, with attendance; first `first` by id.',
  })
  trainingRecord(
    @Root() v: Volunteer,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
  ) {
    return ctx.loaders.many(TrainingAttendance, 'volunteerId', nestedFirst(first)).load(v.id);
  }

  @FieldResolver(() => VolunteerViewerCan)
  async viewerCan(@Root() v: Volunteer, @Ctx() ctx: Context): Promise<VolunteerViewerCan> {
    const edit = await mayChange(ctx, Volunteer, Permission.MANAGE_VOLUNTEERS, v.id);
    return {
      edit,
      approve: edit && v.status === VolunteerStatus.PENDING,
      suspend: edit && v.status === VolunteerStatus.ACTIVE,
    };
  }
}
