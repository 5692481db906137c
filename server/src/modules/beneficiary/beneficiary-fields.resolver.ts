import { Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { maskAddress, maskBirthDate, maskIdNumber, maskPhone } from '../../common/mask';
import { Region } from '../region/region.entity';
import { ServiceStation } from '../service-station/service-station.entity';
import { ServiceType } from '../service-type/service-type.entity';
import { Beneficiary } from './beneficiary.entity';
import { Household } from './household.entity';
import { IDENTITY_ROLES } from './beneficiary.scope';

/**
 * Whether the viewer may see who beneficiary `id` is on paper: one of its roles in IDENTITY_ROLES
 * reaches the row (an account that is also a volunteer gets nothing more for being one). One
 * statement per request however many people a response shows.
 */
function identityVisible(ctx: Context, id: string): Promise<boolean> {
  const roles = (ctx.viewer?.roles ?? []).filter((g) => IDENTITY_ROLES.has(g.role));
  if (!roles.length) return Promise.resolve(false);
  return ctx.loaders
    .batch('beneficiaryIdentity', async (ids) => {
      const p = ctx.scope.predicateFor('Beneficiary', 'b', roles);
      const rows = await ctx.db.query<Array<{ id: string }>>(
        `SELECT b.id::text AS id FROM beneficiary b WHERE b.id = ANY($1::bigint[])${p ? ` AND (${p})` : ''}`,
        [[...ids]],
      );
      const found = new Set(rows.map((r) => r.id));
      return ids.map((i) => found.has(i));
    })
    .load(id);
}

/** The value when the viewer may see the person's identity fields, else null. */
async function ifIdentity<T>(ctx: Context, b: Beneficiary, value: () => T): Promise<T | null> {
  return (await identityVisible(ctx, b.id)) ? value() : null;
}

@Resolver(() => Beneficiary)
export class BeneficiaryFieldsResolver {
  @Authorized(Permission.READ_PERSONAL_DATA_MASKED)
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Identity number, masked; null when only a volunteer role reaches the person.',
  })
  idNumber(@Root() b: Beneficiary, @Ctx() ctx: Context) {
    return ifIdentity(ctx, b, () => maskIdNumber(b.idNumber));
  }

  @Authorized(Permission.READ_PERSONAL_DATA_MASKED)
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Disability certificate number, masked; null when only a volunteer role reaches the person.',
  })
  certificateNumber(@Root() b: Beneficiary, @Ctx() ctx: Context) {
    return ifIdentity(ctx, b, () => maskIdNumber(b.certificateNumber));
  }

  @Authorized(Permission.READ_PERSONAL_DATA_MASKED)
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Birth date, masked to the year; null when only a volunteer role reaches the person.',
  })
  birthDate(@Root() b: Beneficiary, @Ctx() ctx: Context) {
    return ifIdentity(ctx, b, () => maskBirthDate(b.birthDate));
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: '1 (most severe) to 4; null when only a volunteer role reaches the person.',
  })
  disabilityGrade(@Root() b: Beneficiary, @Ctx() ctx: Context) {
    return ifIdentity(ctx, b, () => b.disabilityGrade);
  }

  @Authorized(Permission.READ_PERSONAL_DATA_MASKED)
  @FieldResolver(() => String, { nullable: true, description: 'Phone, masked.' })
  phone(@Root() b: Beneficiary) {
    return maskPhone(b.phone);
  }

  @Authorized(Permission.READ_PERSONAL_DATA_MASKED)
  @FieldResolver(() => String, { nullable: true, description: 'Address, masked.' })
  address(@Root() b: Beneficiary) {
    return maskAddress(b.address);
  }

  @FieldResolver(() => Region)
  region(@Root() b: Beneficiary, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Region, b.regionId);
  }

  @FieldResolver(() => Household, { nullable: true })
  household(@Root() b: Beneficiary, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Household, b.householdId);
  }

  @FieldResolver(() => ServiceStation, { nullable: true })
  station(@Root() b: Beneficiary, @Ctx() ctx: Context) {
    return ctx.loaders.ref(ServiceStation, b.stationId);
  }

  @FieldResolver(() => [ServiceType], { description: 'Services this person needs.' })
  async needs(@Root() b: Beneficiary, @Ctx() ctx: Context) {
    const types = await ctx.loaders.one(ServiceType).loadMany(b.needServiceTypeIds ?? []);
    return types.filter((t): t is ServiceType => t instanceof ServiceType);
  }
}

@Resolver(() => Household)
export class HouseholdFieldsResolver {
  @Authorized(Permission.READ_PERSONAL_DATA_MASKED)
  @FieldResolver(() => String, { description: 'Address, masked.' })
  address(@Root() h: Household) {
    return maskAddress(h.address);
  }

  @Authorized(Permission.READ_PERSONAL_DATA_MASKED)
  @FieldResolver(() => String, { nullable: true, description: 'Phone, masked.' })
  phone(@Root() h: Household) {
    return maskPhone(h.phone);
  }

  @FieldResolver(() => Region)
  region(@Root() h: Household, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Region, h.regionId);
  }

  @FieldResolver(() => [Beneficiary], { description: 'Disabled members of the household.' })
  members(@Root() h: Household, @Ctx() ctx: Context) {
    return ctx.loaders.many(Beneficiary, 'householdId', 20).load(h.id);
  }
}
