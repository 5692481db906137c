// GraphQL operations of the people tests, shared by their files.
import { graphql } from '../generated';

export const REGISTER = graphql(`
  mutation RegisterVolunteer2($input: VolunteerRegistrationInput!) {
    registerVolunteer(input: $input) {
      reference
      station {
        name
        phone
      }
      status
      registeredAt
    }
  }
`);
