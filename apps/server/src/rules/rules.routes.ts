// The rules over HTTP. The calculation: the draft prefilled from an application (getCalculationDraft), a
// caseworker's calculation (calculateAssistance) and the public estimate (estimateAssistance), all with the same
// rules engine and the parameter set in force in the month (rules/parameter-sets.ts). The parameter sets:
// listParameterSets and getParameterSet (admins and the handling roles, read-only for the latter),
// createParameterSet (admins); a set is never changed or deleted once added.
import rateLimit from '@fastify/rate-limit';
import { helsinkiDate } from '@tuki/domain';
import { type Language, translate } from '@tuki/i18n';
import { calculationInputSchema, calculationResultSchema } from '@tuki/rules';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { handlingRoles } from '../applications/index.ts';
import { recordAudit } from '../audit/index.ts';
import { inTransaction } from '../db/transaction.ts';
import { access } from '../http/access.ts';
import type { AppContext } from '../http/context.ts';
import { problemOf } from '../http/errors.ts';
import { userLanguage } from '../http/language.ts';
import { auditContext } from '../http/plugins/session.ts';
import { commonErrorResponses, HttpProblem, notFound, problemSchema } from '../http/problem.ts';
import { DomainError } from '../shared/errors.ts';
import { rulesProblem, runCalculation, zodProblem } from './calculation-service.ts';
import { estimateInput, estimateRequestSchema } from './estimate.ts';
import {
  parameterSetBody,
  parameterSetDetailSchema,
  parameterSetListSchema,
} from './parameter-set.presenter.ts';
import { createParameterSet, getParameterSet, listParameterSets } from './parameter-sets-admin.ts';
import { calculationInputFromApplication, prefillNoteCodes } from './prefill.ts';
import { findSentApplicationWithApplicant } from './rules.repository.ts';

export async function rulesRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  await calculationRoutes(app, context);
  await parameterSetsRoutes(app, context);
}

const tags = ['calculation'];
const staffRule = access.staff(handlingRoles);

/** Estimates one address may ask for per window (429 with Retry-After above it). */
export const ESTIMATE_RATE_LIMIT = { max: 30, timeWindow: 60_000 };

const inputSchema = calculationInputSchema.meta({ id: 'CalculationInput' });
const resultSchema = calculationResultSchema.meta({ id: 'CalculationResult' });

const calculationProblemSchema = z
  .object({
    status: z
      .number()
      .int()
      .describe('422 for no parameters or no housing norm, 400 for input the rules refuse'),
    type: z.string(),
    detail: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string(), code: z.string().optional() })),
  })
  .meta({ id: 'CalculationProblem' });

const draftSchema = z
  .object({
    applicationId: z.uuid(),
    input: inputSchema,
    members: z
      .array(z.object({ id: z.string(), firstName: z.string(), lastName: z.string() }))
      .describe('The names of the input’s members, by id (the input itself carries no names)'),
    notes: z
      .array(z.object({ code: z.enum(prefillNoteCodes), path: z.string() }))
      .describe('What the prefill could not take over exactly from the application (path in its content)'),
    result: resultSchema.nullable().describe('The input’s result, or null when it cannot be calculated'),
    problem: calculationProblemSchema.nullable().describe('Why the input cannot be calculated, or null'),
  })
  .meta({ id: 'CalculationDraft' });

const estimateSchema = z
  .object({
    input: inputSchema.describe('The calculation input the estimate was mapped to'),
    result: resultSchema,
  })
  .meta({ id: 'Estimate' });

const rulesErrorResponses = {
  400: problemSchema.describe(
    'Invalid input: `errors[]` names each field (`members.0.dateOfBirth`) with a message in the user’s language and a code',
  ),
  422: problemSchema.describe(
    'The input is valid but cannot be calculated: no parameters for the month (`no-parameters-for-month`, path ' +
      '`month`) or no housing-cost norm for the municipality after the grace period (`missing-housing-norm`)',
  ),
};

function languageOf(request: FastifyRequest): Language {
  return userLanguage(request.headers['accept-language'], 'fi');
}

async function calculationRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { db, clock, config } = context;
  const api = app.withTypeProvider<ZodTypeProvider>();
  const currentMonth = () => helsinkiDate(clock.now()).slice(0, 7);

  api.get(
    '/api/v1/applications/:applicationId/calculation-draft',
    {
      config: { access: staffRule },
      schema: {
        operationId: 'getCalculationDraft',
        summary: 'The calculation input prefilled from the application, with its result or the problem found',
        description:
          'Members (ages on the first day of the month follow from the dates of birth: the applicant’s and the ' +
          'spouse’s from their personal identity codes), the month, the city’s municipality code, housing costs, ' +
          'incomes per member, expenses and liquid assets. `notes` lists what could not be taken over exactly. The ' +
          'read is audited like getApplication (`application.calculation_draft.read`).',
        tags,
        params: z.object({ applicationId: z.uuid() }),
        response: {
          200: draftSchema,
          ...commonErrorResponses,
          404: problemSchema.describe('No such application (drafts are not shown to staff)'),
        },
      },
    },
    async (request) => {
      const language = languageOf(request);
      const now = clock.now();
      const { applicationId } = request.params;
      const loaded = await inTransaction(db, async (trx) => {
        const row = await findSentApplicationWithApplicant(trx, applicationId);
        if (!row) throw notFound('There is no such application.');
        await recordAudit(
          trx,
          auditContext(request),
          {
            action: 'application.calculation_draft.read',
            subjectPersonId: row.person_id,
            objectType: 'application',
            objectId: row.id,
          },
          now,
        );
        return row;
      });
      const content =
        (typeof loaded.content === 'string' ? JSON.parse(loaded.content) : loaded.content) ?? {};
      const prefill = calculationInputFromApplication(
        content,
        {
          personalIdentityCode: loaded.personal_identity_code,
          firstName: loaded.first_name,
          lastName: loaded.last_name,
        },
        { municipalityCode: config.cityMunicipalityCode, fallbackMonth: currentMonth() },
      );
      let result = null;
      let problem = null;
      const parsed = calculationInputSchema.safeParse(prefill.input);
      try {
        if (!parsed.success) throw zodProblem(parsed.error.issues, language, prefill.input);
        result = await runCalculation(db, parsed.data, language);
      } catch (error) {
        const found = error instanceof DomainError ? error : rulesProblem(error, prefill.input, language);
        if (!found) throw error;
        const { status, type, detail, errors } = problemOf(found);
        problem = { status, type, detail, errors: errors ?? [] };
      }
      return { applicationId, ...prefill, result, problem };
    },
  );

  api.post(
    '/api/v1/calculations',
    {
      config: { access: staffRule },
      attachValidation: true,
      schema: {
        operationId: 'calculateAssistance',
        summary: 'Calculate the social assistance of a month from a calculation input',
        description:
          'The rules of the month (its parameter set) applied to the input, line by line with legal references. ' +
          'Nothing is stored. Not audited: the input names no one (member ids and dates of birth only) and is not ' +
          'linked to an application; the prefilled draft read and the decision are audited. Messages follow ' +
          'Accept-Language (fi, sv, en).',
        tags,
        body: inputSchema,
        response: { 200: resultSchema, ...commonErrorResponses, ...rulesErrorResponses },
      },
    },
    async (request) => {
      const language = languageOf(request);
      const parsed = calculationInputSchema.safeParse(request.body);
      if (!parsed.success) throw zodProblem(parsed.error.issues, language, request.body);
      return runCalculation(db, parsed.data, language);
    },
  );

  // The public estimate, in a scope of its own with the rate limit.
  await app.register(async (scope) => {
    await scope.register(rateLimit, {
      global: false,
      errorResponseBuilder: (request, limit) => {
        const seconds = Math.max(1, Math.ceil(limit.ttl / 1000));
        return new HttpProblem(
          429,
          translate(languageOf(request), 'calculation.problems.rateLimited', { seconds }),
          { type: 'rate-limited' },
        );
      },
    });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/v1/estimates',
      {
        config: { access: access.public, csrf: false, rateLimit: ESTIMATE_RATE_LIMIT },
        attachValidation: true,
        schema: {
          operationId: 'estimateAssistance',
          summary: 'Estimate the social assistance of a household (public, no sign-in)',
          description:
            'A simplified household (adults, children’s ages, housing costs, incomes, expenses, assets) mapped to the ' +
            'same rules engine as calculateAssistance, for the city’s municipality and the month given (default: the ' +
            `current month). An estimate, not a decision. Nothing is stored or logged. At most ${ESTIMATE_RATE_LIMIT.max} ` +
            'requests a minute from one address (429 with Retry-After above it). No CSRF token is needed: it changes nothing.',
          tags,
          body: estimateRequestSchema,
          response: {
            200: estimateSchema,
            ...rulesErrorResponses,
            429: problemSchema.describe(
              'Too many estimates from this address; Retry-After says when to try again',
            ),
            500: commonErrorResponses[500],
          },
        },
      },
      async (request) => {
        const language = languageOf(request);
        const parsed = estimateRequestSchema.safeParse(request.body);
        if (!parsed.success) throw zodProblem(parsed.error.issues, language, request.body);
        const input = estimateInput(parsed.data, {
          municipalityCode: config.cityMunicipalityCode,
          currentMonth: currentMonth(),
        });
        const result = await runCalculation(db, input, language);
        return { input, result };
      },
    );
  });
}

const BASE = '/api/v1/parameter-sets';
const setTags = ['parameter sets'];
const readers = access.staff(['admin', ...handlingRoles]);
const params = z.object({ version: z.string().min(1).max(100) });
const CHAIN_NOTE =
  'A set is in force from its effectiveFrom through its own validThrough, or through the month before the ' +
  'next set’s effectiveFrom when that is earlier; a month no set reaches is refused by the calculation.';

async function parameterSetsRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { db, clock } = context;
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    BASE,
    {
      config: { access: readers },
      schema: {
        operationId: 'listParameterSets',
        summary: 'The parameter sets of the calculation, by effective month',
        description: `Shipped and admin-added sets, oldest first, each with its computed validThrough, and the coverage of the months ahead (\`coverage.missingSoon\` from 60 days before the first month no set covers). ${CHAIN_NOTE} Admins and the handling roles; others 403.`,
        tags: setTags,
        response: { 200: parameterSetListSchema, ...commonErrorResponses },
      },
    },
    async () => listParameterSets(db, clock.now()),
  );

  api.get(
    `${BASE}/:version`,
    {
      config: { access: readers },
      schema: {
        operationId: 'getParameterSet',
        summary: 'One parameter set with every value and its source',
        description: `${CHAIN_NOTE} Admins and the handling roles; others 403.`,
        tags: setTags,
        params,
        response: {
          200: parameterSetDetailSchema,
          ...commonErrorResponses,
          404: problemSchema.describe('No set with this version'),
        },
      },
    },
    async (request) => getParameterSet(db, request.params.version),
  );

  api.post(
    BASE,
    {
      config: { access: access.staff(['admin']) },
      schema: {
        operationId: 'createParameterSet',
        summary: 'Add a parameter set with an effective month (admins)',
        description:
          'The body is a whole set (typically the newest one with some values changed, each changed value ' +
          'citing its source). effectiveFrom must be the current month (Helsinki time) or later (400 ' +
          `…/parameter-set-retroactive). ${CHAIN_NOTE} A set is never changed or deleted afterwards; a ` +
          'decision keeps a copy of the set it was calculated with. Audited (parameter_set.create, naming ' +
          'the values changed against the set before it).',
        tags: setTags,
        body: parameterSetBody,
        response: {
          201: parameterSetDetailSchema,
          ...commonErrorResponses,
          409: problemSchema.describe(
            'The version is taken (type …/parameter-set-version-taken) or a set already starts in that ' +
              'month (type …/parameter-set-month-taken)',
          ),
        },
      },
    },
    async (request, reply) => {
      const created = await createParameterSet(db, request.staff(), request.body, clock.now());
      reply.code(201).header('location', `${BASE}/${encodeURIComponent(created.version)}`);
      return created;
    },
  );
}
