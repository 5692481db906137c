// The work pages' copy in the source language, loaded before the first work page (locales/index.ts).
import { dashboardMessages } from './dashboard';
import { eventsMessages } from './events';
import { campaignsWorkMessages } from './campaigns-work';
import { registryWorkMessages } from './registry-work';
import { requestsWorkMessages } from './requests-work';
import { stationsWorkMessages } from './stations-work';
import { takingPartWorkMessages } from './taking-part-work';
import { volunteersWorkMessages } from './volunteers-work';
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
  ...eventsMessages,
  ...campaignsWorkMessages,
  ...registryWorkMessages,
  ...requestsWorkMessages,
  ...stationsWorkMessages,
  ...takingPartWorkMessages,
  ...volunteersWorkMessages,
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
