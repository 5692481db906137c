// The request context every resolver and service receives first: who asks, what they may see, loaders.
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { Scope, type ScopeTables } from '../auth/scope';
import type { Viewer } from '../auth/viewer';
import type { AuthRuntime } from '../auth/runtime';
import { Loaders } from './loaders';
import type { Locale } from '../common/messages';
import type { LiveRuntime } from '../live/bus';
import type { JobQueue } from '../jobs/job-runner';

/** Work rules a jurisdiction may tune; from the config, overridable in tests. */
export interface WorkSettings {
  /** Days without a visit after which an active pairing is overdue. */
  pairingOverdueDays: number;
  /** Share of an event's length a volunteer must be present for the hours to count. */
  attendanceShare: number;
  /** How many minutes before an event starts people may check in (and after it ends, check out). */
  checkInEarlyMinutes: number;
  /** The youngest age at which a volunteer may register (under 18 with a guardian). */
  volunteerMinAge: number;
}

export const DEFAULT_WORK_SETTINGS: WorkSettings = {
  pairingOverdueDays: 60,
  attendanceShare: 0.6,
  checkInEarlyMinutes: 60,
  volunteerMinAge: 14,
};

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
  /** The language errors are written in (Accept-Language; zh-CN by default). */
  locale: Locale;
  /** The clock every business rule reads (injectable, so tests can move time). */
  now: () => Date;
  settings: WorkSettings;
  req?: Request;
  res?: Response;
  /** The live bus, on subscriptions (live/ws.ts). */
  live?: LiveRuntime;
  /** The job runner's queue (absent where no runner was started). */
  jobs?: JobQueue;
}

export function createContext(
  db: DataSource,
  requestId: string,
  log: Logger,
  auth: AuthRuntime,
  scopeTables: ScopeTables,
  viewer: Viewer | null = null,
  extra: Partial<Pick<Context, 'authError' | 'ip' | 'req' | 'res' | 'locale' | 'now' | 'live' | 'jobs'>> & {
    settings?: Partial<WorkSettings>;
  } = {},
): Context {
  const scope = new Scope(viewer, scopeTables);
  return {
    requestId,
    log,
    db,
    auth,
    viewer,
    scope,
    loaders: new Loaders(db, scope),
    ip: extra.ip ?? 'unknown',
    ...extra,
    locale: extra.locale ?? 'zh-CN',
    now: extra.now ?? (() => new Date()),
    settings: { ...DEFAULT_WORK_SETTINGS, ...extra.settings },
  };
}
