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
