// Runs every case of test/cases/*.json: input → expected result, worked out by hand from the domain doc's
// figures (the arithmetic is in each case's note). A case either expects a result (the amount, both totals, and
// the key lines, matched by kind, label and member) or an error class by name.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { z } from 'zod';
import {
  type CalculationInput,
  type CalculationResult,
  calculate,
  calculationInputSchema,
  calculationResultSchema,
  parametersFor,
} from '../src/index.ts';

const expectedLineSchema = z
  .object({
    kind: z.string(),
    label: z.string(),
    memberId: z.string().optional(),
    amountCents: z.number().int(),
  })
  .strict();

const caseSchema = z.union([
  z
    .object({
      name: z.string(),
      note: z.string().min(1),
      input: z.unknown(),
      expected: z
        .object({
          amountCents: z.number().int(),
          totalExpensesCents: z.number().int(),
          totalIncomeCents: z.number().int(),
          lines: z.array(expectedLineSchema).min(1),
          absentLabels: z.array(z.string()).optional(),
        })
        .strict(),
    })
    .strict(),
  z
    .object({
      name: z.string(),
      note: z.string().min(1),
      input: z.unknown(),
      expectedError: z.string(),
      /** Whether the input schema alone already refuses the input (default false). */
      schemaRefuses: z.boolean().optional(),
    })
    .strict(),
]);

const fileSchema = z.object({ description: z.string(), cases: z.array(caseSchema).min(1) }).strict();

const folder = new URL('./cases/', import.meta.url);
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort();

function describeLines(result: CalculationResult): string {
  return result.lines
    .map((line) => `${line.kind} ${line.label} ${line.memberId ?? '-'} ${line.amountCents}`)
    .join('\n');
}

it('finds the case files', () => {
  assert.ok(files.length >= 5, `only ${files.length} case files`);
});

for (const file of files) {
  const data = fileSchema.parse(JSON.parse(readFileSync(new URL(file, folder), 'utf8')));
  describe(file, () => {
    for (const testCase of data.cases) {
      it(testCase.name, () => {
        if ('expectedError' in testCase) {
          // The schema refuses what it can check on its own (rules that need no parameters) …
          const parsed = calculationInputSchema.safeParse(testCase.input);
          assert.equal(parsed.success, testCase.schemaRefuses !== true, 'schema');
          // … and the engine refuses the input even when it was not validated first.
          const input = testCase.input as CalculationInput;
          assert.throws(
            () => calculate(input, parametersFor(input.month)),
            (error: unknown) => error instanceof Error && error.name === testCase.expectedError,
          );
          return;
        }
        const input = calculationInputSchema.parse(testCase.input);
        const result = calculationResultSchema.parse(calculate(input, parametersFor(input.month)));
        const expected = testCase.expected;
        const context = `${testCase.note}\n--- lines:\n${describeLines(result)}`;
        assert.equal(result.month, input.month);
        assert.equal(result.amountCents, expected.amountCents, `amountCents\n${context}`);
        assert.equal(
          result.totalExpensesCents,
          expected.totalExpensesCents,
          `totalExpensesCents\n${context}`,
        );
        assert.equal(result.totalIncomeCents, expected.totalIncomeCents, `totalIncomeCents\n${context}`);
        for (const line of expected.lines) {
          const found = result.lines.some(
            (candidate) =>
              candidate.kind === line.kind &&
              candidate.label === line.label &&
              (line.memberId === undefined || candidate.memberId === line.memberId) &&
              candidate.amountCents === line.amountCents,
          );
          assert.ok(found, `no line ${JSON.stringify(line)}\n${context}`);
        }
        for (const label of expected.absentLabels ?? []) {
          assert.ok(
            !result.lines.some((line) => line.label === label),
            `unexpected line ${label}\n${context}`,
          );
        }
      });
    }
  });
}
