// The steps of the care work: pairings (propose, accept, pause, resume, end, log a visit), service requests
// (the public form, filing for a beneficiary, assign, complete, cancel) and training (schedule, enrol,
// attendance, a volunteer's record). Each step answers with what it changed, so the cache follows.
import { graphql } from './generated';

export const ProposePairingDocument = graphql(`
  mutation ProposePairing($input: ProposePairingInput!) {
    proposePairing(input: $input) {
      id
      kind
      status
      version
    }
  }
`);

export const AcceptPairingDocument = graphql(`
  mutation AcceptPairing($id: ID!, $version: Int!) {
    acceptPairing(id: $id, version: $version) {
      id
      status
      startedOn
      overdue
      version
    }
  }
`);

export const PausePairingDocument = graphql(`
  mutation PausePairing($id: ID!, $version: Int!, $reason: String) {
    pausePairing(id: $id, version: $version, reason: $reason) {
      id
      status
      overdue
      version
    }
  }
`);

export const ResumePairingDocument = graphql(`
  mutation ResumePairing($id: ID!, $version: Int!) {
    resumePairing(id: $id, version: $version) {
      id
      status
      overdue
      version
    }
  }
`);

export const EndPairingDocument = graphql(`
  mutation EndPairing($id: ID!, $version: Int!, $reason: String!) {
    endPairing(id: $id, version: $version, reason: $reason) {
      id
      status
      endedOn
      endReason
      overdue
      version
    }
  }
`);

export const LogPairingVisitDocument = graphql(`
  mutation LogPairingVisit($input: LogPairingVisitInput!) {
    logPairingVisit(input: $input) {
      visit {
        id
        visitedOn
        mode
        minutes
        notes
      }
      pairing {
        id
        lastVisitAt
        overdue
        version
      }
      donation {
        id
        kind
        amountFen
        item
        quantity
        unit
      }
    }
  }
`);

/** The public form: the answer is a reference to quote on the phone, never the requester's data. */
export const SubmitServiceRequestDocument = graphql(`
  mutation SubmitServiceRequest($input: SubmitServiceRequestInput!) {
    submitServiceRequest(input: $input) {
      reference
      status
      createdAt
    }
  }
`);

export const CreateServiceRequestDocument = graphql(`
  mutation CreateServiceRequest($input: CreateServiceRequestInput!) {
    createServiceRequest(input: $input) {
      id
      status
      version
    }
  }
`);

export const AssignServiceRequestDocument = graphql(`
  mutation AssignServiceRequest($id: ID!, $version: Int!, $volunteerId: ID!) {
    assignServiceRequest(id: $id, version: $version, volunteerId: $volunteerId) {
      id
      status
      version
      assignedVolunteer {
        id
        realName
      }
    }
  }
`);

export const CompleteServiceRequestDocument = graphql(`
  mutation CompleteServiceRequest($id: ID!, $version: Int!, $minutes: Int!, $personTimesServed: Int, $note: String) {
    completeServiceRequest(
      id: $id
      version: $version
      minutes: $minutes
      personTimesServed: $personTimesServed
      note: $note
    ) {
      id
      status
      closingNote
      version
    }
  }
`);

export const CancelServiceRequestDocument = graphql(`
  mutation CancelServiceRequest($id: ID!, $version: Int!, $reason: String!) {
    cancelServiceRequest(id: $id, version: $version, reason: $reason) {
      id
      status
      closingNote
      version
    }
  }
`);

export const ScheduleTrainingSessionDocument = graphql(`
  mutation ScheduleTrainingSession($input: ScheduleTrainingSessionInput!) {
    scheduleTrainingSession(input: $input) {
      id
      title
      heldOn
      minutes
      version
    }
  }
`);

export const EnrolInTrainingDocument = graphql(`
  mutation EnrolInTraining($sessionId: ID!, $volunteerIds: [ID!]!) {
    enrolInTraining(sessionId: $sessionId, volunteerIds: $volunteerIds) {
      enrolled
      alreadyEnrolled
      session {
        id
      }
    }
  }
`);

export const RecordTrainingAttendanceDocument = graphql(`
  mutation RecordTrainingAttendance($sessionId: ID!, $attendedVolunteerIds: [ID!]!) {
    recordTrainingAttendance(sessionId: $sessionId, attendedVolunteerIds: $attendedVolunteerIds) {
      id
      attendances(first: 100) {
        id
        attended
        version
        volunteer {
          id
          realName
        }
      }
    }
  }
`);

/** Asked apart from the profile: only roles that read training may ask for it. */
export const VolunteerTrainingRecordDocument = graphql(`
  query VolunteerTrainingRecord($id: ID!) {
    node(id: $id) {
      id
      ... on Volunteer {
        trainingRecord(first: 50) {
          id
          attended
          session {
            id
            title
            heldOn
            minutes
            organisation {
              id
              name
            }
          }
        }
      }
    }
  }
`);
