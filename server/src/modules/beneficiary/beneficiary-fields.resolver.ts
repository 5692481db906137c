import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { maskAddress, maskBirthDate, maskIdNumber, maskPhone } from '../../common/mask';
import { Region } from '../region/region.entity';
import { ServiceStation } from '../service-station/service-station.entity';
import { ServiceType } from '../service-type/service-type.entity';
import { Beneficiary } from './beneficiary.entity';
import { Household } from './household.entity';

@Resolver(() => Beneficiary)
export class BeneficiaryFieldsResolver {
  @Authorized(Permission.READ_PERSONAL_DATA_MASKED)
  @FieldResolver(() => String, { description: 'Identity number, masked.' })
  idNumber(@Root() b: Beneficiary) {
    return maskIdNumber(b.idNumber);
  }

  @Authorized(Permission.READ_PERSONAL_DATA_MASKED)
  @FieldResolver(() => String, { description: 'Disability certificate number, masked.' })
  certificateNumber(@Root() b: Beneficiary) {
    return maskIdNumber(b.certificateNumber);
  }

  @Authorized(Permission.READ_PERSONAL_DATA_MASKED)
  @FieldResolver(() => String, { description: 'Birth date, masked to the year.' })
  birthDate(@Root() b: Beneficiary) {
    return maskBirthDate(b.birthDate);
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
