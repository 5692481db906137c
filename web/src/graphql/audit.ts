// The audit log.
import { graphql } from './generated';

export const AuditLogsDocument = graphql(`
  query AuditLogs($first: Int!, $after: String, $offset: Int, $filter: AuditFilter, $orderBy: AuditOrder) {
    auditLogs(first: $first, after: $after, offset: $offset, filter: $filter, orderBy: $orderBy) {
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
        record {
          name
          pageType
          pageId
        }
        reason
        requestId
        before
        after
      }
    }
  }
`);
