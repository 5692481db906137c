// Training sessions for volunteers and who attended.
import { Permission } from '../../auth/permissions';
import type { HubModule } from '../hub-module';
import { TrainingSession } from './training-session.entity';
import { TrainingAttendance } from './training-attendance.entity';
import { TrainingResolver } from './training.resolver';
import { TrainingSessionFieldsResolver, TrainingAttendanceFieldsResolver } from './training-fields.resolver';
import { trainingScope } from './training.scope';

export const trainingModule: HubModule = {
  entities: [TrainingSession, TrainingAttendance],
  resolvers: [TrainingResolver, TrainingSessionFieldsResolver, TrainingAttendanceFieldsResolver],
  nodes: { TrainingSession: Permission.READ_TRAINING, TrainingAttendance: Permission.READ_TRAINING },
  scope: trainingScope,
};
