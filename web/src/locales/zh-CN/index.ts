// The source locale: its shape is the schema every other locale must match.
import { adminPages } from './admin';
import { carePages } from './care';
import { common } from './common';
import { enums } from './enums';
import { eventPages } from './events';
import { publicPages } from './public';
import { workPages } from './work';
import { workflowPages } from './workflows';

export const zhCN = {
  ...common,
  enums,
  ...publicPages,
  ...workPages,
  ...eventPages,
  ...workflowPages,
  ...carePages,
  ...adminPages,
};

export type MessageSchema = typeof zhCN;
