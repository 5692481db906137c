// Builds the TypeORM data source; migrations are checked in and run explicitly.
import 'reflect-metadata';
import { DataSource, type Logger } from 'typeorm';
import { entities } from '../modules';
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
}

export function createDataSource(opts: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: opts.url,
    entities,
    migrations,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: opts.synchronize ?? false,
    logger: opts.logger,
    logging: opts.logger ? ['query', 'error'] : ['error'],
    extra: { max: opts.poolSize ?? 10, application_name: 'tongxin' },
  });
}

// Used by the TypeORM CLI (`npm run migration:generate`).
export default createDataSource({ url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/tongxin_dev' });
