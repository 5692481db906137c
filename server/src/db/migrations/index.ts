// Every migration, in order. Listed explicitly (not globbed) so tests and the compiled server load the same set.
import { Init1795928516066 } from './1795928516066-Init';
import { Access1795929665906 } from './1795929665906-Access';
import { FilterIndexes1795930400000 } from './1795930400000-FilterIndexes';
import { Rollups1795930800000 } from './1795930800000-Rollups';
import { Work1795942260073 } from './1795942260073-Work';
import { Operations1795960000000 } from './1795960000000-Operations';
import { AccountActivation1796530834557 } from './1796530834557-AccountActivation';
import { Registry1796542263694 } from './1796542263694-Registry';
import { PublicJoin1796542683394 } from './1796542683394-PublicJoin';
import { VisitReview1796543271294 } from './1796543271294-VisitReview';
import { TableVersions1796543872195 } from './1796543872195-TableVersions';
import { BackgroundJobs1796547596687 } from './1796547596687-BackgroundJobs';
import { Notifications1796543804085 } from './1796543804085-Notifications';
import { RegistryImports1796554615047 } from './1796554615047-RegistryImports';
import { YearEndReportPlans1796555230519 } from './1796555230519-YearEndReportPlans';
import { DashboardRollups1796560000000 } from './1796560000000-DashboardRollups';
import { DashboardActiveMasks1796562000000 } from './1796562000000-DashboardActiveMasks';
import { DashboardTraining1796563000000 } from './1796563000000-DashboardTraining';
import { ServiceCertificates1796554528297 } from './1796554528297-ServiceCertificates';

export const migrations = [
  Init1795928516066,
  Access1795929665906,
  FilterIndexes1795930400000,
  Rollups1795930800000,
  Work1795942260073,
  Operations1795960000000,
  AccountActivation1796530834557,
  Registry1796542263694,
  PublicJoin1796542683394,
  VisitReview1796543271294,
  TableVersions1796543872195,
  BackgroundJobs1796547596687,
  Notifications1796543804085,
  ServiceCertificates1796554528297,
  RegistryImports1796554615047,
  YearEndReportPlans1796555230519,
  DashboardRollups1796560000000,
  DashboardActiveMasks1796562000000,
  DashboardTraining1796563000000,
];
