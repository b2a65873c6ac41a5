import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * Counts SQL statements so tests can assert that list queries stay bounded (no N+1).
 * TypeORM reports every statement to a custom logger regardless of the `logging` option.
 */
export class QueryCounter implements TypeOrmLogger {
  private static total = 0;

  static get count(): number {
    return QueryCounter.total;
  }

  logQuery(): void {
    QueryCounter.total += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
