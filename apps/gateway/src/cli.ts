import 'reflect-metadata';
import { AppConfig, loadConfig } from '@werkbrug/config';
import { dataSourceOptions, ensureDatabaseReachable, migrateDownAll } from '@werkbrug/database';
import { applyMigrations } from '@werkbrug/platform';
import { DataSource } from 'typeorm';

const USAGE = 'usage: cli.js migrate | revert [--all]';

/** Schema commands: `migrate` applies migrations and reference data; `revert` undoes the last (or --all). */
async function main(command: string | undefined, flags: string[]): Promise<void> {
  const config = loadConfig();
  await ensureDatabaseReachable(config.DATABASE_URL, !config.isProduction);
  switch (command) {
    case 'migrate': {
      const result = await applyMigrations(config, 'cli');
      console.log(
        `migrations applied: ${result.applied.length ? result.applied.join(', ') : 'none (up to date)'}; reference data ${result.referenceData}`,
      );
      return;
    }
    case 'revert':
      console.log(`migrations reverted: ${await revert(config, flags.includes('--all'))}`);
      return;
    default:
      throw new Error(USAGE);
  }
}

async function revert(config: AppConfig, all: boolean): Promise<number> {
  const dataSource = await new DataSource(dataSourceOptions(config, 'werkbrug-cli')).initialize();
  try {
    if (all) return await migrateDownAll(dataSource);
    await dataSource.undoLastMigration({ transaction: 'each' });
    return 1;
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv[2], process.argv.slice(3)).catch((error: Error) => {
  console.error(`werkbrug cli: ${error.message}`);
  process.exit(1);
});
