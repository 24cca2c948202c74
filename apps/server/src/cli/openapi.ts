// Prints the OpenAPI document (used to generate the typed client of the web apps). Needs no database.
import { loadConfig } from '../config/config.ts';
import type { Db } from '../db/database.ts';
import { buildApp } from '../http/app.ts';
import { systemClock } from '../shared/clock.ts';

const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', AUTH_MODE: 'dev' });
const app = await buildApp({
  config,
  db: undefined as unknown as Db,
  clock: systemClock,
  ping: async () => undefined,
});
await app.ready();
process.stdout.write(`${JSON.stringify(app.swagger(), null, 2)}\n`);
await app.close();
