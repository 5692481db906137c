// The source locale: its shape is the schema every other locale must match (`en` is typed by it, and
// `t()` only accepts its keys), so a key missing in either language fails type-checking.
import { campaignsMessages } from './campaigns';
import { commonMessages } from './common';
import { enums } from './enums';
import { publicMessages } from './public';
import { registryMessages } from './registry';
import { requestsMessages } from './requests';
import { sessionMessages } from './session';
import { stationsMessages } from './stations';
import { volunteersMessages } from './volunteers';
import { takingPartMessages } from './taking-part';
import { certificatesPublicMessages } from './certificates';

// What the public pages and the app's frame need ships with the app; the work pages' copy (work.ts, and the
// `*-work.ts` part of a domain whose public page uses a few of its messages) is loaded by the route guard before
// the first work page, so the public pages' JavaScript stays within its budget.
import type { zhCNWork } from './work';

export const zhCNPublic = {
  enums,
  ...commonMessages,
  ...sessionMessages,
  ...publicMessages,
  ...stationsMessages,
  ...campaignsMessages,
  ...volunteersMessages,
  ...takingPartMessages,
  ...requestsMessages,
  ...registryMessages,
  ...certificatesPublicMessages,
};

export type MessageSchema = typeof zhCNPublic & typeof zhCNWork;
