// Excel export of the panel's lists (POST /files/exports/:list, files.http.ts): no tables or fields
// of its own; large exports run as background jobs whose handler is registered here.
import type { HubModule } from '../hub-module';
import { BackgroundJobKind } from '../background-job/background-job.entity';
import { registerJobHandler } from '../background-job/background-job.service';
import { runExportJob } from './list-export.service';

registerJobHandler(BackgroundJobKind.EXPORT, runExportJob);

export const listExportModule: HubModule = {};
