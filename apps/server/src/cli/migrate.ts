// npm run migrate: applies pending migrations to DATABASE_URL or the embedded database, then exits.
import { ConfigError, loadConfig } from '../config/config.ts';
import { DataDirLockedError } from '../db/data-dir-lock.ts';
import { openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';

try {
  const config = loadConfig();
  const database = await openDatabase({ url: config.database.url, dataDir: config.database.dataDir });
  try {
    const applied = await migrate(database);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(
    error instanceof ConfigError || error instanceof DataDirLockedError
      ? `${error instanceof DataDirLockedError ? 'migration refused: ' : ''}${error.message}`
      : `migration failed: ${(error as Error).message}`,
  );
  process.exit(1);
}
