// The decision form's payment commitments (maksusitoumus): a row each, added and removed by the caseworker, with
// the kind, the payee and the language of the payee's document, what it covers, the maximum in euros and the
// validity. The rows' errors (the form's own checks and the server's field errors) are shown under their fields
// and in an error summary whose links move the focus to the field. The texts are the staffSentAndPaid section,
// which comes with the case view.

import { useT } from '@tuki/ui';
import { Button, ButtonVariant, ErrorSummary, Fieldset, TextInput } from 'hds-react';
import { NativeSelect } from '../calculation/controls.tsx';
import {
  type CommitmentField,
  type CommitmentRow,
  commitmentKinds,
  payeeLanguages,
} from './commitment-rows.ts';

export interface CommitmentFieldError {
  row: number;
  field: CommitmentField | undefined;
  message: string;
}

export const commitmentFieldId = (formId: string, row: CommitmentRow, field: CommitmentField | 'kind') =>
  `${formId}-commitment-${row.key}-${field}`;

export function CommitmentFields({
  formId,
  rows,
  errors,
  onChange,
  onAdd,
}: {
  formId: string;
  rows: readonly CommitmentRow[];
  errors: readonly CommitmentFieldError[];
  onChange: (rows: CommitmentRow[]) => void;
  onAdd: () => void;
}) {
  const t = useT();
  const errorOf = (index: number, field: CommitmentField) =>
    errors.find((error) => error.row === index && error.field === field)?.message;
  const update = (index: number, fields: Partial<CommitmentRow>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...fields } : row)));
  const text = (index: number, field: CommitmentField, type: 'text' | 'date' = 'text') => {
    const row = rows[index] as CommitmentRow;
    const error = errorOf(index, field);
    return (
      <TextInput
        id={commitmentFieldId(formId, row, field)}
        type={type}
        label={t(`staffSentAndPaid.commitments.${field}`)}
        value={row[field]}
        required
        autoComplete="off"
        maxLength={field === 'payeeName' ? 140 : field === 'maxAmount' ? 20 : undefined}
        inputMode={field === 'maxAmount' ? 'decimal' : undefined}
        invalid={Boolean(error)}
        errorText={error}
        onChange={(event) => update(index, { [field]: event.target.value })}
      />
    );
  };

  return (
    <div className="staff-decision-commitments" data-testid="commitments-form">
      <h3>{t('staffSentAndPaid.commitments.heading')}</h3>
      <p className="staff-muted">{t('staffSentAndPaid.commitments.hint')}</p>
      {rows.map((row, index) => (
        <Fieldset
          key={row.key}
          heading={t('staffSentAndPaid.commitments.row', { n: String(index + 1) })}
          className="staff-commitment-row"
          data-testid="commitment-row"
        >
          <div className="staff-commitment-grid">
            <NativeSelect
              id={commitmentFieldId(formId, row, 'kind')}
              label={t('staffSentAndPaid.commitments.kind')}
              value={row.kind}
              options={commitmentKinds.map((kind) => ({
                value: kind,
                label: t(`staffSentAndPaid.commitments.kinds.${kind}`),
              }))}
              onChange={(value) => update(index, { kind: value as CommitmentRow['kind'] })}
            />
            {text(index, 'payeeName')}
            <NativeSelect
              label={t('staffSentAndPaid.commitments.payeeLanguage')}
              value={row.payeeLanguage}
              options={payeeLanguages.map((language) => ({
                value: language,
                label: t(`staffSentAndPaid.commitments.languages.${language}`),
              }))}
              onChange={(value) => update(index, { payeeLanguage: value as CommitmentRow['payeeLanguage'] })}
            />
            {text(index, 'maxAmount')}
            {text(index, 'validFrom', 'date')}
            {text(index, 'validTo', 'date')}
          </div>
          <TextInput
            id={`${formId}-commitment-${row.key}-covers`}
            label={t('staffSentAndPaid.commitments.covers')}
            helperText={t('staffSentAndPaid.commitments.coversHint')}
            value={row.covers}
            maxLength={500}
            autoComplete="off"
            onChange={(event) => update(index, { covers: event.target.value })}
          />
          <Button
            type="button"
            variant={ButtonVariant.Secondary}
            className="staff-commitment-remove"
            onClick={() => onChange(rows.filter((_, at) => at !== index))}
          >
            {t('staffSentAndPaid.commitments.remove', { n: String(index + 1) })}
          </Button>
        </Fieldset>
      ))}
      <Button type="button" variant={ButtonVariant.Secondary} onClick={onAdd}>
        {t('staffSentAndPaid.commitments.add')}
      </Button>
    </div>
  );
}

/** The rows' errors in one list, each a link to its field (or to the row's first field). */
export function CommitmentErrorSummary({
  formId,
  rows,
  errors,
  attempt,
}: {
  formId: string;
  rows: readonly CommitmentRow[];
  errors: readonly CommitmentFieldError[];
  /** A new attempt shows the summary anew (and moves the focus to it). */
  attempt: number;
}) {
  const t = useT();
  if (errors.length === 0) return null;
  return (
    <div data-testid="commitment-errors">
      <ErrorSummary key={attempt} label={t('staffSentAndPaid.commitments.errorSummary')} autofocus>
        <ul>
          {errors.map((error, index) => {
            const row = rows[error.row];
            const target = row ? commitmentFieldId(formId, row, error.field ?? 'kind') : undefined;
            const label = t('staffSentAndPaid.commitments.row', { n: String(error.row + 1) });
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: the errors keep the order of the rows and fields
              <li key={index}>
                {target ? (
                  <a
                    href={`#${target}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(target)?.focus();
                    }}
                  >
                    {label}: {error.message}
                  </a>
                ) : (
                  `${label}: ${error.message}`
                )}
              </li>
            );
          })}
        </ul>
      </ErrorSummary>
    </div>
  );
}
