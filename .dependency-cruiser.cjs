// The layer rules, checked by `npm run deps` (part of `npm test`). See docs/ARCHITECTURE.md, "Boundaries".
const aggregates = [
  'api-clients',
  'applications',
  'approvals',
  'attachments',
  'audit',
  'correspondence',
  'decisions',
  'letters',
  'payments',
  'people',
  'print-batches',
  'rules',
  'session',
  'staff-users',
  'statistics',
  'suomifi',
  'webhooks',
].join('|');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No module may depend on itself through others: move the shared part to a module both import.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'server-commands-not-to-http',
      severity: 'error',
      comment:
        'Only the HTTP layer (apps/server/src/http/) and the routes files (*.routes.ts) know HTTP: a command, ' +
        'repository, presenter or job never imports from http/. server.ts and cli/openapi.ts build the app.',
      from: {
        path: '^apps/server/src/',
        pathNot: [
          '^apps/server/src/http/',
          '[.]routes[.]ts$',
          '^apps/server/src/server[.]ts$',
          '^apps/server/src/cli/openapi[.]ts$',
        ],
      },
      to: { path: '^apps/server/src/http/' },
    },
    {
      name: 'server-aggregate-through-index',
      severity: 'error',
      comment:
        'An aggregate folder of the server imports another aggregate only through that aggregate’s index.ts.',
      from: { path: `^apps/server/src/(${aggregates})/` },
      to: {
        path: `^apps/server/src/(${aggregates})/`,
        pathNot: ['^apps/server/src/$1/', `^apps/server/src/(${aggregates})/index[.]ts$`],
      },
    },
    {
      name: 'web-feature-not-to-other-feature',
      severity: 'error',
      comment:
        'A feature folder of a web app (src/features/<x>/) uses only shared code (packages, features/common) ' +
        'and another feature only through its index.ts.',
      from: { path: '^apps/(citizen|staff)/src/features/([^/]+)/' },
      to: {
        path: '^apps/$1/src/features/',
        pathNot: [
          '^apps/$1/src/features/$2/',
          '^apps/$1/src/features/common/',
          '^apps/$1/src/features/[^/]+/index[.]tsx?$',
        ],
      },
    },
    {
      name: 'packages-not-to-apps',
      severity: 'error',
      comment: 'The shared packages never import from the apps.',
      from: { path: '^packages/' },
      to: { path: '^apps/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|data|test-results)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
