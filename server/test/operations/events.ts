// Fragments of the service-event and hours tests, shared by their files.
import { graphql } from '../generated';

export const P = graphql(`
  fragment ParticipationFields on Participation {
    id
    status
    version
    minutes
    presentMinutes
    checkInAt
    checkOutAt
    verifiedAt
    waitlistPosition
    attendanceMet
    personTimesServed
  }
`);
export const E = graphql(`
  fragment EventFields on ServiceEvent {
    id
    status
    version
    capacity
    verifiedMinutes
    verifiedHours
    personTimesServed
    attendanceShare
    organiser {
      id
    }
    region {
      id
    }
    station {
      id
    }
  }
`);
