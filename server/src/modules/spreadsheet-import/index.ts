// Spreadsheet imports: templates, dry runs, confirmation into a background job, error files.
import type { HubModule } from '../hub-module';
import { ownerOnly } from '../background-job/background-job.scope';
import { BackgroundJobKind } from '../background-job/background-job.entity';
import { registerJobHandler } from '../background-job/background-job.service';
import { SpreadsheetImport } from './spreadsheet-import.entity';
import { SpreadsheetImportResolver } from './spreadsheet-import.resolver';
import { runImportJob } from './spreadsheet-import.service';

registerJobHandler(BackgroundJobKind.IMPORT, runImportJob);

export const spreadsheetImportModule: HubModule = {
  entities: [SpreadsheetImport],
  resolvers: [SpreadsheetImportResolver],
  scope: { SpreadsheetImport: ownerOnly },
};
