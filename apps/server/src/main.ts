// Entry point: `node apps/server/src/main.ts` (npm start). Stops gracefully on SIGTERM and SIGINT:
// requests in flight finish, new ones get 503, then the database is closed.
import { ConfigError, loadConfig } from './config/config.ts';
import { DataDirLockedError } from './db/data-dir-lock.ts';
import { isDatabaseUnavailable, unavailableSummary } from './db/unavailable.ts';
import { startServer } from './server.ts';

try {
  const config = loadConfig();
  const server = await startServer(config);
  const stop = async (signal: string) => {
    console.log(`${signal} received: finishing requests in flight, then stopping`);
    const timer = setTimeout(() => {
      console.error('graceful stop took over 25 s: exiting');
      process.exit(1);
    }, 25_000);
    timer.unref();
    await server.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  const where = config.database.url ? 'PostgreSQL' : `embedded PostgreSQL in ${config.database.dataDir}`;
  console.log(`Tuki is running at ${config.publicUrl} (${where}, sign-in: ${config.authMode})`);
  console.log(`API documentation: ${config.publicUrl}/api/docs`);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  if (isDatabaseUnavailable(error)) {
    const { code, message } = unavailableSummary(error);
    console.error(
      `Tuki did not start: the database did not answer within DATABASE_START_WAIT_SECONDS (${code ?? message}).`,
    );
    process.exit(4);
  }
  if (error instanceof DataDirLockedError) {
    console.error(`Tuki did not start: ${error.message}`);
    process.exit(3);
  }
  throw error;
}
