// The request context every resolver and service receives first: who asks, what they may see, loaders.
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { Scope } from '../auth/scope';
import type { Viewer } from '../auth/viewer';
import type { AuthRuntime } from '../auth/runtime';
import { Loaders } from './loaders';

export interface Context {
  requestId: string;
  log: Logger;
  db: DataSource;
  viewer: Viewer | null;
  scope: Scope;
  loaders: Loaders;
  /** Why a presented token was refused, reported as UNAUTHENTICATED when a rule needs a login. */
  authError?: string;
  ip: string;
  auth: AuthRuntime;
  req?: Request;
  res?: Response;
}

export function createContext(
  db: DataSource,
  requestId: string,
  log: Logger,
  auth: AuthRuntime,
  viewer: Viewer | null = null,
  extra: Partial<Pick<Context, 'authError' | 'ip' | 'req' | 'res'>> = {},
): Context {
  const scope = new Scope(viewer);
  return { requestId, log, db, auth, viewer, scope, loaders: new Loaders(db, scope), ip: extra.ip ?? 'unknown', ...extra };
}
