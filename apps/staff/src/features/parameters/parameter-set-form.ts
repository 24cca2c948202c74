// The form for a new parameter set: its values as the admin types them (euros and percents as text), built from
// the newest set; the checks in the browser; the new set built from the base with the changed values, each
// changed group citing the source the admin gave; and the API's refusals turned into texts at the fields.

import { isApiProblem } from '@tuki/api-client';
import type { Translator } from '@tuki/i18n';
import type { ParameterSet } from './parameter-sets-api.ts';

export const shareKeys = [
  'single',
  'singleParent',
  'otherAdult',
  'adultLivingWithParents',
  'child10To17',
  'childUnder10',
] as const;
export type ShareKey = (typeof shareKeys)[number];
export const reductionOptions = [20, 40, 50] as const;
export type Reduction = (typeof reductionOptions)[number];
export const groups = ['basicAmount', 'shares', 'deduction', 'water', 'norms', 'reductions'] as const;
export type Group = (typeof groups)[number];
export type AgeGroup = 'adults' | 'minors';

export interface DeductionValues {
  inUse: boolean;
  rate: string;
  max: string;
}

export interface FormValues {
  effectiveFrom: string;
  validThrough: string;
  description: string;
  singlePerson: string;
  shares: Record<ShareKey, string>;
  deduction: Record<AgeGroup, DeductionValues>;
  water: string;
  /** Per municipality code: the norms for 1…n persons, then the amount for each further person. */
  norms: Record<string, string[]>;
  reductions: Reduction[];
  sources: Record<Group, string>;
}

/**
 * An error key names one input: `effectiveFrom`, `shares.single`, `deduction.adults.rate`, `norms.091.0`,
 * `sources.shares`, …; the id of the input is derived from it.
 */
export type FieldErrors = Record<string, string>;
export const fieldId = (key: string) => `parameter-set-${key.replaceAll('.', '-')}`;

// --- Formatting and parsing ---------------------------------------------------------------------------------

/** Cents as the euros an admin types: 57843 → "578,43" (fi, sv) or "578.43" (en). */
export function centsText(cents: number, decimalComma: boolean): string {
  const text = (cents / 100).toFixed(2);
  return decimalComma ? text.replace('.', ',') : text;
}

/** Basis points as a percent: 7220 → "72,2", 10000 → "100". */
export function percentText(basisPoints: number, decimalComma: boolean): string {
  const text = String(basisPoints / 100);
  return decimalComma ? text.replace('.', ',') : text;
}

const EURO = /^(\d{1,7})(?:[.,](\d{1,2}))?$/;
const PERCENT = /^(\d{1,3})(?:[.,](\d{1,2}))?$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const clean = (text: string) => text.replace(/[\s\u00a0€%]/g, '');

/** "578,43" → 57843; undefined when it is not an amount of euros with at most two decimals. */
export function parseCents(text: string): number | undefined {
  const match = EURO.exec(clean(text));
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** "72,2" → 7220 basis points (a share may be above 100 %); undefined when it is not a percent with at most two decimals. */
export function parseBasisPoints(text: string): number | undefined {
  const match = PERCENT.exec(clean(text));
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** The month after `month` ('YYYY-MM'). */
export function monthAfter(month: string): string {
  const year = Number(month.slice(0, 4));
  const number = Number(month.slice(5, 7));
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

const helsinkiMonthFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
});

/** The current month in Finland, 'YYYY-MM'. */
export function helsinkiMonth(now: Date = new Date()): string {
  const parts = Object.fromEntries(
    helsinkiMonthFormat.formatToParts(now).map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}`;
}

/** The version of a new set: its month and a running number, e.g. `2027-01.1`. */
export function versionFor(effectiveFrom: string, taken: readonly string[]): string {
  for (let n = 1; ; n += 1) {
    const version = `${effectiveFrom}.${n}`;
    if (!taken.includes(version)) return version;
  }
}

// --- From the base set and back ------------------------------------------------------------------------------

export function initialValues(base: ParameterSet, effectiveFrom: string, decimalComma: boolean): FormValues {
  const euros = (cents: number) => centsText(cents, decimalComma);
  const percent = (points: number) => percentText(points, decimalComma);
  const deduction = (rule: { rateBasisPoints: number; maxCents: number } | null): DeductionValues =>
    rule
      ? { inUse: true, rate: percent(rule.rateBasisPoints), max: euros(rule.maxCents) }
      : { inUse: false, rate: '', max: '' };
  const shares = base.basicAmount.sharesBasisPoints.value;
  return {
    effectiveFrom,
    validThrough: `${effectiveFrom.slice(0, 4)}-12`,
    description: '',
    singlePerson: euros(base.basicAmount.singlePersonCents.value),
    shares: Object.fromEntries(shareKeys.map((key) => [key, percent(shares[key])])) as Record<
      ShareKey,
      string
    >,
    deduction: {
      adults: deduction(base.earnedIncomeDeduction.value.adults),
      minors: deduction(base.earnedIncomeDeduction.value.minors),
    },
    water:
      base.housing.waterAllowancePerPersonCents === null
        ? ''
        : euros(base.housing.waterAllowancePerPersonCents.value),
    norms: Object.fromEntries(
      (base.housing.norm?.value.municipalities ?? []).map((norm) => [
        norm.municipalityCode,
        [...norm.byHouseholdSizeCents.map(euros), euros(norm.eachFurtherCents)],
      ]),
    ),
    reductions: reductionOptions.filter((percent) => base.reductionPercents.value.includes(percent)),
    sources: { basicAmount: '', shares: '', deduction: '', water: '', norms: '', reductions: '' },
  };
}

interface Built {
  set?: ParameterSet;
  errors: FieldErrors;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Checks the values and builds the new set from the base. A group whose values changed gets a new source entry
 * (`admin-<month>-<group>`) with the admin's text, and its old note is dropped (it was about the old value).
 */
export function buildParameterSet(
  base: ParameterSet,
  values: FormValues,
  context: { currentMonth: string; takenMonths: readonly string[]; takenVersions: readonly string[] },
  t: Translator,
): Built {
  const errors: FieldErrors = {};
  const euros = (key: string, text: string) => {
    const cents = parseCents(text);
    if (cents === undefined) errors[key] = t('parameterSets.errors.euroInvalid');
    return cents ?? 0;
  };
  const percent = (key: string, text: string) => {
    const points = parseBasisPoints(text);
    if (points === undefined) errors[key] = t('parameterSets.errors.percentInvalid');
    return points ?? 0;
  };

  const effectiveFrom = values.effectiveFrom.trim();
  const validThrough = values.validThrough.trim();
  if (!MONTH.test(effectiveFrom)) errors.effectiveFrom = t('parameterSets.errors.monthInvalid');
  else if (effectiveFrom < context.currentMonth) {
    errors.effectiveFrom = t('parameterSets.errors.retroactive', { month: context.currentMonth });
  } else if (context.takenMonths.includes(effectiveFrom))
    errors.effectiveFrom = t('parameterSets.errors.monthTaken');
  if (!MONTH.test(validThrough)) errors.validThrough = t('parameterSets.errors.monthInvalid');
  else if (MONTH.test(effectiveFrom) && validThrough < effectiveFrom) {
    errors.validThrough = t('parameterSets.errors.validThroughBefore');
  }
  const description = values.description.trim();
  if (description === '') errors.description = t('parameterSets.errors.descriptionRequired');

  const singlePerson = euros('singlePerson', values.singlePerson);
  const shares = Object.fromEntries(
    shareKeys.map((key) => [key, percent(`shares.${key}`, values.shares[key])]),
  ) as Record<ShareKey, number>;
  const rule = (group: AgeGroup) => {
    const given = values.deduction[group];
    if (!given.inUse) return null;
    return {
      rateBasisPoints: percent(`deduction.${group}.rate`, given.rate),
      maxCents: euros(`deduction.${group}.max`, given.max),
    };
  };
  const adults = rule('adults');
  const minors = rule('minors');
  const water = values.water.trim() === '' ? null : euros('water', values.water);
  const municipalities = (base.housing.norm?.value.municipalities ?? []).map((norm) => {
    const texts = values.norms[norm.municipalityCode] ?? [];
    const amounts = texts.map((text, index) => euros(`norms.${norm.municipalityCode}.${index}`, text));
    return {
      ...norm,
      byHouseholdSizeCents: amounts.slice(0, -1),
      eachFurtherCents: amounts.at(-1) ?? 0,
    };
  });

  const set = structuredClone(base);
  set.effectiveFrom = effectiveFrom;
  set.validThrough = validThrough;
  set.version = versionFor(effectiveFrom, context.takenVersions);
  set.description = description;
  const changed: Record<Group, boolean> = {
    basicAmount: singlePerson !== base.basicAmount.singlePersonCents.value,
    shares: !same(shares, base.basicAmount.sharesBasisPoints.value),
    deduction:
      !same(adults, base.earnedIncomeDeduction.value.adults) ||
      !same(minors, base.earnedIncomeDeduction.value.minors),
    water: water !== (base.housing.waterAllowancePerPersonCents?.value ?? null),
    norms: !same(municipalities, base.housing.norm?.value.municipalities ?? []),
    reductions: !same(values.reductions, base.reductionPercents.value),
  };
  const cite = (group: Group): { source: string } => {
    const text = values.sources[group].trim();
    if (text === '') errors[`sources.${group}`] = t('parameterSets.errors.sourceRequired');
    const key = `admin-${effectiveFrom}-${group}`;
    set.sources[key] = text;
    return { source: key };
  };
  if (changed.basicAmount)
    set.basicAmount.singlePersonCents = { value: singlePerson, ...cite('basicAmount') };
  if (changed.shares) set.basicAmount.sharesBasisPoints = { value: shares, ...cite('shares') };
  if (changed.deduction) {
    set.earnedIncomeDeduction = {
      value: { incomeTypes: base.earnedIncomeDeduction.value.incomeTypes, adults, minors },
      ...cite('deduction'),
    };
  }
  if (changed.water)
    set.housing.waterAllowancePerPersonCents = water === null ? null : { value: water, ...cite('water') };
  if (changed.norms && base.housing.norm) {
    set.housing.norm = { value: { ...base.housing.norm.value, municipalities }, ...cite('norms') };
  }
  if (changed.reductions) set.reductionPercents = { value: [...values.reductions], ...cite('reductions') };
  return Object.keys(errors).length > 0 ? { errors } : { set, errors };
}

// --- The API's refusals ---------------------------------------------------------------------------------------

/** The form's key for a path of the set (a field error of a 400), if the form has that input. */
export function fieldOfPath(path: string, base: ParameterSet): string | undefined {
  const parts = path.split('.');
  const [head, second, third, fourth, fifth, sixth] = parts;
  if (head === 'effectiveFrom' || head === 'validThrough' || head === 'description') return head;
  if (head === 'version') return 'effectiveFrom';
  if (head === 'reductionPercents') return 'reductions';
  if (head === 'basicAmount' && second === 'singlePersonCents') {
    return third === 'source' ? 'sources.basicAmount' : 'singlePerson';
  }
  if (head === 'basicAmount' && second === 'sharesBasisPoints') {
    if (third === 'source') return 'sources.shares';
    return shareKeys.find((key) => key === fourth) ? `shares.${fourth}` : 'shares.single';
  }
  if (head === 'earnedIncomeDeduction') {
    if (second === 'source') return 'sources.deduction';
    if (
      (fourth === 'adults' || fourth === 'minors') &&
      (fifth === 'rateBasisPoints' || fifth === 'maxCents')
    ) {
      return `deduction.${fourth}.${fifth === 'rateBasisPoints' ? 'rate' : 'max'}`;
    }
    return undefined;
  }
  if (head === 'housing' && second === 'waterAllowancePerPersonCents') {
    return third === 'source' ? 'sources.water' : 'water';
  }
  if (head === 'housing' && second === 'norm') {
    if (third === 'source') return 'sources.norms';
    const norm = base.housing.norm?.value.municipalities[Number(fifth)];
    if (!norm) return undefined;
    const column =
      sixth === 'eachFurtherCents' ? norm.byHouseholdSizeCents.length : Number(parts[6] ?? Number.NaN);
    return Number.isInteger(column) ? `norms.${norm.municipalityCode}.${column}` : undefined;
  }
  return undefined;
}

export interface Refusal {
  fields: FieldErrors;
  general?: string;
}

const problemKind = (type: string) => type.slice(type.lastIndexOf('/') + 1);

/** The API's answer to a create, as texts for the form; undefined for what the app shows itself. */
export function refusalOf(
  error: unknown,
  base: ParameterSet,
  currentMonth: string,
  t: Translator,
): Refusal | undefined {
  if (!isApiProblem(error)) return undefined;
  const kind = problemKind(error.type);
  if (error.status === 409) {
    if (kind === 'parameter-set-month-taken')
      return { fields: { effectiveFrom: t('parameterSets.errors.monthTaken') } };
    if (kind === 'parameter-set-version-taken') {
      return { fields: { effectiveFrom: t('parameterSets.errors.versionTaken') } };
    }
    return { fields: {}, general: t('parameterSets.errors.failed') };
  }
  if (error.status === 400) {
    if (kind === 'parameter-set-retroactive') {
      return { fields: { effectiveFrom: t('parameterSets.errors.retroactive', { month: currentMonth }) } };
    }
    const fields: FieldErrors = {};
    for (const fieldError of error.errors) {
      const field = fieldOfPath(fieldError.path, base);
      if (field && fields[field] === undefined) {
        fields[field] =
          field === 'effectiveFrom' || field === 'validThrough'
            ? t('parameterSets.errors.monthInvalid')
            : t('parameterSets.errors.invalid');
      }
    }
    return Object.keys(fields).length > 0
      ? { fields }
      : { fields, general: t('parameterSets.errors.failed') };
  }
  if (error.status === 401 || error.status === 403 || error.status >= 500) return undefined;
  return { fields: {}, general: t('parameterSets.errors.failed') };
}
