// The OpenAPI 3.1 document, generated from the zod schemas of the routes, and its readable docs.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { type Access, type ApiScope, apiScopes } from './access.ts';

const scopeDescriptions: Record<ApiScope, string> = {
  'applications:read': 'Read the work queue, cases and a person’s cases',
  'decisions:read': 'Download decision letters',
  'events:manage': 'Manage webhook subscriptions and read the event log',
  'statistics:read': 'Read the processing-time statistics',
  'audit:read': 'Read the audit trail',
  'gdpr:read': 'Read a person’s data (GDPR API)',
  'gdpr:delete': 'Delete a person’s deletable data (GDPR API)',
  'payments:read': 'Read payments and payment batches, download payment files already written',
  'payments:write': 'Import the bank’s payment status reports (pain.002)',
};

type JsonObject = Record<string, unknown>;

/** Error responses are documented with the media type they are sent with. */
function useProblemMediaType(document: JsonObject): JsonObject {
  const paths = (document.paths ?? {}) as Record<string, Record<string, JsonObject>>;
  for (const operations of Object.values(paths)) {
    for (const operation of Object.values(operations)) {
      const responses = (operation.responses ?? {}) as Record<string, JsonObject>;
      for (const [status, response] of Object.entries(responses)) {
        const content = response.content as Record<string, unknown> | undefined;
        if (Number(status) >= 400 && content?.['application/json']) {
          response.content = { 'application/problem+json': content['application/json'] };
        }
      }
    }
  }
  return document;
}

/**
 * The zod type provider registers an input variant ("XInput") of every named schema beside the output one.
 * Drop the input variants that no operation refers to, so the document lists only what is used.
 */
function dropUnusedInputSchemas(document: JsonObject): JsonObject {
  const schemas = ((document.components as JsonObject | undefined)?.schemas ?? {}) as Record<string, unknown>;
  for (;;) {
    const text = JSON.stringify(document);
    const unused = Object.keys(schemas).filter(
      (name) => name.endsWith('Input') && !text.includes(`"#/components/schemas/${name}"`),
    );
    if (unused.length === 0) return document;
    for (const name of unused) delete schemas[name];
  }
}

/** Who may call an operation, as OpenAPI security requirements (any one of them). */
function securityOf(rule: Access | undefined): Record<string, string[]>[] | undefined {
  if (!rule || rule.kind === 'public') return undefined;
  const requirements: Record<string, string[]>[] = rule.kind === 'client' ? [] : [{ sessionCookie: [] }];
  const scopes =
    rule.kind === 'client' || rule.kind === 'staff' || rule.kind === 'signedIn' ? rule.scopes : [];
  if (scopes && scopes.length > 0) requirements.push({ apiClient: [...scopes] });
  return requirements;
}

/**
 * The content security policy of the API documentation page (/api/docs and its files): Swagger UI's scripts and
 * styles from Tuki only, no inline script; inline styles allowed (Swagger UI sets style attributes); the document
 * and "Try it out" calls to Tuki only (this origin and the public URL's, which the document names as its server);
 * its logo and icons are data: images; no plugins, no framing.
 */
export function apiDocsContentSecurityPolicy(publicUrl: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${new URL(publicUrl).origin}`,
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

type TransformArgs = Parameters<typeof jsonSchemaTransform>[0];

export async function registerOpenApi(app: FastifyInstance, publicUrl: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tuki API',
        version: '1.0.0',
        description:
          'The open interface of Tuki, the electronic handling of social assistance. The citizen and staff ' +
          'web apps use exactly this API. Errors are application/problem+json (RFC 9457).',
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
      },
      servers: [{ url: publicUrl }],
      tags: [
        { name: 'session', description: 'Sign-in and the current session' },
        { name: 'audit', description: 'The audit trail' },
        { name: 'system', description: 'Health and configuration' },
      ],
      components: {
        securitySchemes: {
          sessionCookie: { type: 'apiKey', in: 'cookie', name: 'tuki_session' },
          csrfToken: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
          apiClient: {
            type: 'oauth2',
            description:
              'Other systems: a short-lived bearer token from the client-credentials grant (docs/API.md)',
            flows: {
              clientCredentials: {
                tokenUrl: `${publicUrl}/api/v1/oauth/token`,
                scopes: Object.fromEntries(apiScopes.map((scope) => [scope, scopeDescriptions[scope]])),
              },
            },
          },
        },
      },
    },
    transform: (args: TransformArgs) => {
      const transformed = jsonSchemaTransform(args);
      const security = securityOf((args.route.config as { access?: Access } | undefined)?.access);
      return security ? { ...transformed, schema: { ...transformed.schema, security } } : transformed;
    },
    transformObject: (input) => {
      const document = jsonSchemaTransformObject(input) as JsonObject;
      return dropUnusedInputSchemas(useProblemMediaType(document)) as ReturnType<
        typeof jsonSchemaTransformObject
      >;
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    // No validator badge: it would load an image from validator.swagger.io.
    uiConfig: { docExpansion: 'list', deepLinking: true, validatorUrl: null },
    staticCSP: apiDocsContentSecurityPolicy(publicUrl),
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
