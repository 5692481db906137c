// Every message of the source language at once, for tests and tools that read the whole catalogue.
import { zhCNPublic, type MessageSchema } from './index';
import { zhCNWork } from './work';

export const zhCN: MessageSchema = { ...zhCNPublic, ...zhCNWork };
