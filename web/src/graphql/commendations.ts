// Commendations: the list, candidates, awarding one, the star thresholds.
import { graphql } from './generated';

export const CommendationsDocument = graphql(`
  query Commendations($first: Int!, $after: String, $offset: Int, $filter: CommendationFilter) {
    commendations(first: $first, after: $after, offset: $offset, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        year
        awardedOn
        awardedBy {
          id
          name
        }
        volunteer {
          id
          realName
        }
      }
    }
  }
`);

export const CommendationCandidatesDocument = graphql(`
  query CommendationCandidates($year: Int!, $first: Int!) {
    commendationCandidates(year: $year, first: $first) {
      rank
      verifiedHours
      events
      commended
      volunteer {
        id
        realName
        homeRegion {
          id
          name
        }
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const AwardCommendationDocument = graphql(`
  mutation AwardCommendation($input: AwardCommendationInput!) {
    awardCommendation(input: $input) {
      id
      title
      year
      awardedOn
    }
  }
`);

export const StarThresholdsDocument = graphql(`
  query StarThresholds($id: ID!) {
    node(id: $id) {
      id
      ... on Region {
        name
        starThresholdsHours
        version
      }
    }
  }
`);

export const SetStarThresholdsDocument = graphql(`
  mutation SetStarThresholds($regionId: ID!, $hours: [Int!]) {
    setStarThresholds(regionId: $regionId, hours: $hours) {
      id
      starThresholdsHours
      version
    }
  }
`);
