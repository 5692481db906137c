import type { MessageSchema } from '../zh-CN';
import { adminPages } from './admin';
import { common } from './common';
import { enums } from './enums';
import { publicPages } from './public';
import { workPages } from './work';

export const en: MessageSchema = { ...common, enums, ...publicPages, ...workPages, ...adminPages };
