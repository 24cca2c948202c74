// The processing-time figures as data: one definition, from which the API document's schemas and the TypeScript types
// of the report (processing-times.ts) both come.
import { z } from 'zod';

// Fresh schemas at every use: the OpenAPI generator refuses an unnamed schema used in two places.
export const month = () =>
  z
    .string()
    .regex(/^[0-9]{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM')
    .describe('A month, YYYY-MM');

const share = () => z.number().min(0).max(1).nullable();

const figures = () => ({
  decided: z.number().int().describe('Applications decided (requests for rectification not included)'),
  decidedLate: z
    .number()
    .int()
    .describe(
      'Decided after the 7th working day after arrival (urgent: the next working day): THL’s "over 7 working days"',
    ),
  lateShare: share().describe('decidedLate / decided (0–1, 4 decimals); null when nothing was decided'),
  decidedLateAdjusted: z
    .number()
    .int()
    .describe('Decided after the deadline as moved by information requests (TTL 14 a §)'),
  lateAdjustedShare: share().describe('decidedLateAdjusted / decided'),
  withInformationRequest: z
    .number()
    .int()
    .describe('Decided applications with at least one request for additional information'),
  informationRequestShare: share().describe('withInformationRequest / decided'),
  informationRequests: z
    .number()
    .int()
    .describe(
      'Every request made before the decision on the decided applications (a second one counts again)',
    ),
  applicationsWithSeveralRequests: z
    .number()
    .int()
    .describe('Decided applications with two or more requests before the decision'),
  medianWorkingDays: z
    .number()
    .nullable()
    .describe('Median working days from arrival to decision; null when nothing was decided'),
  rectificationsDecided: z.number().int().describe('Requests for rectification decided (in no other figure)'),
  closedAsDuplicate: z
    .number()
    .int()
    .describe(
      'Applications closed as duplicates (merged into another application) in the month of closing: not decisions, ' +
        'never late, in no other figure',
    ),
});

export const figuresSchema = z.object(figures()).meta({ id: 'ProcessingTimeFigures' });

export const statisticsSchema = z
  .object({
    from: month(),
    to: month(),
    months: z.array(z.object({ month: month(), ...figures() })),
    halfYears: z.array(
      z.object({
        period: z.string().describe('2026H1 (January–June) or 2026H2 (July–December)'),
        from: month().describe('The first month of the half-year inside the range'),
        to: month().describe('The last month of the half-year inside the range'),
        complete: z.boolean().describe('Whether the whole half-year is inside the range'),
        ...figures(),
      }),
    ),
    total: figuresSchema,
  })
  .meta({ id: 'ProcessingTimeStatistics' });

export type ProcessingTimeFigures = z.infer<typeof figuresSchema>;
export type ProcessingTimeStatistics = z.infer<typeof statisticsSchema>;
export type MonthFigures = ProcessingTimeStatistics['months'][number];
export type HalfYearFigures = ProcessingTimeStatistics['halfYears'][number];
