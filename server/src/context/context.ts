// The request context every resolver and service receives first.
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { Loaders } from './loaders';

export interface Context {
  requestId: string;
  log: Logger;
  db: DataSource;
  loaders: Loaders;
}

export function createContext(db: DataSource, requestId: string, log: Logger): Context {
  return { requestId, log, db, loaders: new Loaders(db) };
}
