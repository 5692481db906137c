// Service requests from the public form or filed by coordinators, and their way through the queue:
// OPEN → ASSIGNED → DONE (see ServiceRequestCompletion) or CANCELLED. Each write has its audit entry.
import { scopedQuery } from '../../context/scoped-query';
import type { Context } from '../../context/context';
import { paginate, sortOf, type PageArgs } from '../../common/pagination';
import { whereBetween, whereEquals, whereInRegionSubtree } from '../../common/filters';
import { dbId } from '../../common/node';
import { Permission } from '../../auth/permissions';
import { changeable, lockToChange, mayPlace } from '../../auth/write-policy';
import { fieldError, keyedError, Problems } from '../../common/errors';
import { invalidState } from '../../common/state-machine';
import { MOBILE_NUMBER } from '../../common/identity';
import type { MessageKey } from '../../common/messages';
import { createOnce } from '../../common/write';
import { allocateReference } from '../../common/reference';
import { receiptStation } from '../submission/submission.service';
import { AuditService } from '../audit/audit.service';
import { notify, NotificationKind } from '../notification';
import { stationCoordinators } from '../notification/recipients';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { Household } from '../beneficiary/household.entity';
import { Region, RegionLevel } from '../region/region.entity';
import { ServiceStation } from '../service-station/service-station.entity';
import { ServiceType } from '../service-type/service-type.entity';
import { Volunteer, VolunteerStatus } from '../volunteer/volunteer.entity';
import { ServiceRequest, ServiceRequestStatus } from './service-request.entity';
import type {
  ServiceRequestFilter,
  CreateServiceRequestInput,
  ServiceRequestReceipt,
  SubmitServiceRequestInput,
} from './service-request.inputs';
import { serviceRequestOrderKeys, type ServiceRequestOrder } from './service-request.inputs';

/** Mobile numbers: 11 digits starting with 1 (people type spaces and dashes; those are dropped). */
const normalisePhone = (value: string) => value.replace(/[\s-]/g, '');

/** The public form needs no login: one number may file this many requests a day before being asked to call. */
export const PUBLIC_REQUESTS_PER_PHONE_PER_DAY = 5;

export const invalidTransition = (status: ServiceRequestStatus) => invalidState(status, 'status');

interface Place {
  stationId: string | null;
  regionId: string;
  regionPath: string;
}

export class ServiceRequestService {
  private readonly audit = new AuditService();

  list(ctx: Context, f: ServiceRequestFilter = {}, page: PageArgs, orderBy?: ServiceRequestOrder) {
    const qb = scopedQuery(ctx, ServiceRequest, 'r');
    whereInRegionSubtree(qb, 'r.regionId', f.regionId && dbId(f.regionId, 'Region', 'filter.regionId'));
    whereEquals(qb, 'r.stationId', f.stationId && dbId(f.stationId, 'ServiceStation', 'filter.stationId'));
    whereEquals(qb, 'r.serviceTypeId', f.serviceTypeId && dbId(f.serviceTypeId, 'ServiceType', 'filter.serviceTypeId'));
    if (f.statuses?.length) qb.andWhere('r.status IN (:...statuses)', { statuses: f.statuses });
    whereBetween(qb, 'r.createdAt', f.from, f.to);
    return paginate(qb, page, sortOf(serviceRequestOrderKeys, orderBy));
  }

  async submit(ctx: Context, input: SubmitServiceRequestInput): Promise<ServiceRequestReceipt> {
    const p = new Problems();
    const requesterName = input.requesterName.trim();
    p.check(!requesterName, 'requesterName', 'required');
    const phone = normalisePhone(input.phone);
    p.check(!MOBILE_NUMBER.test(phone), 'phone', 'phoneInvalid');
    const description = input.description.trim();
    p.check(!description, 'description', 'required');
    const place = await this.place(
      ctx,
      input.stationId ? dbId(input.stationId, 'ServiceStation', 'stationId') : null,
      input.regionId ? dbId(input.regionId, 'Region', 'regionId') : null,
      p,
    );
    await this.checkServiceType(ctx, input.serviceTypeId, p);
    p.throwIfAny();

    const { idempotencyKey, ...fingerprint } = input;
    const request = await createOnce(
      ctx,
      'submitServiceRequest',
      idempotencyKey,
      fingerprint,
      ServiceRequest,
      async (m) => {
        const now = ctx.now();
        const [{ n }] = await m.query<Array<{ n: number }>>(
          `SELECT count(*)::int AS n FROM service_request WHERE phone = $1 AND created_at > $2::timestamptz - interval '1 day'`,
          [phone, now.toISOString()],
        );
        if (n >= PUBLIC_REQUESTS_PER_PHONE_PER_DAY)
          throw keyedError('TOO_MANY_ATTEMPTS', 'tooManyRequests', {}, { field: 'phone' });
        const row = await m.save(
          m.create(ServiceRequest, {
            requesterName,
            phone,
            reference: await allocateReference(m),
            description,
            callbackRequested: input.callbackRequested,
            stationId: place!.stationId,
            regionId: place!.regionId,
            serviceTypeId: dbId(input.serviceTypeId, 'ServiceType', 'serviceTypeId'),
            createdAt: now,
          }),
        );
        await this.audit.write(ctx, m, {
          action: 'SUBMIT_SERVICE_REQUEST',
          recordType: 'ServiceRequest',
          recordId: row.id,
          actorId: ctx.viewer?.accountId ?? null,
          after: {
            requesterName,
            phone,
            stationId: row.stationId,
            regionId: row.regionId,
            serviceTypeId: row.serviceTypeId,
            callbackRequested: row.callbackRequested,
            reference: row.reference,
          },
          regionId: row.regionId,
        });
        return row;
      },
    );
    return {
      reference: request.reference!,
      station: await receiptStation(ctx.db.manager, request.stationId, request.regionId),
      status: request.status,
      createdAt: request.createdAt,
    };
  }

  /** A coordinator (or region admin) files a request for a beneficiary they look after. */
  async create(ctx: Context, input: CreateServiceRequestInput): Promise<ServiceRequest> {
    const p = new Problems();
    const beneficiaryId = dbId(input.beneficiaryId, 'Beneficiary', 'beneficiaryId');
    const beneficiary = await changeable(ctx, ctx.db.manager, Beneficiary, 'b', Permission.MANAGE_SERVICE_REQUESTS)
      .andWhere('b.id = :id', { id: beneficiaryId })
      .getOne();
    p.check(!beneficiary, 'beneficiaryId', 'notFound');
    const description = input.description.trim();
    p.check(!description, 'description', 'required');
    let phone = input.phone ? normalisePhone(input.phone) : null;
    if (phone) p.check(!MOBILE_NUMBER.test(phone), 'phone', 'phoneInvalid');
    await this.checkServiceType(ctx, input.serviceTypeId, p);
    if (!beneficiary) p.throwIfAny();

    phone ??=
      beneficiary!.phone ??
      (beneficiary!.householdId
        ? ((await ctx.db.getRepository(Household).findOneBy({ id: beneficiary!.householdId }))?.phone ?? null)
        : null);
    p.check(!phone, 'phone', 'required');
    const stationId = input.stationId ? dbId(input.stationId, 'ServiceStation', 'stationId') : beneficiary!.stationId;
    const place = await this.place(ctx, stationId, stationId ? null : beneficiary!.regionId, p);
    if (
      place &&
      !mayPlace(ctx, Permission.MANAGE_SERVICE_REQUESTS, { stationId: place.stationId, regionPath: place.regionPath })
    ) {
      p.add('stationId', 'forbidden');
    }
    p.throwIfAny();

    const requesterName = input.requesterName?.trim() || beneficiary!.realName;
    const { idempotencyKey, ...fingerprint } = input;
    return createOnce(ctx, 'createServiceRequest', idempotencyKey, fingerprint, ServiceRequest, async (m) => {
      const row = await m.save(
        m.create(ServiceRequest, {
          requesterName,
          phone: phone!,
          description,
          callbackRequested: input.callbackRequested,
          beneficiaryId,
          stationId: place!.stationId,
          regionId: place!.regionId,
          serviceTypeId: dbId(input.serviceTypeId, 'ServiceType', 'serviceTypeId'),
          createdAt: ctx.now(),
        }),
      );
      await this.audit.write(ctx, m, {
        action: 'CREATE_SERVICE_REQUEST',
        recordType: 'ServiceRequest',
        recordId: row.id,
        after: { beneficiaryId, requesterName, phone, stationId: row.stationId, serviceTypeId: row.serviceTypeId },
        regionId: row.regionId,
      });
      return row;
    });
  }

  /** OPEN or ASSIGNED → ASSIGNED: (re)assigns an active volunteer the coordinator can see. */
  assign(ctx: Context, id: string, version: number, volunteerGlobalId: string): Promise<ServiceRequest> {
    const requestId = dbId(id, 'ServiceRequest', 'id');
    const volunteerId = dbId(volunteerGlobalId, 'Volunteer', 'volunteerId');
    return ctx.db.transaction(async (m) => {
      const request = await lockToChange(
        ctx,
        m,
        ServiceRequest,
        requestId,
        Permission.MANAGE_SERVICE_REQUESTS,
        version,
      );
      if (![ServiceRequestStatus.OPEN, ServiceRequestStatus.ASSIGNED].includes(request.status))
        throw invalidTransition(request.status);
      const volunteer = await scopedQuery(ctx, Volunteer, 'v')
        .andWhere('v.id = :volunteerId', { volunteerId })
        .getOne();
      if (!volunteer) throw fieldError('volunteerId', 'notFound');
      if (volunteer.status !== VolunteerStatus.ACTIVE) throw fieldError('volunteerId', 'volunteerNotActive');
      const changes = { status: ServiceRequestStatus.ASSIGNED, assignedVolunteerId: volunteerId };
      await m.update(ServiceRequest, { id: requestId }, changes);
      await this.audit.write(ctx, m, {
        action: 'ASSIGN_SERVICE_REQUEST',
        recordType: 'ServiceRequest',
        recordId: requestId,
        before: { status: request.status, assignedVolunteerId: request.assignedVolunteerId },
        after: changes,
        regionId: request.regionId,
      });
      // The volunteer learns of the task; the station's coordinators, of who has it.
      const facts = { description: request.description, volunteer: volunteer.realName };
      await notify(m, { volunteerId }, NotificationKind.SERVICE_REQUEST_ASSIGNED, { description: request.description });
      for (const account of await stationCoordinators(m, request.stationId))
        if (account !== ctx.viewer?.accountId)
          await notify(m, account, NotificationKind.STATION_REQUEST_ASSIGNED, facts);
      return m.findOneByOrFail(ServiceRequest, { id: requestId });
    });
  }

  /** OPEN or ASSIGNED → CANCELLED, with the reason kept as the closing note. */
  cancel(ctx: Context, id: string, version: number, reason: string): Promise<ServiceRequest> {
    const requestId = dbId(id, 'ServiceRequest', 'id');
    const why = reason.trim();
    if (!why) throw fieldError('reason', 'reasonRequired');
    return ctx.db.transaction(async (m) => {
      const request = await lockToChange(
        ctx,
        m,
        ServiceRequest,
        requestId,
        Permission.MANAGE_SERVICE_REQUESTS,
        version,
      );
      if (![ServiceRequestStatus.OPEN, ServiceRequestStatus.ASSIGNED].includes(request.status))
        throw invalidTransition(request.status);
      await m.update(ServiceRequest, { id: requestId }, { status: ServiceRequestStatus.CANCELLED, closingNote: why });
      await this.audit.write(ctx, m, {
        action: 'CANCEL_SERVICE_REQUEST',
        recordType: 'ServiceRequest',
        recordId: requestId,
        reason: why,
        before: { status: request.status },
        after: { status: ServiceRequestStatus.CANCELLED },
        regionId: request.regionId,
      });
      return m.findOneByOrFail(ServiceRequest, { id: requestId });
    });
  }

  /** Where a request is queued: a station (and its community), or a district, subdistrict or community. */
  private async place(
    ctx: Context,
    stationId: string | null,
    regionId: string | null,
    p: Problems,
  ): Promise<Place | null> {
    const problem = (field: string, key: MessageKey) => {
      p.add(field, key);
      return null;
    };
    if (stationId) {
      const station = await ctx.db.getRepository(ServiceStation).findOneBy({ id: stationId });
      if (!station) return problem('stationId', 'notFound');
      const region = await ctx.db.getRepository(Region).findOneByOrFail({ id: station.regionId });
      return { stationId: station.id, regionId: region.id, regionPath: region.path };
    }
    if (!regionId) return problem('stationId', 'requestPlaceRequired');
    const region = await ctx.db.getRepository(Region).findOneBy({ id: regionId });
    if (!region) return problem('regionId', 'notFound');
    if (region.level === RegionLevel.CITY) return problem('regionId', 'regionTooBroad');
    return { stationId: null, regionId: region.id, regionPath: region.path };
  }

  private async checkServiceType(ctx: Context, globalId: string, p: Problems) {
    const id = dbId(globalId, 'ServiceType', 'serviceTypeId');
    p.check(!(await ctx.db.getRepository(ServiceType).existsBy({ id })), 'serviceTypeId', 'notFound');
  }
}
