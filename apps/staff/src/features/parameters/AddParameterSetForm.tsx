// Adding a parameter set, based on the newest one: the effective month, the basic amount, the shares, the
// earned-income deduction, the water allowance, the housing norms and the reductions in force, with a source for
// each group of values changed. Errors are shown at the fields and in a summary that takes the focus and links to
// them; the API's refusals (400, 409) are shown the same way.

import type { Translator } from '@tuki/i18n';
import { useLanguage, useT } from '@tuki/ui';
import { Button, ButtonVariant, Checkbox, ErrorSummary, TextInput } from 'hds-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { monthInText } from './ParameterSetView.tsx';
import {
  type AgeGroup,
  buildParameterSet,
  type FieldErrors,
  type FormValues,
  fieldId,
  type Group,
  helsinkiMonth,
  initialValues,
  monthAfter,
  type Reduction,
  reductionOptions,
  refusalOf,
  shareKeys,
  versionFor,
} from './parameter-set-form.ts';
import { type ParameterSet, type ParameterSetSummary, useCreateParameterSet } from './parameter-sets-api.ts';

const ageGroups: readonly AgeGroup[] = ['adults', 'minors'];

/** Every input's error key and label, in the order of the page (the order of the error summary). */
function fieldLabels(base: ParameterSet, t: Translator): [string, string][] {
  const source = (group: Group): [string, string] => [
    `sources.${group}`,
    t('parameterSets.form.source', { group: t(`parameterSets.form.groups.${group}`) }),
  ];
  const groupName = (group: AgeGroup) => t(`parameterSets.detail.${group}`);
  const municipalities = base.housing.norm?.value.municipalities ?? [];
  return [
    ['effectiveFrom', t('parameterSets.form.effectiveFrom')],
    ['validThrough', t('parameterSets.form.validThrough')],
    ['description', t('parameterSets.form.description')],
    ['singlePerson', t('parameterSets.form.singlePerson')],
    source('basicAmount'),
    ...shareKeys.map((key): [string, string] => [`shares.${key}`, t(`parameterSets.categories.${key}`)]),
    source('shares'),
    ...ageGroups.flatMap((group): [string, string][] => [
      [`deduction.${group}.rate`, t('parameterSets.form.rate', { group: groupName(group) })],
      [`deduction.${group}.max`, t('parameterSets.form.max', { group: groupName(group) })],
    ]),
    source('deduction'),
    ['water', t('parameterSets.form.water')],
    source('water'),
    ...municipalities.flatMap((norm) =>
      [...norm.byHouseholdSizeCents, norm.eachFurtherCents].map((_, index): [string, string] => [
        `norms.${norm.municipalityCode}.${index}`,
        t('parameterSets.form.normField', {
          municipality: norm.name,
          size:
            index < norm.byHouseholdSizeCents.length
              ? t('parameterSets.form.normPersons', { count: String(index + 1) })
              : t('parameterSets.form.normFurther'),
        }),
      ]),
    ),
    source('norms'),
    ['reductions', t('parameterSets.form.reductionsLegend')],
    source('reductions'),
  ];
}

export function AddParameterSetForm({
  base,
  sets,
  onAdded,
}: {
  base: ParameterSet;
  sets: ParameterSetSummary[];
  onAdded: (month: string) => void;
}) {
  const t = useT();
  const { language } = useLanguage();
  const decimalComma = language !== 'en';
  const currentMonth = helsinkiMonth();
  const takenMonths = sets.map((set) => set.effectiveFrom);
  const takenVersions = sets.map((set) => set.version);
  const [values, setValues] = useState<FormValues>(() => {
    let month = monthAfter(currentMonth);
    while (takenMonths.includes(month)) month = monthAfter(month);
    return initialValues(base, month, decimalComma);
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [normsOpen, setNormsOpen] = useState(false);
  const create = useCreateParameterSet();
  const labels = fieldLabels(base, t);
  const labelOf = new Map(labels);

  const update = (change: (current: FormValues) => FormValues) => setValues((current) => change(current));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setGeneral(undefined);
    const built = buildParameterSet(base, values, { currentMonth, takenMonths, takenVersions }, t);
    setErrors(built.errors);
    if (!built.set) return;
    const month = monthInText(built.set.effectiveFrom, language);
    // The promise, not mutate's callbacks: the form is replaced by one based on the new set as soon as the list
    // is read again, and the page must still hear of the success.
    create.mutateAsync(built.set).then(
      () => onAdded(month),
      (error: unknown) => {
        const refusal = refusalOf(error, base, currentMonth, t);
        setErrors(refusal?.fields ?? {});
        setGeneral(refusal?.general);
      },
    );
  };

  /** The text input of `key`, labelled as the error summary names it (fieldLabels). */
  const input = (key: string, value: string, onChange: (value: string) => void, help?: string) => (
    <TextInput
      key={key}
      className="tuki-parameters-field"
      id={fieldId(key)}
      label={labelOf.get(key) ?? key}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      {...(help ? { helperText: help } : {})}
      {...(errors[key] ? { errorText: errors[key] } : {})}
      invalid={Boolean(errors[key])}
      aria-invalid={Boolean(errors[key])}
      autoComplete="off"
      spellCheck={false}
    />
  );
  const euroHelp = t('parameterSets.form.euroHelp');
  const percentHelp = t('parameterSets.form.percentHelp');
  const source = (group: Group) =>
    input(
      `sources.${group}`,
      values.sources[group],
      (text) => update((current) => ({ ...current, sources: { ...current.sources, [group]: text } })),
      t('parameterSets.form.sourceHelp'),
    );
  const municipalities = base.housing.norm?.value.municipalities ?? [];

  return (
    <section aria-labelledby="add-parameter-set-heading" className="tuki-section">
      <h2 id="add-parameter-set-heading">{t('parameterSets.form.heading')}</h2>
      <p>{t('parameterSets.form.intro', { version: base.version })}</p>
      <form className="tuki-form tuki-parameters-form" onSubmit={submit} noValidate>
        <ErrorList errors={errors} labels={labels} attempt={attempt} />
        {general ? (
          <p className="tuki-field-error" role="alert">
            {general}
          </p>
        ) : null}
        {input(
          'effectiveFrom',
          values.effectiveFrom,
          (text) => update((current) => ({ ...current, effectiveFrom: text })),
          t('parameterSets.form.effectiveFromHelp'),
        )}
        {input(
          'validThrough',
          values.validThrough,
          (text) => update((current) => ({ ...current, validThrough: text })),
          t('parameterSets.form.validThroughHelp'),
        )}
        <p className="tuki-field-help">
          {t('parameterSets.form.version', {
            version: versionFor(values.effectiveFrom.trim(), takenVersions),
          })}
        </p>
        {input(
          'description',
          values.description,
          (text) => update((current) => ({ ...current, description: text })),
          t('parameterSets.form.descriptionHelp'),
        )}

        <Fieldset legend={t('parameterSets.detail.basicAmountHeading')}>
          {input(
            'singlePerson',
            values.singlePerson,
            (text) => update((current) => ({ ...current, singlePerson: text })),
            euroHelp,
          )}
          {source('basicAmount')}
        </Fieldset>

        <Fieldset legend={t('parameterSets.form.sharesLegend')}>
          <div className="tuki-parameters-grid">
            {shareKeys.map((key) =>
              input(
                `shares.${key}`,
                values.shares[key],
                (text) => update((current) => ({ ...current, shares: { ...current.shares, [key]: text } })),
                percentHelp,
              ),
            )}
          </div>
          {source('shares')}
        </Fieldset>

        <Fieldset legend={t('parameterSets.form.deductionLegend')}>
          {ageGroups.map((group) => {
            const given = values.deduction[group];
            const groupName = t(`parameterSets.detail.${group}`);
            const set = (change: Partial<typeof given>) =>
              update((current) => ({
                ...current,
                deduction: { ...current.deduction, [group]: { ...current.deduction[group], ...change } },
              }));
            return (
              <div key={group} className="tuki-parameters-deduction">
                <Checkbox
                  id={fieldId(`deduction.${group}.inUse`)}
                  label={t('parameterSets.form.deductionInUse', { group: groupName })}
                  checked={given.inUse}
                  onChange={(event) => set({ inUse: event.target.checked })}
                />
                {given.inUse ? (
                  <div className="tuki-parameters-grid">
                    {input(`deduction.${group}.rate`, given.rate, (text) => set({ rate: text }), percentHelp)}
                    {input(`deduction.${group}.max`, given.max, (text) => set({ max: text }), euroHelp)}
                  </div>
                ) : null}
              </div>
            );
          })}
          {source('deduction')}
        </Fieldset>

        <Fieldset legend={t('parameterSets.form.groups.water')}>
          {input(
            'water',
            values.water,
            (text) => update((current) => ({ ...current, water: text })),
            t('parameterSets.form.waterHelp'),
          )}
          {source('water')}
        </Fieldset>

        {municipalities.length > 0 ? (
          <Fieldset legend={t('parameterSets.form.normsLegend')}>
            {/* Every municipality's norms (hundreds of fields) stay folded until opened, so that the rest of the
                form is a few keystrokes away; a norm with an error opens them. */}
            <details
              className="tuki-parameters-norms"
              open={normsOpen || Object.keys(errors).some((key) => key.startsWith('norms.'))}
              onToggle={(event) => setNormsOpen(event.currentTarget.open)}
            >
              <summary>
                {t('parameterSets.form.normsToggle', { count: String(municipalities.length) })}
              </summary>
              {municipalities.map((norm) => (
                <fieldset
                  key={norm.municipalityCode}
                  className="tuki-parameters-fieldset tuki-parameters-norm"
                >
                  <legend>
                    {norm.name} ({norm.municipalityCode})
                  </legend>
                  <div className="tuki-parameters-grid tuki-parameters-grid--narrow">
                    {(values.norms[norm.municipalityCode] ?? []).map((text, index) =>
                      input(`norms.${norm.municipalityCode}.${index}`, text, (changed) =>
                        update((current) => {
                          const row = [...(current.norms[norm.municipalityCode] ?? [])];
                          row[index] = changed;
                          return { ...current, norms: { ...current.norms, [norm.municipalityCode]: row } };
                        }),
                      ),
                    )}
                  </div>
                </fieldset>
              ))}
            </details>
            {source('norms')}
          </Fieldset>
        ) : null}

        <Fieldset legend={t('parameterSets.form.reductionsLegend')} id={fieldId('reductions')}>
          {reductionOptions.map((percent) => (
            <Checkbox
              key={percent}
              id={fieldId(`reductions.${percent}`)}
              label={t('parameterSets.form.reduction', { percent: String(percent) })}
              checked={values.reductions.includes(percent)}
              onChange={(event) =>
                update((current) => ({
                  ...current,
                  reductions: reductionOptions.filter((option: Reduction) =>
                    option === percent ? event.target.checked : current.reductions.includes(option),
                  ),
                }))
              }
            />
          ))}
          {errors.reductions ? <p className="tuki-field-error">{errors.reductions}</p> : null}
          {source('reductions')}
        </Fieldset>

        <div className="tuki-form-actions">
          <Button
            id="parameter-set-submit"
            type="submit"
            variant={ButtonVariant.Primary}
            disabled={create.isPending}
          >
            {t('parameterSets.form.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function Fieldset({ legend, id, children }: { legend: string; id?: string; children: ReactNode }) {
  return (
    <fieldset className="tuki-parameters-fieldset" {...(id ? { id, tabIndex: -1 } : {})}>
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

function ErrorList({
  errors,
  labels,
  attempt,
}: {
  errors: FieldErrors;
  labels: [string, string][];
  /** Each attempt gets a new summary, which takes the focus. */
  attempt: number;
}) {
  const t = useT();
  const listed = labels.filter(([key]) => errors[key] !== undefined);
  if (listed.length === 0) return null;
  return (
    <ErrorSummary key={attempt} label={t('parameterSets.form.errorSummary')} autofocus>
      <ul>
        {listed.map(([key, label]) => (
          <li key={key}>
            <a
              href={`#${fieldId(key)}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(fieldId(key))?.focus();
              }}
            >
              {label}: {errors[key]}
            </a>
          </li>
        ))}
      </ul>
    </ErrorSummary>
  );
}
