// The one place the process environment is read and validated.
import path from 'node:path';
import { z } from 'zod';
import { parseKeySet } from './auth/tokens';
import { parseApiKeys } from './schema/trusted-documents';
import { parseQuietHours } from './modules/notification/quiet-hours';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATA_DIR: z.string().default(path.resolve(__dirname, '..', '..', '.data')),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  SEED_ON_EMPTY: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  WEB_DIST: z.string().default(path.resolve(__dirname, '..', '..', 'web', 'dist')),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  /**
   * Access-token keys as a JWK Set, current (private) key first, previous ones after it until their
   * tokens expire; when unset a key is generated once and kept in DATA_DIR (not in production).
   */
  JWT_KEYS: z
    .string()
    .optional()
    .superRefine((value, issue) => {
      if (!value) return;
      try {
        parseKeySet(value);
      } catch (err) {
        issue.addIssue({ code: 'custom', message: (err as Error).message });
      }
    }),
  /** The panel's persisted-document manifest (web codegen), the only operations the panel may run in production. */
  TRUSTED_DOCUMENTS_FILE: z
    .string()
    .default(path.resolve(__dirname, '..', '..', 'web', 'src', 'graphql', 'generated', 'persisted-documents.json')),
  /** API clients allowed to send their own operations: `name:key,...` (keys at least 32 characters). */
  API_KEYS: z
    .string()
    .optional()
    .superRefine((value, issue) => {
      try {
        parseApiKeys(value);
      } catch (err) {
        issue.addIssue({ code: 'custom', message: (err as Error).message });
      }
    }),
  ACCESS_TOKEN_TTL_S: z.coerce.number().int().min(30).max(3600).default(900),
  REFRESH_TOKEN_TTL_S: z.coerce
    .number()
    .int()
    .min(300)
    .default(14 * 24 * 3600),
  DEMO_PASSWORD: z.string().min(8).default('Tongxin#2026'),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_BACKOFF_BASE_MS: z.coerce.number().int().min(0).default(2000),
  LOGIN_BACKOFF_MAX_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(15 * 60_000),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  /** How long a request waits for a pool connection before answering SERVICE_UNAVAILABLE. */
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  /**
   * Proxies whose X-Forwarded-For is believed for the client address (login throttle, logs): `none`,
   * `loopback`, addresses or CIDRs separated by commas, or a number of hops. Default none.
   */
  TRUST_PROXY: z
    .string()
    .default('none')
    .refine((v) => v.trim() !== 'true', 'trusting every proxy lets any caller choose its address: name them'),
  /** Serve /metrics only with `Authorization: Bearer <METRICS_TOKEN>`. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Serve /metrics on this port only (off the public one). */
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** Replaced by the API client `gateway` in API_KEYS; refused so that a stale setting is noticed. */
  GATEWAY_TOKEN: z
    .string()
    .optional()
    .refine((v) => v === undefined, 'replaced: list the gateway in API_KEYS as gateway:<key>, sent as x-api-key'),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).default(10),
  MAX_QUERY_ALIASES: z.coerce.number().int().min(1).default(15),
  MAX_QUERY_COST: z.coerce.number().int().min(10).default(500_000),
  /** Days without a visit after which an active pairing is overdue. */
  PAIRING_OVERDUE_DAYS: z.coerce.number().int().min(1).max(3650).default(60),
  /** Memory the dashboard's result cache may take, in megabytes. */
  DASHBOARD_CACHE_MB: z.coerce.number().min(0.1).max(4096).default(32),
  /** Share of an event a volunteer must attend for the hours to count (events may set their own). */
  ATTENDANCE_SHARE: z.coerce.number().min(0).max(1).default(0.6),
  /** Minutes before an event starts that check-in opens (and after it ends that check-out still works). */
  CHECK_IN_EARLY_MINUTES: z.coerce.number().int().min(0).max(1440).default(60),
  /** Hours a background job's result file (an import's report, an export, a document) is kept. */
  JOB_RESULT_TTL_H: z.coerce
    .number()
    .min(1)
    .max(24 * 90)
    .default(24),
  /** Rows a list export may hold at most; a larger list is refused with a message to narrow the filters. */
  EXPORT_MAX_ROWS: z.coerce.number().int().min(1).max(1_000_000).default(50_000),
  /** Lists up to this many rows are exported at once (streamed to the browser); larger ones as a background job. */
  EXPORT_DIRECT_ROWS: z.coerce.number().int().min(0).max(1_000_000).default(2_000),
  /**
   * Where jobs run: `on` in the hub (default), `only` a worker process without HTTP, `off` a hub
   * that only enqueues (run a worker beside it).
   */
  WORKER: z.enum(['on', 'only', 'off']).default('on'),
  /** How often an idle worker looks for jobs, in seconds. */
  JOB_POLL_INTERVAL_S: z.coerce.number().min(0.5).max(60).default(2),
  /** Live updates between replicas go through Redis pub/sub at this URL; without it, through memory (one process). */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  /** Prefix of the Redis channels, so several hubs can share one Redis. */
  REDIS_CHANNEL_PREFIX: z
    .string()
    .regex(/^[\w.:-]{1,64}$/)
    .default('tongxin:'),
  /** Dashboard subscribers hear of changes at most this often (milliseconds). */
  LIVE_DASHBOARD_THROTTLE_MS: z.coerce.number().int().min(0).max(600_000).default(3_000),
  /** Youngest age at which a volunteer may register (with a guardian until 18). */
  VOLUNTEER_MIN_AGE: z.coerce.number().int().min(6).max(18).default(14),
  /** E-mail notices go out through this SMTP server (`smtp://user:pass@host:587`, `smtps://...`); unset, none. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  MAIL_FROM: z.string().default('同心志愿服务 <noreply@tongxin.local>'),
  /** The panel's public address, for links in e-mails. */
  PUBLIC_URL: z.string().url().optional(),
  /** SMS provider adapter: `outbox` (development: the sms_outbox table) or `none`. */
  SMS_ADAPTER: z.enum(['none', 'outbox']).optional(),
  /** Hours (Beijing time) no SMS notice is sent; held until they end. `22-8` or `off`. */
  SMS_QUIET_HOURS: z
    .string()
    .default('22-8')
    .superRefine((value, issue) => {
      try {
        parseQuietHours(value);
      } catch (err) {
        issue.addIssue({ code: 'custom', message: (err as Error).message });
      }
    }),
  /** Retries of a failed e-mail or SMS before it is given up, and the first retry's delay (doubling). */
  NOTIFY_RETRY_LIMIT: z.coerce.number().int().min(0).max(50).default(10),
  NOTIFY_RETRY_DELAY_S: z.coerce.number().int().min(1).default(30),
});

export type Config = Omit<z.infer<typeof schema>, 'SMS_ADAPTER'> & {
  SMS_ADAPTER: 'none' | 'outbox';
  /** true when no DATABASE_URL is given and the hub runs its own embedded PostgreSQL. */
  embedded: boolean;
  /** seed the demo city when the database is empty: on by default only for the embedded database. */
  seedOnEmpty: boolean;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  if (c.NODE_ENV === 'production' && !c.JWT_KEYS) {
    throw new Error(
      'Invalid configuration:\n  JWT_KEYS: required in production (a JWK Set; `npm run keys -w server` makes one)',
    );
  }
  const embedded = !c.DATABASE_URL;
  if (c.WORKER === 'only' && embedded) {
    throw new Error(
      'Invalid configuration:\n  WORKER: `only` needs DATABASE_URL (the database the hub uses; a worker does not start one of its own)',
    );
  }
  return {
    ...c,
    embedded,
    seedOnEmpty: c.SEED_ON_EMPTY ?? embedded,
    // The development outbox unless production (where a provider's adapter belongs).
    SMS_ADAPTER: c.SMS_ADAPTER ?? (c.NODE_ENV === 'production' ? 'none' : 'outbox'),
  };
}
