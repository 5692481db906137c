// The year-end work summary: asking for one, and following its job to the document.
import { graphql } from './generated';

export const GenerateYearEndReportDocument = graphql(`
  mutation GenerateYearEndReport($input: GenerateYearEndReportInput!) {
    generateYearEndReport(input: $input) {
      id
      status
    }
  }
`);

export const ReportJobDocument = graphql(`
  query ReportJob($id: ID!) {
    backgroundJob(id: $id) {
      id
      status
      resultUrl
      errorMessage
    }
  }
`);

export const YearEndReportPlansDocument = graphql(`
  query YearEndReportPlans($year: Int!, $regionId: ID, $organisationId: ID) {
    yearEndReportPlans(year: $year, regionId: $regionId, organisationId: $organisationId) {
      year
      plans
      updatedAt
    }
  }
`);

export const SaveYearEndReportPlansDocument = graphql(`
  mutation SaveYearEndReportPlans($input: SaveYearEndReportPlansInput!) {
    saveYearEndReportPlans(input: $input) {
      year
      plans
      updatedAt
    }
  }
`);

export const YearEndReportDocument = graphql(`
  query YearEndReport($year: Int!, $regionId: ID, $organisationId: ID) {
    yearEndReport(year: $year, regionId: $regionId, organisationId: $organisationId) {
      year
      scopeName
      plans
      current {
        ...YearEndFigures
      }
      previous {
        ...YearEndFigures
      }
    }
  }

  fragment YearEndFigures on Dashboard {
    counts {
      teams
      districtTeams
      stations
      stationsWithoutEvents
      volunteers
      activeVolunteers
      events
      commendations
      partners
    }
    composition {
      studentShare
      insuredShare
    }
    hours {
      verified
    }
    personTimes {
      total
      byMonth {
        key
        label
        value
      }
    }
    pairings {
      overdue
      coverage
      byKind {
        key
        label
        value
      }
    }
    campaigns {
      campaignId
      name
      partners {
        organisationId
        organisationName
        role
        volunteers
        events
        verifiedHours
        personTimes
        donationsFen
      }
    }
    training {
      trained
      active
      share
    }
    donations {
      cashFen
      inKindByItem {
        key
        label
        value
      }
    }
  }
`);
