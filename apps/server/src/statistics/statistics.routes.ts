// getProcessingTimeStatistics: the processing-time report THL collects every April and October, as JSON or CSV, for
// supervisors and for API clients with the scope statistics:read. Aggregates only: no personal data, not audited.
import { type Language, languages } from '@tuki/domain';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '../http/access.ts';
import type { AppContext } from '../http/context.ts';
import { acceptedLanguages } from '../http/language.ts';
import { badRequest, commonErrorResponses } from '../http/problem.ts';
import { processingTimesCsv, processingTimesCsvFileName } from './processing-times.csv.ts';
import { month, statisticsSchema } from './processing-times.schema.ts';
import {
  checkPeriod,
  getProcessingTimeStatistics,
  lastCompleteHalfYear,
  MAX_MONTHS,
  PeriodError,
} from './processing-times.ts';

const querySchema = z.object({
  from: month()
    .optional()
    .describe('The first month (Finland’s time); with `to`. Default: the last complete half-year'),
  to: month().optional().describe('The last month, included'),
  format: z.enum(['json', 'csv']).optional().describe('csv: the same as Accept: text/csv'),
  lang: z
    .enum(languages)
    .optional()
    .describe('The language of the CSV header row (else Accept-Language, else Finnish)'),
});

const DESCRIPTION =
  'The figures THL collects every April and October (TTL 14 a §, 27 c §), per month, per half-year and for the ' +
  'whole range. Definitions: a decision counts in the month (Finland’s time) of its decision time. ' +
  'Requests for rectification are not applications for social assistance: they are in no figure but ' +
  '`rectificationsDecided`. `decidedLate` (THL’s "decided after more than 7 working days"): the decision date is ' +
  'after the 7th working day after the arrival date (urgent: the next working day), whatever was asked — THL asks ' +
  'this share of all decisions and, separately, the share with an information request. `decidedLateAdjusted`: ' +
  'after the legal deadline with the information-request rule of TTL 14 a §: 7 working days (urgent: the next ' +
  'working day) from the answer to the last request made before the decision, or from the date given to answer by ' +
  'when not answered by the decision, never earlier than the arrival-based deadline. `withInformationRequest`: at ' +
  'least one request for additional information before the decision. `informationRequests`: every request made ' +
  'before the decision (each counted, not only the last); `applicationsWithSeveralRequests`: decided ' +
  'applications with two or more. `medianWorkingDays`: working days d with ' +
  'arrival < d ≤ decision. Working days exclude weekends and Finnish public holidays (with Midsummer Eve and ' +
  `Christmas Eve). At most ${MAX_MONTHS} months; without \`from\` and \`to\`: the last complete half-year. ` +
  'CSV (`Accept: text/csv` or `format=csv`): UTF-8 with a byte order mark, semicolons, decimal comma, CRLF; a ' +
  'header row in `lang` (else Accept-Language, else Finnish); one row per month, half-year and the total, with ' +
  'the shares as percentages with one decimal. The figures are aggregates with no personal data; reading them is ' +
  'not audited.';

/** Whether the Accept header prefers text/csv to JSON. */
function prefersCsv(accept: string | undefined): boolean {
  if (!accept) return false;
  let csv = 0;
  let json = 0;
  for (const part of accept.split(',')) {
    const [type = '', ...parameters] = part.trim().toLowerCase().split(';');
    const qText = parameters
      .map((parameter) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(parameter)?.[1])
      .find(Boolean);
    const q = qText === undefined ? 1 : Number(qText);
    if (type.trim() === 'text/csv') csv = Math.max(csv, q);
    if (type.trim() === 'application/json') json = Math.max(json, q);
  }
  return csv > 0 && csv >= json;
}

export async function statisticsRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { db, clock } = context;
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/statistics/processing-times',
    {
      config: { access: access.staff(['supervisor'], { scopes: ['statistics:read'] }) },
      schema: {
        operationId: 'getProcessingTimeStatistics',
        summary:
          'Processing times for THL: decisions, the share over 7 working days and with an information request',
        description: DESCRIPTION,
        tags: ['statistics'],
        querystring: querySchema,
        response: {
          200: {
            description: 'The figures',
            content: {
              'application/json': { schema: statisticsSchema },
              'text/csv': { schema: z.string().describe('The same figures as a CSV file') },
            },
          },
          ...commonErrorResponses,
        },
      },
    },
    async (request, typedReply) => {
      const query = request.query;
      // The body is JSON or CSV: sent as it is, past the typed JSON response.
      const reply = typedReply as FastifyReply;
      if ((query.from === undefined) !== (query.to === undefined)) {
        throw badRequest('Give both `from` and `to`, or neither.', [
          { path: query.from === undefined ? 'query.from' : 'query.to', message: 'required with the other' },
        ]);
      }
      const period =
        query.from !== undefined && query.to !== undefined
          ? { from: query.from, to: query.to }
          : lastCompleteHalfYear(clock.now());
      try {
        checkPeriod(period.from, period.to);
      } catch (error) {
        if (error instanceof PeriodError)
          throw badRequest(error.message, [{ path: 'query.from', message: error.message }]);
        throw error;
      }
      const statistics = await getProcessingTimeStatistics(db, period.from, period.to);
      reply.header('vary', 'accept, accept-language');
      const csv =
        query.format === 'csv' || (query.format === undefined && prefersCsv(request.headers.accept));
      if (!csv) return reply.type('application/json; charset=utf-8').send(statistics);
      const language: Language =
        query.lang ?? acceptedLanguages(request.headers['accept-language'])[0] ?? 'fi';
      return reply
        .type('text/csv; charset=utf-8; header=present')
        .header('content-disposition', `attachment; filename="${processingTimesCsvFileName(statistics)}"`)
        .send(Buffer.from(processingTimesCsv(statistics, language), 'utf8'));
    },
  );
}
