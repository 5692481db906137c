// The audit log.
import { graphql } from './generated';

export const AuditLogsDocument = graphql(`
  query AuditLogs($first: Int!, $after: String, $filter: AuditFilter) {
    auditLogs(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        at
        actor
        action
        recordType
        recordId
        reason
        requestId
        before
        after
      }
    }
  }
`);
