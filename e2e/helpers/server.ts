// Starts the real server process code (startServer) on an in-memory embedded database with demo data,
// on a free loopback port, for the browser tests.
import { loadConfig } from '../../apps/server/src/config/config.ts';
import { type RunningServer, startServer } from '../../apps/server/src/server.ts';

export async function startE2eServer(
  env: Record<string, string> = {},
): Promise<RunningServer & { baseUrl: string }> {
  const config = loadConfig({
    LOG_LEVEL: 'warn',
    DATA_DIR: 'memory://',
    PORT: '0',
    AUTH_MODE: 'dev',
    ...env,
  });
  const server = await startServer(config);
  const baseUrl = server.url.replace('[::1]', 'localhost');
  return { ...server, baseUrl };
}
