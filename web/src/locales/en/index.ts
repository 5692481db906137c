import type { MessageSchema } from '../zh-CN';
import { accountsMessages } from './accounts';
import { auditMessages } from './audit';
import { beneficiariesMessages } from './beneficiaries';
import { campaignsMessages } from './campaigns';
import { commendationsMessages } from './commendations';
import { commonMessages } from './common';
import { dashboardMessages } from './dashboard';
import { directoryMessages } from './directory';
import { donationsMessages } from './donations';
import { enums } from './enums';
import { eventsMessages } from './events';
import { hoursMessages } from './hours';
import { pairingsMessages } from './pairings';
import { personalDataMessages } from './personal-data';
import { publicMessages } from './public';
import { registryMessages } from './registry';
import { requestsMessages } from './requests';
import { sessionMessages } from './session';
import { stationsMessages } from './stations';
import { trainingMessages } from './training';
import { volunteersMessages } from './volunteers';

export const en: MessageSchema = {
  enums,
  ...commonMessages,
  ...sessionMessages,
  ...publicMessages,
  ...dashboardMessages,
  ...directoryMessages,
  ...stationsMessages,
  ...campaignsMessages,
  ...eventsMessages,
  ...hoursMessages,
  ...trainingMessages,
  ...volunteersMessages,
  ...beneficiariesMessages,
  ...personalDataMessages,
  ...commendationsMessages,
  ...pairingsMessages,
  ...requestsMessages,
  ...donationsMessages,
  ...accountsMessages,
  ...auditMessages,
  ...registryMessages,
};
