// Personal data: the audited reveal of one masked field.
import { graphql } from './generated';

export const RevealPersonalDataDocument = graphql(`
  mutation RevealPersonalData($id: ID!, $reason: String!) {
    revealPersonalData(id: $id, reason: $reason) {
      id
      fields
      idNumber
      certificateNumber
      phone
      address
      birthDate
    }
  }
`);
