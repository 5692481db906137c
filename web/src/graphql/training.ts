// Training: sessions, scheduling, enrolment, attendance and a volunteer's record.
import { graphql } from './generated';

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

export const TrainingSessionsDocument = graphql(`
  query TrainingSessions($first: Int!, $after: String, $offset: Int, $filter: TrainingSessionFilter) {
    trainingSessions(first: $first, after: $after, offset: $offset, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        heldOn
        minutes
        organisation {
          id
          name
        }
        region {
          id
          name
        }
      }
    }
  }
`);

export const TrainingDetailDocument = graphql(`
  query TrainingDetail($id: ID!) {
    node(id: $id) {
      id
      ... on TrainingSession {
        title
        heldOn
        minutes
        organisation {
          id
          name
        }
        region {
          id
          name
        }
        version
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
  }
`);
