// Counts SQL statements sent through TypeORM: the N+1 guard in tests and the bench.
import type { Logger } from 'typeorm';

export class StatementCounter implements Logger {
  count = 0;
  readonly statements: string[] = [];

  constructor(private readonly keep = false) {}

  logQuery(query: string) {
    this.count++;
    // A named statement arrives as pg's query config (auth/viewer.ts): kept as its text.
    if (this.keep) this.statements.push(String(query));
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}

  reset() {
    this.count = 0;
    this.statements.length = 0;
  }
}
