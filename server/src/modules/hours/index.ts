// Hours outside the event flow: self-reports and corrections.
import { Permission } from '../../auth/permissions';
import type { HubModule } from '../hub-module';
import { HourCorrection } from './hour-correction.entity';
import { HourReport } from './hour-report.entity';
import { HoursResolver } from './hours.resolver';
import { HourReportFieldsResolver, HourCorrectionFieldsResolver } from './hours-fields.resolver';
import { hoursScope } from './hours.scope';

export const hoursModule: HubModule = {
  entities: [HourCorrection, HourReport],
  resolvers: [HoursResolver, HourReportFieldsResolver, HourCorrectionFieldsResolver],
  nodes: { HourReport: Permission.READ_PARTICIPATIONS, HourCorrection: Permission.READ_PARTICIPATIONS },
  scope: hoursScope,
};
