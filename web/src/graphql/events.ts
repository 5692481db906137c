// Service events: the list and calendar, one event with its sign-ups, and the steps that run an event
// (create, edit, cancel, close, enrol, check in and out, the event code, person-times, verification).
import { graphql } from './generated';

export const EventsDocument = graphql(`
  query Events($first: Int!, $after: String, $offset: Int, $filter: ServiceEventFilter) {
    serviceEvents(first: $first, after: $after, offset: $offset, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        status
        startsAt
        endsAt
        place
        capacity
        participantCount
        personTimesServed
        organiser {
          id
          name
        }
        serviceType {
          id
          name
          nameEn
        }
        region {
          id
          name
        }
        campaign {
          id
          name
        }
      }
    }
  }
`);

export const EventDetailDocument = graphql(`
  query EventDetail($id: ID!) {
    node(id: $id) {
      id
      ... on ServiceEvent {
        viewerCan {
          edit
          manageAttendance
        }
        title
        status
        origin
        startsAt
        endsAt
        place
        capacity
        attendanceShare
        adultsOnly
        requiredSkills {
          id
          name
        }
        participantCount
        personTimesServed
        verifiedHours
        version
        organiser {
          id
          name
        }
        serviceType {
          id
          name
          nameEn
        }
        region {
          id
          name
        }
        station {
          id
          name
        }
        campaign {
          id
          name
        }
      }
    }
  }
`);

export const EventParticipationsDocument = graphql(`
  query EventParticipations(
    $first: Int!
    $after: String
    $offset: Int
    $filter: ParticipationFilter
    $orderBy: ParticipationOrder
  ) {
    participations(first: $first, after: $after, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        status
        createdAt
        waitlistPosition
        attendanceMet
        minutes
        presentMinutes
        hours
        personTimesServed
        checkInAt
        checkOutAt
        verifiedAt
        version
        volunteer {
          id
          realName
        }
        event {
          id
          title
          startsAt
          endsAt
          status
        }
        corrections {
          id
          status
          requestedMinutes
        }
      }
    }
  }
`);

export const CreateServiceEventDocument = graphql(`
  mutation CreateServiceEvent($input: CreateServiceEventInput!) {
    createServiceEvent(input: $input) {
      id
      title
      status
      startsAt
      endsAt
      place
      capacity
      attendanceShare
      participantCount
      version
    }
  }
`);

export const UpdateServiceEventDocument = graphql(`
  mutation UpdateServiceEvent($id: ID!, $version: Int!, $input: UpdateServiceEventInput!) {
    updateServiceEvent(id: $id, version: $version, input: $input) {
      id
      title
      status
      startsAt
      endsAt
      place
      capacity
      attendanceShare
      participantCount
      version
      serviceType {
        id
        name
        nameEn
      }
    }
  }
`);

export const CancelServiceEventDocument = graphql(`
  mutation CancelServiceEvent($id: ID!, $version: Int!, $reason: String!) {
    cancelServiceEvent(id: $id, version: $version, reason: $reason) {
      id
      status
      participantCount
      version
    }
  }
`);

export const CloseServiceEventDocument = graphql(`
  mutation CloseServiceEvent($id: ID!, $version: Int!) {
    closeServiceEvent(id: $id, version: $version) {
      id
      status
      version
    }
  }
`);

export const SignUpForEventDocument = graphql(`
  mutation SignUpForEvent($eventId: ID!, $idempotencyKey: String) {
    signUpForEvent(eventId: $eventId, idempotencyKey: $idempotencyKey) {
      id
      status
      waitlistPosition
      version
    }
  }
`);

export const EnrolVolunteerInEventDocument = graphql(`
  mutation EnrolVolunteerInEvent($eventId: ID!, $volunteerId: ID!, $idempotencyKey: String) {
    enrolVolunteerInEvent(eventId: $eventId, volunteerId: $volunteerId, idempotencyKey: $idempotencyKey) {
      id
      status
      waitlistPosition
      version
      volunteer {
        id
        realName
      }
    }
  }
`);

export const CancelSignUpDocument = graphql(`
  mutation CancelSignUp($participationId: ID!, $version: Int!) {
    cancelSignUp(participationId: $participationId, version: $version) {
      id
      status
      waitlistPosition
      version
    }
  }
`);

export const CheckInDocument = graphql(`
  mutation CheckIn($participationId: ID!, $version: Int!, $at: DateTimeISO) {
    checkIn(participationId: $participationId, version: $version, at: $at) {
      id
      status
      checkInAt
      checkOutAt
      minutes
      presentMinutes
      hours
      attendanceMet
      personTimesServed
      verifiedAt
      version
    }
  }
`);

export const CheckOutDocument = graphql(`
  mutation CheckOut($participationId: ID!, $version: Int!, $at: DateTimeISO) {
    checkOut(participationId: $participationId, version: $version, at: $at) {
      id
      status
      checkInAt
      checkOutAt
      minutes
      presentMinutes
      hours
      attendanceMet
      personTimesServed
      verifiedAt
      version
    }
  }
`);

export const IssueEventCodeDocument = graphql(`
  mutation IssueEventCode($eventId: ID!) {
    issueEventCode(eventId: $eventId) {
      code
      expiresAt
    }
  }
`);

export const CheckInWithCodeDocument = graphql(`
  mutation CheckInWithCode($eventId: ID!, $code: String!) {
    checkInWithCode(eventId: $eventId, code: $code) {
      id
      status
      checkInAt
      checkOutAt
      minutes
      hours
      attendanceMet
      version
    }
  }
`);

export const CheckOutWithCodeDocument = graphql(`
  mutation CheckOutWithCode($eventId: ID!, $code: String!) {
    checkOutWithCode(eventId: $eventId, code: $code) {
      id
      status
      checkInAt
      checkOutAt
      minutes
      hours
      attendanceMet
      version
    }
  }
`);

export const RecordPersonTimesServedDocument = graphql(`
  mutation RecordPersonTimesServed($participationId: ID!, $version: Int!, $count: Int!) {
    recordPersonTimesServed(participationId: $participationId, version: $version, count: $count) {
      id
      personTimesServed
      version
    }
  }
`);

export const VerifyHoursDocument = graphql(`
  mutation VerifyHours($participationIds: [ID!]!) {
    verifyHours(participationIds: $participationIds) {
      id
      status
      minutes
      hours
      verifiedAt
      version
    }
  }
`);

/** Who could come to an event the viewer runs, best first, with the parts of the score. */
export const SuggestVolunteersDocument = graphql(`
  query SuggestVolunteers($eventId: ID!, $first: Int!) {
    suggestVolunteersForEvent(eventId: $eventId, first: $first) {
      volunteer {
        id
        realName
        homeRegion {
          id
          name
        }
      }
      score
      skillScore
      availabilityScore
      distanceScore
      loadScore
      recentHours
    }
  }
`);

export const InviteVolunteerToEventDocument = graphql(`
  mutation InviteVolunteerToEvent($eventId: ID!, $volunteerId: ID!, $idempotencyKey: String) {
    inviteVolunteerToEvent(eventId: $eventId, volunteerId: $volunteerId, idempotencyKey: $idempotencyKey) {
      id
      status
      version
    }
  }
`);

/** A volunteer's invitations still waiting for an answer. */
export const MyEventInvitationsDocument = graphql(`
  query MyEventInvitations {
    eventInvitations(first: 20, filter: { statuses: [PENDING] }) {
      nodes {
        id
        status
        version
        event {
          id
          title
          place
          startsAt
        }
      }
    }
  }
`);

export const RespondToEventInvitationDocument = graphql(`
  mutation RespondToEventInvitation($invitationId: ID!, $version: Int!, $accept: Boolean!) {
    respondToEventInvitation(invitationId: $invitationId, version: $version, accept: $accept) {
      id
      status
      version
    }
  }
`);
