// Builds the Fastify application: plugins, error handling, the OpenAPI document and every route.
// The process wiring (database, listening, signals) lives in server.ts; tests call buildApp directly.
import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import { maskPersonalIdentityCodes } from '@tuki/domain';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { apiClientsRoutes, oauthRoutes } from '../api-clients/api-clients.routes.ts';
import { bearerVerifier } from '../api-clients/tokens.ts';
import { myApplicationsRoutes, staffApplicationsRoutes } from '../applications/applications.routes.ts';
import { approvalsRoutes } from '../approvals/approvals.routes.ts';
import { attachmentsRoutes } from '../attachments/attachments.routes.ts';
import { auditRoutes } from '../audit/audit.routes.ts';
import { correspondenceRoutes } from '../correspondence/correspondence.routes.ts';
import { decisionsRoutes } from '../decisions/decisions.routes.ts';
import { loggerOptions } from '../logging.ts';
import { paymentsRoutes } from '../payments/payments.routes.ts';
import { gdprRoutes, peopleRoutes } from '../people/people.routes.ts';
import { printBatchesRoutes } from '../print-batches/print-batches.routes.ts';
import { retentionRoutes } from '../retention/retention.routes.ts';
import { rulesRoutes } from '../rules/rules.routes.ts';
import { sessionRoutes } from '../session/session.routes.ts';
import { staffUsersRoutes } from '../staff-users/staff-users.routes.ts';
import { statisticsRoutes } from '../statistics/statistics.routes.ts';
import { webhooksRoutes } from '../webhooks/webhooks.routes.ts';
import type { AppContext } from './context.ts';
import { registerErrorHandling } from './errors.ts';
import { healthRoutes } from './health.routes.ts';
import { registerInputPolicy } from './input-policy.ts';
import { registerOpenApi } from './openapi.ts';
import sessionPlugin from './plugins/session.ts';
import { registerPlumbing } from './plumbing.ts';
import { registerStaticApps } from './static-apps.ts';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export async function buildApp(context: AppContext): Promise<FastifyInstance> {
  const { config } = context;
  const app = Fastify({
    logger: { ...loggerOptions(config.logLevel), stream: context.logStream },
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    requestIdHeader: false,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      // A client's id is kept when it is plain and carries no personal identity code.
      const usable =
        typeof given === 'string' && REQUEST_ID.test(given) && maskPersonalIdentityCodes(given) === given;
      return usable ? given : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true },
    return503OnClosing: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    // Served over https (PUBLIC_URL): browsers are told to use nothing else for a year.
    if (config.secureCookies) reply.header('strict-transport-security', 'max-age=31536000');
  });
  // Actors, ETags and `Cache-Control: no-store` for every route.
  registerPlumbing(app);
  registerErrorHandling(app);
  await app.register(cookie);
  await app.register(sessionPlugin, {
    db: context.db,
    clock: context.clock,
    policy: config.session,
    secureCookies: config.secureCookies,
    verifyBearer: bearerVerifier(
      context.db,
      { issuer: config.publicUrl, ttlSeconds: config.apiTokens.ttlSeconds },
      context.clock,
    ),
  });
  // After the access rule (the session plugin's hook), before every route's schema.
  registerInputPolicy(app);
  await registerOpenApi(app, config.publicUrl);
  await app.register(async (api) => {
    await healthRoutes(api, context);
    await sessionRoutes(api, context);
    await auditRoutes(api, context);
    await myApplicationsRoutes(api, context);
    await attachmentsRoutes(api, context);
    await staffApplicationsRoutes(api, context);
    await staffUsersRoutes(api, context);
    await correspondenceRoutes(api, context);
    await peopleRoutes(api, context);
    await rulesRoutes(api, context);
    await decisionsRoutes(api, context);
    await printBatchesRoutes(api, context);
    await paymentsRoutes(api, context);
    await gdprRoutes(api, context);
    await webhooksRoutes(api, context);
    await statisticsRoutes(api, context);
    await oauthRoutes(api, context);
    await apiClientsRoutes(api, context);
    await approvalsRoutes(api, context);
    await retentionRoutes(api, context);
  });
  await registerStaticApps(app);
  return app;
}
