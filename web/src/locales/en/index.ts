import type { MessageSchema } from '../zh-CN';
import { adminPages } from './admin';
import { carePages } from './care';
import { common } from './common';
import { enums } from './enums';
import { eventPages } from './events';
import { publicPages } from './public';
import { workPages } from './work';
import { workflowPages } from './workflows';

export const en: MessageSchema = {
  ...common,
  enums,
  ...publicPages,
  ...workPages,
  ...eventPages,
  ...workflowPages,
  ...carePages,
  ...adminPages,
};
