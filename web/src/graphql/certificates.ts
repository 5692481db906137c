// Service-record certificates: a volunteer's, issuing and revoking one, and the public verification.
import { graphql } from './generated';

export const VolunteerCertificatesDocument = graphql(`
  query VolunteerCertificates($id: ID!) {
    node(id: $id) {
      id
      ... on Volunteer {
        serviceCertificates {
          id
          code
          issuedAt
          revokedAt
          revokeReason
          pdfUrl
          verifyPath
          issuer {
            id
            name
          }
          facts {
            totalHours
            eventCount
          }
          viewerCan {
            revoke
          }
        }
      }
    }
  }
`);

export const IssueServiceCertificateDocument = graphql(`
  mutation IssueServiceCertificate($input: IssueServiceCertificateInput!) {
    issueServiceCertificate(input: $input) {
      id
      code
    }
  }
`);

export const RevokeServiceCertificateDocument = graphql(`
  mutation RevokeServiceCertificate($input: RevokeServiceCertificateInput!) {
    revokeServiceCertificate(input: $input) {
      id
      revokedAt
      revokeReason
      viewerCan {
        revoke
      }
    }
  }
`);

export const VerifyServiceCertificateDocument = graphql(`
  query VerifyServiceCertificate($code: String!) {
    verifyServiceCertificate(code: $code) {
      code
      issuedAt
      revoked
      revokedAt
      facts {
        name
        maskedIdNumber
        registeredWith
        servedWith
        periodFrom
        periodTo
        totalHours
        eventCount
        starLevel
        issuer
        hoursByYear {
          year
          hours
        }
        hoursByServiceType {
          serviceType
          hours
        }
      }
    }
  }
`);
