// The source locale: its shape is the schema every other locale must match.
import { adminPages } from './admin';
import { common } from './common';
import { enums } from './enums';
import { publicPages } from './public';
import { workPages } from './work';

export const zhCN = { ...common, enums, ...publicPages, ...workPages, ...adminPages };

export type MessageSchema = typeof zhCN;
