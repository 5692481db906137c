// What the public pages share: whether the hub is up, and the service catalogue.
import { graphql } from './generated';

export const ServiceTypesDocument = graphql(`
  query ServiceTypes {
    serviceTypes(first: 100) {
      nodes {
        id
        name
        nameEn
        audience
      }
    }
  }
`);

/** The cheapest operation the schema answers: is the hub up? */
export const HubStatusDocument = graphql(`
  query HubStatus {
    __typename
  }
`);
