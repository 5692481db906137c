// Builds the TypeORM data source; migrations are checked in and run explicitly.
import 'reflect-metadata';
import { DataSource, type Logger } from 'typeorm';
import { entities, subscribers } from '../modules';
import { SnakeNamingStrategy } from './naming.strategy';
import { migrations } from './migrations';
import { installPgTypeParsers } from './pg-types';

installPgTypeParsers();

export interface DataSourceOptions {
  url: string;
  poolSize?: number;
  logger?: Logger;
  /** Only throwaway tests may synchronize. */
  synchronize?: boolean;
  /** How long a query waits for a pool connection (then SERVICE_UNAVAILABLE); 5 s by default. */
  connectTimeoutMs?: number;
  /** PostgreSQL's statement_timeout, set just under the request timeout so no statement outlives its request. */
  statementTimeoutMs?: number;
}

/** statement_timeout for a request timeout: a little under it, so the database stops first. */
export const statementTimeoutFor = (requestTimeoutMs: number) =>
  Math.max(50, requestTimeoutMs - Math.min(1_000, Math.round(requestTimeoutMs / 10)));

export function createDataSource(opts: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: opts.url,
    entities,
    subscribers,
    migrations,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: opts.synchronize ?? false,
    logger: opts.logger,
    logging: opts.logger ? ['query', 'error'] : ['error'],
    extra: {
      max: opts.poolSize ?? 10,
      application_name: 'tongxin',
      connectionTimeoutMillis: opts.connectTimeoutMs ?? 5_000,
      // A dead peer (frozen or unplugged server) is noticed by TCP keep-alive, not only at the next query.
      keepAlive: true,
      ...(opts.statementTimeoutMs ? { statement_timeout: opts.statementTimeoutMs } : {}),
    },
  });
}

// Used by the TypeORM CLI (`npm run migration:generate`).
export default createDataSource({ url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/tongxin_dev' });
