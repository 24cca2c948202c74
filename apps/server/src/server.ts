// The process: configuration, database and migrations, demo data, the HTTP server, and a graceful stop.
import { removedAttachmentFilesTask } from './attachments/stored-file-removal.ts';
import type { Config } from './config/config.ts';
import { type DatabaseHandle, openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { unavailableSummary } from './db/unavailable.ts';
import { pingDatabase, waitForDatabase } from './db/wait-for-database.ts';
import { buildApp } from './http/app.ts';
import { type AppContext, letterRenderingOf } from './http/context.ts';
import { housekeepingTasks, startHousekeeping } from './jobs/housekeeping.ts';
import { PendingLetterWorker } from './jobs/pending-letters.ts';
import { letterDeliveryHandler, SuomifiEventsPoller } from './letter-delivery/index.ts';
import { notificationHandlers } from './notifications/index.ts';
import { createMailer } from './notifications/mailer.ts';
import { topics } from './outbox/outbox.ts';
import { OutboxWorker } from './outbox/worker.ts';
import { dailyPaymentBatchTask } from './payments/index.ts';
import { seedDemoData } from './seed/demo-data.ts';
import { type Clock, systemClock } from './shared/clock.ts';
import { SuomifiMessagesClient, suomifiPasswordRotationTask } from './suomifi/index.ts';
import { WebhookWorker } from './webhooks/worker.ts';

export interface RunningServer {
  url: string;
  context: AppContext;
  database: DatabaseHandle;
  close(): Promise<void>;
}

export async function prepareDatabase(config: Config, clock: Clock): Promise<DatabaseHandle> {
  const database = await openDatabase({
    url: config.database.url,
    dataDir: config.database.dataDir,
    poolMax: config.database.poolMax,
  });
  try {
    await waitForDatabase(database, config.database.startWaitSeconds, {
      warn: (message) => console.warn(message),
      info: (message) => console.log(message),
    });
    await migrate(database);
    if (config.seedDemoData) await seedDemoData(database.db, clock.now());
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

export async function startServer(config: Config, clock: Clock = systemClock): Promise<RunningServer> {
  const database = await prepareDatabase(config, clock);
  const context: AppContext = {
    config,
    db: database.db,
    clock,
    ping: async () => {
      await pingDatabase(database.db);
    },
  };
  const app = await buildApp(context);
  database.onConnectionLost((error) =>
    app.log.warn(
      { database: unavailableSummary(error) },
      'database connection lost; a new one is opened when needed',
    ),
  );
  const address = await app.listen({ host: config.host, port: config.port });
  // What every background job and worker runs with.
  const background = { db: database.db, clock, log: app.log };
  const suomifi =
    config.suomifiMessages && new SuomifiMessagesClient({ ...background, config: config.suomifiMessages });
  const housekeeping = startHousekeeping({
    ...background,
    tasks: [
      ...housekeepingTasks,
      removedAttachmentFilesTask(config.attachments.storage),
      dailyPaymentBatchTask(config.paymentBatchProposeHour),
      ...(suomifi ? [suomifiPasswordRotationTask(suomifi)] : []),
    ],
  });
  const mailer = createMailer(config.mail);
  const outboxWorker = new OutboxWorker({
    ...background,
    handlers: {
      ...notificationHandlers({ mailer, publicUrl: config.publicUrl, suomifi }),
      ...(suomifi && {
        [topics.letterDelivery]: letterDeliveryHandler({
          client: suomifi,
          printingService: config.suomifiMessages?.printingService !== undefined,
        }),
      }),
    },
    leaseMs: config.outbox.leaseMs,
  }).start(config.outbox.pollIntervalMs);
  const webhookWorker = new WebhookWorker({
    ...background,
    publicUrl: config.publicUrl,
    allowPrivate: config.webhooks.allowPrivate,
    leaseMs: config.webhooks.leaseMs,
  }).start(config.webhooks.pollIntervalMs);
  const suomifiEventsPoller = suomifi && new SuomifiEventsPoller({ ...background, client: suomifi }).start();
  const pendingLetterWorker = new PendingLetterWorker({
    ...background,
    rendering: letterRenderingOf(context),
  }).start();
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      await housekeeping.stop();
      await outboxWorker.stop();
      await webhookWorker.stop();
      await suomifiEventsPoller?.stop();
      await pendingLetterWorker.stop();
      mailer.close();
      await app.close();
      await database.close();
    })();
    return closing;
  };
  return { url: address, context, database, close };
}
