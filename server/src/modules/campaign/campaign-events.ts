// What closing a campaign does to its events still DRAFT or OPEN: each closes or is cancelled as the
// lead chooses, with its sign-ups; what happened to each is recorded in the campaign's audit entry.
import { In, type EntityManager } from 'typeorm';
import { Participation, ParticipationStatus } from '../service-event/participation.entity';
import { EventStatus, ServiceEvent } from '../service-event/service-event.entity';
import type { Campaign } from './campaign.entity';
import { CampaignEventsOnClose } from './campaign.inputs';

export async function settleEvents(
  m: EntityManager,
  campaign: Campaign,
  choice: CampaignEventsOnClose,
): Promise<Array<Record<string, unknown>>> {
  const settled: Array<Record<string, unknown>> = [];
  // Events in id order, locked: the order every writer of events uses.
  const events = await m
    .getRepository(ServiceEvent)
    .createQueryBuilder('e')
    .where('e.campaignId = :id', { id: campaign.id })
    .andWhere('e.status IN (:...live)', { live: [EventStatus.DRAFT, EventStatus.OPEN] })
    .orderBy('e.id')
    .setLock('pessimistic_write')
    .getMany();
  for (const event of events) {
    const attended = await m.countBy(Participation, {
      eventId: event.id,
      status: In([ParticipationStatus.CHECKED_IN, ParticipationStatus.COMPLETED]),
    });
    const cancel = event.status === EventStatus.DRAFT || (choice === CampaignEventsOnClose.CANCEL && !attended);
    const to = cancel ? EventStatus.CANCELLED : EventStatus.CLOSED;
    const move = async (from: ParticipationStatus[], status: ParticipationStatus) =>
      (await m.update(Participation, { eventId: event.id, status: In(from) }, { status })).affected ?? 0;
    const after = cancel
      ? {
          cancelledSignUps: await move(
            [ParticipationStatus.SIGNED_UP, ParticipationStatus.WAITLISTED],
            ParticipationStatus.CANCELLED,
          ),
        }
      : {
          noShows: await move([ParticipationStatus.SIGNED_UP], ParticipationStatus.NO_SHOW),
          cancelledWaitlist: await move([ParticipationStatus.WAITLISTED], ParticipationStatus.CANCELLED),
        };
    await m.update(ServiceEvent, { id: event.id }, { status: to, checkCodeHash: null, checkCodeExpiresAt: null });
    settled.push({ eventId: event.id, from: event.status, to, ...after });
  }
  return settled;
}
