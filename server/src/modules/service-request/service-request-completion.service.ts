// ASSIGNED → DONE: the service given is recorded as a one-person event with the volunteer's
// participation, verified by the coordinator, so it counts in hours, stars and statistics like any other.
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { lockToChange } from '../../auth/write-policy';
import { fieldError } from '../../common/errors';
import { dbId } from '../../common/node';
import { AuditService } from '../audit/audit.service';
import { federationBranchOf } from '../pairing/pairing-parties';
import { Region } from '../region/region.entity';
import { EventOrigin, EventStatus, ServiceEvent } from '../service-event/service-event.entity';
import { Participation, ParticipationStatus } from '../service-event/participation.entity';
import { ServiceStation } from '../service-station/service-station.entity';
import { ServiceType } from '../service-type/service-type.entity';
import { Volunteer } from '../volunteer/volunteer.entity';
import { ServiceRequest, ServiceRequestStatus } from './service-request.entity';
import { invalidTransition } from './service-request.service';

export interface Completion {
  minutes: number;
  personTimesServed?: number | null;
  note?: string | null;
}

export class ServiceRequestCompletionService {
  private readonly audit = new AuditService();

  complete(ctx: Context, id: string, version: number, c: Completion): Promise<ServiceRequest> {
    const requestId = dbId(id, 'ServiceRequest', 'id');
    return ctx.db.transaction(async (m) => {
      const request = await lockToChange(
        ctx,
        m,
        ServiceRequest,
        requestId,
        Permission.MANAGE_SERVICE_REQUESTS,
        version,
      );
      if (request.status === ServiceRequestStatus.OPEN) throw fieldError('volunteerId', 'volunteerRequired');
      if (request.status !== ServiceRequestStatus.ASSIGNED || !request.assignedVolunteerId)
        throw invalidTransition(request.status);
      // One connection per transaction: these reads go one after another.
      const volunteer = await m.findOneByOrFail(Volunteer, { id: request.assignedVolunteerId });
      const station = request.stationId ? await m.findOneBy(ServiceStation, { id: request.stationId }) : null;
      const serviceType = await m.findOneByOrFail(ServiceType, { id: request.serviceTypeId });
      const region = await m.findOneByOrFail(Region, { id: request.regionId });
      // The hours belong to whoever runs the service locally: the station's organisation, else the
      // volunteer's, else the federation branch of the place.
      const organiserId =
        station?.organisationId ?? volunteer.organisationId ?? (await federationBranchOf(m, request.regionId));
      if (!organiserId) throw fieldError('stationId', 'requestPlaceRequired');
      const endsAt = ctx.now();
      const startsAt = new Date(endsAt.getTime() - c.minutes * 60_000);
      const personTimesServed = c.personTimesServed ?? 1;
      const event = await m.save(
        m.create(ServiceEvent, {
          title: `服务需求：${serviceType.name}`,
          stationId: request.stationId,
          serviceTypeId: request.serviceTypeId,
          organiserId,
          regionId: request.regionId,
          place: station?.address ?? region.name,
          startsAt,
          endsAt,
          capacity: 1,
          status: EventStatus.CLOSED,
          origin: EventOrigin.SERVICE_REQUEST,
          personTimesServed,
        }),
      );
      const participation = await m.save(
        m.create(Participation, {
          eventId: event.id,
          volunteerId: volunteer.id,
          status: ParticipationStatus.COMPLETED,
          checkInAt: startsAt,
          checkOutAt: endsAt,
          minutes: c.minutes,
          presentMinutes: c.minutes,
          personTimesServed,
          verifiedById: ctx.viewer!.accountId,
          verifiedAt: endsAt,
        }),
      );
      const closingNote = c.note?.trim() || null;
      const changes = { status: ServiceRequestStatus.DONE, participationId: participation.id, closingNote };
      await m.update(ServiceRequest, { id: requestId }, changes);
      await this.audit.write(ctx, m, {
        action: 'COMPLETE_SERVICE_REQUEST',
        recordType: 'ServiceRequest',
        recordId: requestId,
        before: { status: request.status },
        after: { ...changes, eventId: event.id, volunteerId: volunteer.id, minutes: c.minutes, personTimesServed },
        regionId: request.regionId,
      });
      return m.findOneByOrFail(ServiceRequest, { id: requestId });
    });
  }
}
