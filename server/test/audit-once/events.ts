// Events, sign-ups and attendance, verified hours and their corrections, and service requests: one
// valid invocation each, on the known world, with the clock moved through an event of alpha's at
// the known station (E, 2026-06-10 09:00–12:00 local). Two more events of alpha's (E2, E3) and a
// sign-up and a check-in on E3 are made with SQL.
import type { AuditPart } from '../helpers/audit-once';

const at = (iso: string) => new Date(iso);

export const eventsAndRequests: AuditPart = {
  async prepare(c) {
    c.clock.now = at('2026-06-01T02:00:00Z');
    const [type] = await c.sql<{ id: string }>(`SELECT id::text FROM service_type ORDER BY id LIMIT 1`);
    c.made.serviceType = type.id;
    const event = async (title: string, day: string) =>
      (
        await c.sql<{ id: string }>(
          `INSERT INTO service_event (title, station_id, service_type_id, organiser_id, region_id, place, starts_at, ends_at, capacity, status)
           VALUES ($1, $2, $3, $4, $5, '已知路 3 号', $6::date + time '01:00' AT TIME ZONE 'UTC', $6::date + time '04:00' AT TIME ZONE 'UTC', 10, 'OPEN')
           RETURNING id::text`,
          [title, c.w.station, type.id, c.w.org.alpha, c.w.region.northA, day],
        )
      )[0].id;
    c.made.e2 = await event('审计活动二', '2026-06-11');
    c.made.e3 = await event('审计活动三', '2026-06-12');
    const [signedUp] = await c.sql<{ id: string }>(
      `INSERT INTO participation (event_id, volunteer_id, status) VALUES ($1, $2, 'SIGNED_UP') RETURNING id::text`,
      [c.made.e3, c.w.volunteer.a2],
    );
    c.made.signedUp = c.g('Participation', signedUp.id);
    const [checkedIn] = await c.sql<{ id: string }>(
      `INSERT INTO participation (event_id, volunteer_id, status, check_in_at)
       VALUES ($1, $2, 'CHECKED_IN', '2026-06-12T01:00:00Z') RETURNING id::text`,
      [c.made.e3, c.w.volunteer.b1],
    );
    c.made.checkedIn = c.g('Participation', checkedIn.id);
  },
  build: (c) => {
    const version = (gid: string) => c.versionOf('participation', c.rawId(gid));
    return {
      createServiceEvent: () =>
        c.alpha.raw(`mutation($i: CreateServiceEventInput!) { createServiceEvent(input: $i) { id } }`, {
          i: {
            title: '审计活动一',
            stationId: c.g('ServiceStation', c.w.station),
            serviceTypeId: c.g('ServiceType', c.made.serviceType),
            place: '已知路 3 号',
            startsAt: '2026-06-10T01:00:00Z',
            endsAt: '2026-06-10T04:00:00Z',
            capacity: 5,
          },
        }),
      signUpForEvent: () =>
        c.a1.raw(`mutation($e: ID!) { signUpForEvent(eventId: $e) { id } }`, { e: c.made.createServiceEvent }),
      enrolVolunteerInEvent: () =>
        c.alpha.raw(`mutation($e: ID!, $v: ID!) { enrolVolunteerInEvent(eventId: $e, volunteerId: $v) { id } }`, {
          e: c.made.createServiceEvent,
          v: c.g('Volunteer', c.w.volunteer.a2),
        }),
      cancelSignUp: async () =>
        c.alpha.raw(`mutation($p: ID!, $v: Int!) { cancelSignUp(participationId: $p, version: $v) { id } }`, {
          p: c.made.signedUp,
          v: await version(c.made.signedUp),
        }),
      inviteVolunteerToEvent: () =>
        c.alpha.raw(`mutation($e: ID!, $v: ID!) { inviteVolunteerToEvent(eventId: $e, volunteerId: $v) { id } }`, {
          e: c.g('ServiceEvent', c.made.e2),
          v: c.g('Volunteer', c.w.volunteer.a1),
        }),
      respondToEventInvitation: () =>
        c.a1.raw(`mutation($i: ID!) { respondToEventInvitation(invitationId: $i, version: 1, accept: true) { id } }`, {
          i: c.made.inviteVolunteerToEvent,
        }),
      issueEventCode: async () => {
        c.clock.now = at('2026-06-10T00:58:00Z');
        const res = await c.alpha.raw(`mutation($e: ID!) { issueEventCode(eventId: $e) { code } }`, {
          e: c.made.createServiceEvent,
        });
        c.made.code = (res.data as { issueEventCode?: { code: string } } | null)?.issueEventCode?.code ?? '';
        return res;
      },
      checkInWithCode: () =>
        c.a1.raw(`mutation($e: ID!, $c: String!) { checkInWithCode(eventId: $e, code: $c) { id } }`, {
          e: c.made.createServiceEvent,
          c: c.made.code,
        }),
      checkIn: async () =>
        c.alpha.raw(`mutation($p: ID!, $v: Int!) { checkIn(participationId: $p, version: $v) { id } }`, {
          p: c.made.enrolVolunteerInEvent,
          v: await version(c.made.enrolVolunteerInEvent),
        }),
      checkOutWithCode: () => {
        c.clock.now = at('2026-06-10T01:10:00Z');
        return c.a1.raw(`mutation($e: ID!, $c: String!) { checkOutWithCode(eventId: $e, code: $c) { id } }`, {
          e: c.made.createServiceEvent,
          c: c.made.code,
        });
      },
      checkOut: async () => {
        c.clock.now = at('2026-06-10T03:50:00Z');
        return c.alpha.raw(`mutation($p: ID!, $v: Int!) { checkOut(participationId: $p, version: $v) { id } }`, {
          p: c.made.enrolVolunteerInEvent,
          v: await version(c.made.enrolVolunteerInEvent),
        });
      },
      recordPersonTimesServed: async () =>
        c.alpha.raw(
          `mutation($p: ID!, $v: Int!) { recordPersonTimesServed(participationId: $p, version: $v, count: 3) { id } }`,
          { p: c.made.enrolVolunteerInEvent, v: await version(c.made.enrolVolunteerInEvent) },
        ),
      verifyHours: () => {
        c.clock.now = at('2026-06-10T05:00:00Z');
        return c.alpha.raw(`mutation($ids: [ID!]!) { verifyHours(participationIds: $ids) { id } }`, {
          ids: [c.made.signUpForEvent],
        });
      },
      requestHourCorrection: () =>
        c.a1.raw(`mutation($i: HourCorrectionRequestInput!) { requestHourCorrection(input: $i) { id } }`, {
          i: { participationId: c.made.signUpForEvent, requestedMinutes: 150, reason: '扫码签退失败，实际服务到中午' },
        }),
      resolveHourCorrection: () =>
        c.alpha.raw(`mutation($id: ID!) { resolveHourCorrection(id: $id, version: 1, approve: true) { id } }`, {
          id: c.made.requestHourCorrection,
        }),
      undoCheckIn: async () => {
        c.clock.now = at('2026-06-12T01:30:00Z');
        return c.alpha.raw(
          `mutation($p: ID!, $v: Int!) { undoCheckIn(participationId: $p, version: $v, reason: "误签到") { id } }`,
          { p: c.made.checkedIn, v: await version(c.made.checkedIn) },
        );
      },
      closeServiceEvent: async () =>
        c.alpha.raw(`mutation($id: ID!, $v: Int!) { closeServiceEvent(id: $id, version: $v) { id } }`, {
          id: c.made.createServiceEvent,
          v: await c.versionOf('service_event', c.rawId(c.made.createServiceEvent)),
        }),
      createServiceRequest: () =>
        c.station.raw(`mutation($i: CreateServiceRequestInput!) { createServiceRequest(input: $i) { id } }`, {
          i: {
            beneficiaryId: c.g('Beneficiary', c.w.beneficiary.x1),
            serviceTypeId: c.g('ServiceType', c.made.serviceType),
            stationId: c.g('ServiceStation', c.w.station),
            description: '需要陪同复诊',
          },
        }),
      assignServiceRequest: () =>
        c.station.raw(
          `mutation($id: ID!, $v: ID!) { assignServiceRequest(id: $id, version: 1, volunteerId: $v) { id } }`,
          { id: c.made.createServiceRequest, v: c.g('Volunteer', c.w.volunteer.a1) },
        ),
      completeServiceRequest: () =>
        c.station.raw(`mutation($id: ID!) { completeServiceRequest(id: $id, version: 2, minutes: 60) { id } }`, {
          id: c.made.createServiceRequest,
        }),
      submitServiceRequest: () =>
        c.server.raw(`mutation($i: SubmitServiceRequestInput!) { submitServiceRequest(input: $i) { reference } }`, {
          i: {
            requesterName: '王女士',
            phone: '13700001234',
            description: '家中轮椅需要维修',
            serviceTypeId: c.g('ServiceType', c.made.serviceType),
            stationId: c.g('ServiceStation', c.w.station),
          },
        }),
      cancelServiceRequest: async () => {
        const [r] = await c.sql<{ id: string; version: number }>(
          `SELECT id::text, version FROM service_request WHERE station_id = $1 ORDER BY id DESC LIMIT 1`,
          [c.w.station],
        );
        return c.station.raw(
          `mutation($id: ID!, $v: Int!) { cancelServiceRequest(id: $id, version: $v, reason: "已电话解决") { id } }`,
          { id: c.g('ServiceRequest', r.id), v: r.version },
        );
      },
    };
  },
};
