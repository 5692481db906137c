// The work pages' copy in the source language, loaded before the first work page (locales/index.ts).
import { dashboardMessages } from './dashboard';
import { directoryMessages } from './directory';
import { hoursMessages } from './hours';
import { trainingMessages } from './training';
import { beneficiariesMessages } from './beneficiaries';
import { personalDataMessages } from './personal-data';
import { commendationsMessages } from './commendations';
import { pairingsMessages } from './pairings';
import { donationsMessages } from './donations';
import { accountsMessages } from './accounts';
import { auditMessages } from './audit';
import { todoMessages } from './todo';
import { importsMessages } from './imports';
import { notificationsMessages } from './notifications';
import { certificatesWorkMessages } from './certificates-work';
import { onboardingMessages } from './onboarding';

export const zhCNWork = {
  ...dashboardMessages,
  ...directoryMessages,
  ...hoursMessages,
  ...trainingMessages,
  ...beneficiariesMessages,
  ...personalDataMessages,
  ...commendationsMessages,
  ...pairingsMessages,
  ...donationsMessages,
  ...accountsMessages,
  ...auditMessages,
  ...todoMessages,
  ...importsMessages,
  ...notificationsMessages,
  ...certificatesWorkMessages,
  ...onboardingMessages,
};
