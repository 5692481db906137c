// Hours outside the event flow: service a volunteer reports for an organisation to approve, and
// corrections of recorded minutes, with the queues the organisers work through.
import { graphql } from './generated';

export const HourReportsDocument = graphql(`
  query HourReports($first: Int!, $after: String, $offset: Int, $filter: HourReportFilter, $orderBy: HourReportOrder) {
    hourReports(first: $first, after: $after, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        status
        servedOn
        minutes
        personTimesServed
        description
        resolutionNote
        resolvedAt
        createdAt
        version
        volunteer {
          id
          realName
        }
        organisation {
          id
          name
        }
        viewerCan {
          review
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
      }
    }
  }
`);

export const HourCorrectionsDocument = graphql(`
  query HourCorrections(
    $first: Int!
    $after: String
    $offset: Int
    $filter: HourCorrectionFilter
    $orderBy: HourCorrectionOrder
  ) {
    hourCorrections(first: $first, after: $after, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        status
        previousMinutes
        requestedMinutes
        reason
        resolutionNote
        resolvedAt
        createdAt
        version
        volunteer {
          id
          realName
        }
        participation {
          id
          event {
            id
            title
            startsAt
            viewerCan {
              manageAttendance
            }
          }
        }
      }
    }
  }
`);

export const ReportHoursDocument = graphql(`
  mutation ReportHours($input: ReportHoursInput!) {
    reportHours(input: $input) {
      id
      status
      servedOn
      minutes
      version
    }
  }
`);

export const ReviewHourReportDocument = graphql(`
  mutation ReviewHourReport($id: ID!, $version: Int!, $approve: Boolean!, $note: String) {
    reviewHourReport(id: $id, version: $version, approve: $approve, note: $note) {
      id
      status
      resolutionNote
      resolvedAt
      version
    }
  }
`);

export const RequestHourCorrectionDocument = graphql(`
  mutation RequestHourCorrection($input: HourCorrectionRequestInput!) {
    requestHourCorrection(input: $input) {
      id
      status
      previousMinutes
      requestedMinutes
      version
      participation {
        id
        corrections {
          id
          status
          requestedMinutes
        }
      }
    }
  }
`);

export const ResolveHourCorrectionDocument = graphql(`
  mutation ResolveHourCorrection($id: ID!, $version: Int!, $approve: Boolean!, $note: String) {
    resolveHourCorrection(id: $id, version: $version, approve: $approve, note: $note) {
      id
      status
      resolutionNote
      resolvedAt
      version
      participation {
        id
        minutes
        hours
      }
    }
  }
`);
