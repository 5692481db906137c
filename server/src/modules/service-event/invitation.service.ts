// Invitations of suggested volunteers to an event: whoever runs the event invites, the volunteer
// accepts (which is signing up, with every rule of a sign-up) or declines. Each change audited.
import type { Context } from '../../context/context';
import { scopedQuery } from '../../context/scoped-query';
import { paginate, type PageArgs } from '../../common/pagination';
import { dbId } from '../../common/node';
import { conflict, fieldError, forbidden } from '../../common/errors';
import { assertTransition } from '../../common/state-machine';
import { createOnce } from '../../common/write';
import { Permission } from '../../auth/permissions';
import { changeable, lockToChange, ownVolunteerId } from '../../auth/write-policy';
import { AuditService } from '../audit/audit.service';
import { Volunteer, VolunteerStatus } from '../volunteer/volunteer.entity';
import { EventInvitation, INVITATION_TRANSITIONS, InvitationStatus } from './event-invitation.entity';
import { EventStatus, ServiceEvent } from './service-event.entity';
import { lockManagedEvent } from './event-rules';
import { SignUpService } from './sign-up.service';
import type { Participation } from './participation.entity';
import type { EventInvitationFilter } from './invitation.types';

export class InvitationService {
  private readonly audit = new AuditService();
  private readonly signUps = new SignUpService();

  list(ctx: Context, f: EventInvitationFilter, page: PageArgs) {
    const qb = scopedQuery(ctx, EventInvitation, 'i');
    if (f.eventId) qb.andWhere('i.eventId = :eventId', { eventId: dbId(f.eventId, 'ServiceEvent', 'filter.eventId') });
    if (f.statuses?.length) qb.andWhere('i.status IN (:...statuses)', { statuses: f.statuses });
    return paginate(qb, page);
  }

  async invite(
    ctx: Context,
    eventGlobalId: string,
    volunteerGlobalId: string,
    idempotencyKey?: string | null,
  ): Promise<EventInvitation> {
    const eventId = dbId(eventGlobalId, 'ServiceEvent', 'eventId');
    const volunteerId = dbId(volunteerGlobalId, 'Volunteer', 'volunteerId');
    return createOnce(
      ctx,
      'inviteVolunteerToEvent',
      idempotencyKey,
      { eventId, volunteerId },
      EventInvitation,
      async (m) => {
        const event = await lockManagedEvent(ctx, m, eventId);
        if (event.status !== EventStatus.OPEN || event.endsAt <= ctx.now()) throw fieldError('eventId', 'eventNotOpen');
        const volunteer = await changeable(ctx, m, Volunteer, 'v', Permission.MANAGE_EVENTS)
          .andWhere('v.id = :id', { id: volunteerId })
          .getOne();
        if (!volunteer) throw fieldError('volunteerId', 'notFound');
        if (volunteer.status !== VolunteerStatus.ACTIVE) throw fieldError('volunteerId', 'volunteerNotActive');
        if (await m.existsBy(EventInvitation, { eventId, volunteerId }))
          throw conflict('alreadyInvited', {}, { field: 'volunteerId' });
        const invitation = await m.save(m.create(EventInvitation, { eventId, volunteerId }));
        await this.audit.write(ctx, m, {
          action: 'INVITE_TO_EVENT',
          recordType: 'EventInvitation',
          recordId: invitation.id,
          regionId: event.regionId,
          after: { eventId, volunteerId, status: invitation.status },
        });
        return invitation;
      },
    );
  }

  /** The invited volunteer answers; accepting signs them up (or onto the waitlist when full). */
  async respond(ctx: Context, invitationGlobalId: string, version: number, accept: boolean): Promise<EventInvitation> {
    const own = ownVolunteerId(ctx);
    if (!own) throw forbidden();
    const id = dbId(invitationGlobalId, 'EventInvitation', 'invitationId');
    return ctx.db.transaction(async (m) => {
      const invitation = await lockToChange(ctx, m, EventInvitation, id, Permission.VOLUNTEER_SELF_SERVICE, version);
      const to = accept ? InvitationStatus.ACCEPTED : InvitationStatus.DECLINED;
      assertTransition(INVITATION_TRANSITIONS, invitation.status, to, 'invitationId');
      let participation: Participation | null = null;
      const event = await m.findOneByOrFail(ServiceEvent, { id: invitation.eventId });
      if (accept) {
        const locked = await lockToChange(ctx, m, ServiceEvent, invitation.eventId, Permission.VOLUNTEER_SELF_SERVICE);
        // The sign-up is part of this answer and recorded in its entry (signed up or waitlisted).
        participation = await this.signUps.signUp(ctx, m, locked, own, false);
      }
      const participationId = participation?.id ?? null;
      await m.update(EventInvitation, { id }, { status: to, respondedAt: ctx.now(), participationId });
      await this.audit.write(ctx, m, {
        action: accept ? 'ACCEPT_EVENT_INVITATION' : 'DECLINE_EVENT_INVITATION',
        recordType: 'EventInvitation',
        recordId: id,
        regionId: event.regionId,
        before: { status: invitation.status },
        after: { status: to, participationId, participationStatus: participation?.status ?? null },
      });
      return m.findOneByOrFail(EventInvitation, { id });
    });
  }
}
