// The to-do list: counts for the work menu, items for the to-do page, and the live signals that
// tell the panel to refetch (subscriptions over graphql-ws, apollo/live.ts).
import { graphql } from './generated';

export const TodoCountsDocument = graphql(`
  query TodoCounts {
    todo {
      totalCount
      counts {
        kind
        count
      }
    }
  }
`);

export const TodoItemsDocument = graphql(`
  query TodoItems($first: Int!, $after: String) {
    todo {
      totalCount
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

export const TodoChangedDocument = graphql(`
  subscription TodoChanged {
    todoChanged {
      totalCount
    }
  }
`);

export const DashboardChangedDocument = graphql(`
  subscription DashboardChanged {
    dashboardChanged {
      sections
    }
  }
`);

export const EventFiguresChangedDocument = graphql(`
  subscription EventFiguresChanged($eventId: ID!) {
    eventFiguresChanged(eventId: $eventId) {
      eventId
      placesTaken
      waitlisted
      checkedIn
      checkedOut
    }
  }
`);

export const InboxChangedDocument = graphql(`
  subscription InboxChanged {
    inboxChanged {
      sections
    }
  }
`);
