// Operations of the to-do list and live-update tests (test/todo-live.test.ts).
import { graphql } from '../generated';

export const TODO = graphql(`
  query TestTodo($first: Int!, $after: String) {
    todo {
      totalCount
      counts {
        kind
        count
      }
      items(first: $first, after: $after) {
        nodes {
          kind
          id
          at
          label
          targetType
          targetId
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const APPROVE = graphql(`
  mutation TestLiveApprove($id: ID!, $version: Int!) {
    approveVolunteer(id: $id, version: $version) {
      id
      status
    }
  }
`);

export const CANCEL_SIGN_UP = graphql(`
  mutation TestLiveCancelSignUp($id: ID!, $version: Int!) {
    cancelSignUp(participationId: $id, version: $version) {
      id
      status
    }
  }
`);

/** Subscription texts, sent over the WebSocket (the test's graphql-ws client takes text). */
export const TODO_CHANGED = `subscription { todoChanged { totalCount counts { kind count } } }`;
export const DASHBOARD_CHANGED = `subscription { dashboardChanged { sections at } }`;
export const INBOX_CHANGED = `subscription { inboxChanged { sections } }`;
export const EVENT_FIGURES = `subscription($eventId: ID!) { eventFiguresChanged(eventId: $eventId) { eventId placesTaken waitlisted checkedIn checkedOut capacity } }`;
