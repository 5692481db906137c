// Spreadsheet imports and the background jobs that run them (the files themselves go through /files).
import { graphql } from './generated';

export const SpreadsheetImportDocument = graphql(`
  query SpreadsheetImport($id: ID!) {
    spreadsheetImport(id: $id) {
      id
      kind
      fileName
      rowCount
      errorRowCount
      errorFileUrl
      problems(first: 200) {
        row
        column
        header
        key
        message
      }
    }
  }
`);

export const ConfirmSpreadsheetImportDocument = graphql(`
  mutation ConfirmSpreadsheetImport($id: ID!) {
    confirmSpreadsheetImport(id: $id) {
      id
      status
      done
      total
    }
  }
`);

export const BackgroundJobDocument = graphql(`
  query BackgroundJob($id: ID!) {
    backgroundJob(id: $id) {
      id
      kind
      status
      done
      total
      result
      errorMessage
      cancelRequested
      finishedAt
      resultUrl
    }
  }
`);

export const CancelBackgroundJobDocument = graphql(`
  mutation CancelBackgroundJob($id: ID!) {
    cancelBackgroundJob(id: $id) {
      id
      status
      cancelRequested
    }
  }
`);
