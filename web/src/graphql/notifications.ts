// The viewer's inbox (the bell's count, the list, marking read) and where and how notices reach them.
// The bell and the inbox refetch on `inboxChanged` (graphql/todo.ts).
import { graphql } from './generated';

export const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const InboxDocument = graphql(`
  query Inbox($first: Int!, $offset: Int, $unreadOnly: Boolean! = false) {
    notifications(first: $first, offset: $offset, unreadOnly: $unreadOnly) {
      totalCount
      nodes {
        id
        kind
        title
        body
        link
        read
        createdAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean! = false) {
    markNotificationsRead(ids: $ids, all: $all)
  }
`);

export const NotificationPreferencesDocument = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      email
      mobile
      locale
      kinds {
        kind
        email
        sms
        mandatory
      }
    }
  }
`);

export const SetNotificationPreferenceDocument = graphql(`
  mutation SetNotificationPreference($kind: NotificationKind!, $email: Boolean!, $sms: Boolean!) {
    setNotificationPreference(kind: $kind, email: $email, sms: $sms) {
      kind
      email
      sms
      mandatory
    }
  }
`);

export const SetNotificationContactDocument = graphql(`
  mutation SetNotificationContact($input: NotificationContactInput!) {
    setNotificationContact(input: $input) {
      email
      mobile
      locale
    }
  }
`);
