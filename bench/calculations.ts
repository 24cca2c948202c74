// Calculations per second of the rules engine (packages/rules) on a realistic mix of households: mostly single
// people, then single parents and couples with children, a few with adult children at home or another adult, in
// every month of 2017–2026, mostly in the big cities (some after the housing norm's grace period), with the usual
// incomes (benefits, housing allowance, some wages) and a few expenses.
// Prints two figures: `calculate` with the month's parameter lookup (what a decision costs), and the same with the
// input validated by calculationInputSchema first (what the API's calculateAssistance does before calling it).
// Usage: npm run bench:rules [-- --seconds 3]
import { parseArgs } from 'node:util';
import {
  type CalculationInput,
  type CalculationMember,
  calculate,
  calculationInputSchema,
  type IncomeType,
  parametersFor,
} from '../packages/rules/src/index.ts';

const { values: args } = parseArgs({ options: { seconds: { type: 'string', default: '3' } } });
const SECONDS = Number(args.seconds);
const HOUSEHOLDS = 10_000;

// A small deterministic generator (mulberry32), so every run measures the same households.
let seed = 20_260_301;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}
const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
function pick<T>(items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function household(): CalculationInput {
  const year = between(2017, 2026);
  const month = `${year}-${String(between(1, 12)).padStart(2, '0')}`;
  // (a baby is born on 1 January of the year, so never after the month)
  const dob = (age: number) =>
    age === 0
      ? `${year}-01-01`
      : `${year - age}-${String(between(1, 12)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`;
  const members: CalculationMember[] = [
    { id: 'applicant', role: 'applicant', dateOfBirth: dob(between(18, 75)) },
  ];
  const kind = random();
  let children = 0;
  if (kind >= 0.55 && kind < 0.7) children = between(1, 3); // single parent
  if (kind >= 0.7) members.push({ id: 'spouse', role: 'spouse', dateOfBirth: dob(between(19, 70)) });
  if (kind >= 0.8) children = between(1, 5); // couple with children
  for (let index = 0; index < children; index += 1) {
    members.push({ id: `child-${index}`, role: 'child', dateOfBirth: dob(between(0, 17)) });
  }
  if (kind >= 0.95)
    members.push({ id: 'adult-child', role: 'adult_child', dateOfBirth: dob(between(18, 24)) });
  if (random() < 0.02) members.push({ id: 'other', role: 'other_adult', dateOfBirth: dob(between(18, 80)) });
  if (random() < 0.05) members[0] = { ...members[0], reductionPercent: 20 } as CalculationMember;

  const incomes: CalculationInput['incomes'] = [];
  for (const member of members) {
    if (member.role === 'child') {
      if (random() < 0.5)
        incomes.push({ memberId: member.id, type: 'child_benefit', amountCents: between(9_000, 14_000) });
      continue;
    }
    const type: IncomeType = pick([
      'labour_market_subsidy',
      'unemployment_benefit',
      'sickness_allowance',
      'pension',
      'student_aid',
      'wage',
    ]);
    incomes.push({ memberId: member.id, type, amountCents: between(30_000, 160_000) });
    if (random() < 0.2)
      incomes.push({ memberId: member.id, type: 'wage', amountCents: between(5_000, 60_000) });
  }
  incomes.push({ memberId: 'applicant', type: 'housing_allowance', amountCents: between(20_000, 60_000) });
  const municipalityCode = pick(['091', '091', '091', '049', '092', '837', '853', '564', '398']);
  const normKnown = month >= '2024-04' && municipalityCode !== '398';
  const expenses: CalculationInput['expenses'] = [];
  for (let count = between(0, 3); count > 0; count -= 1) {
    expenses.push({
      type: pick(['health_care', 'medicine', 'day_care', 'moving']),
      amountCents: between(500, 20_000),
    });
  }
  return {
    month,
    municipalityCode,
    members,
    housing: {
      costsCents: between(40_000, 160_000),
      ...(normKnown ? { normGraceEnded: random() < 0.2 } : {}),
    },
    incomes,
    expenses,
    assetsCents: random() < 0.1 ? between(0, 100_000) : 0,
  };
}

const inputs = Array.from({ length: HOUSEHOLDS }, household);

function measure(name: string, once: (input: CalculationInput) => number): void {
  let sink = 0;
  const warmUntil = performance.now() + 500;
  for (let index = 0; performance.now() < warmUntil; index += 1)
    sink += once(inputs[index % HOUSEHOLDS] as CalculationInput);
  let count = 0;
  const start = performance.now();
  const stop = start + SECONDS * 1000;
  while (performance.now() < stop) {
    for (const input of inputs) sink += once(input);
    count += HOUSEHOLDS;
  }
  const seconds = (performance.now() - start) / 1000;
  const perSecond = Math.round(count / seconds);
  console.log(
    `${name}: ${perSecond.toLocaleString('en-US')} calculations/s (${count.toLocaleString('en-US')} in ${seconds.toFixed(2)} s, ${(1e6 / perSecond).toFixed(2)} µs each; checksum ${sink % 1_000_000})`,
  );
}

const members = inputs.reduce((sum, input) => sum + input.members.length, 0) / HOUSEHOLDS;
const paying = inputs.filter((input) => calculate(input, parametersFor(input.month)).amountCents > 0).length;
console.log(
  `${HOUSEHOLDS.toLocaleString('en-US')} households, ${members.toFixed(2)} members on average, ${((100 * paying) / HOUSEHOLDS).toFixed(0)} % with assistance > 0; Node ${process.version}`,
);
measure(
  'calculate (with parametersFor)',
  (input) => calculate(input, parametersFor(input.month)).amountCents,
);
measure('validate input + calculate', (input) => {
  const parsed = calculationInputSchema.parse(input);
  return calculate(parsed, parametersFor(parsed.month)).amountCents;
});
