// The retention plan section of the archive page (archivists and admins): a row per record type with its publicity
// class, whether it holds personal data, its retention in years and the basis. One row at a time is edited (the
// years 1–150 and the basis); the change is saved with If-Match on the row's ETag, so a row someone else changed
// in between is refused (412) and the user is asked to reload, and the server's field errors show under the fields.

import { isApiProblem } from '@tuki/api-client';
import { Notice, useT } from '@tuki/ui';
import { Button, ButtonVariant, TextInput } from 'hds-react';
import { type FormEvent, useState } from 'react';
import { StaffTable } from '../common/StaffTable.tsx';
import { type RetentionRule, useRetentionPlan, useUpdateRetentionRule } from './archive-api.ts';

type Field = 'retentionYears' | 'basis';
type FieldErrors = Partial<Record<Field, string>>;

export function RetentionPlan() {
  const t = useT();
  const plan = useRetentionPlan();
  const [editing, setEditing] = useState<string | undefined>();
  const [saved, setSaved] = useState<string | undefined>();
  const [stale, setStale] = useState(false);

  return (
    <section aria-labelledby="archive-plan-heading" className="tuki-section">
      <h2 id="archive-plan-heading">{t('archive.plan.heading')}</h2>
      <p>{t('archive.plan.intro')}</p>
      {plan.isPending ? <LoadingText /> : null}
      {plan.isError ? (
        <Notice type="error" label={t('errors.unexpectedTitle')}>
          {t('archive.loadFailed')}
        </Notice>
      ) : null}
      <div role="status" aria-live="polite" data-testid="archive-plan-status">
        {saved ? <p>{saved}</p> : null}
      </div>
      {stale ? (
        <div data-testid="archive-plan-stale">
          <Notice type="error" label={t('errors.unexpectedTitle')}>
            <p>{t('archive.plan.stale')}</p>
            <Button
              variant={ButtonVariant.Secondary}
              onClick={() => {
                setStale(false);
                setEditing(undefined);
                void plan.refetch();
              }}
            >
              {t('archive.plan.reload')}
            </Button>
          </Notice>
        </div>
      ) : null}
      <StaffTable
        testId="archive-plan-table"
        texts="archive.plan"
        columns={['recordType', 'publicity', 'personalData', 'retentionYears', 'basis', 'actions']}
        rows={plan.data?.rules}
      >
        {(rule) =>
          editing === rule.recordType ? (
            <EditRow
              key={rule.recordType}
              rule={rule}
              onCancel={() => setEditing(undefined)}
              onSaved={(changed) => {
                setEditing(undefined);
                setSaved(
                  t('archive.plan.saved', {
                    type: t(`archive.recordTypes.${changed.recordType}`),
                    count: changed.retentionYears,
                  }),
                );
              }}
              onStale={() => setStale(true)}
            />
          ) : (
            <tr key={rule.recordType}>
              <RuleCells rule={rule} />
              <td>{t('archive.plan.years', { count: rule.retentionYears })}</td>
              <td>{rule.basis}</td>
              <td>
                <Button
                  variant={ButtonVariant.Secondary}
                  aria-label={t('archive.plan.editLabel', {
                    type: t(`archive.recordTypes.${rule.recordType}`),
                  })}
                  disabled={editing !== undefined}
                  data-testid={`archive-plan-edit-${rule.recordType}`}
                  onClick={() => {
                    setSaved(undefined);
                    setStale(false);
                    setEditing(rule.recordType);
                  }}
                >
                  {t('archive.plan.edit')}
                </Button>
              </td>
            </tr>
          )
        }
      </StaffTable>
    </section>
  );
}

function LoadingText() {
  const t = useT();
  return <p>{t('archive.loading')}</p>;
}

function RuleCells({ rule }: { rule: RetentionRule }) {
  const t = useT();
  return (
    <>
      <th scope="row">{t(`archive.recordTypes.${rule.recordType}`)}</th>
      <td>{t(`archive.plan.publicityClasses.${rule.publicity}`)}</td>
      <td>{rule.personalData ? t('archive.plan.yes') : t('archive.plan.no')}</td>
    </>
  );
}

function checkFields(years: string, basis: string): FieldErrors {
  const errors: FieldErrors = {};
  const value = Number(years.trim());
  if (!/^\d+$/.test(years.trim()) || value < 1 || value > 150) errors.retentionYears = 'yearsInvalid';
  if (basis.trim() === '') errors.basis = 'basisRequired';
  return errors;
}

function EditRow({
  rule,
  onCancel,
  onSaved,
  onStale,
}: {
  rule: RetentionRule;
  onCancel: () => void;
  onSaved: (rule: RetentionRule) => void;
  onStale: () => void;
}) {
  const t = useT();
  const update = useUpdateRetentionRule();
  const [years, setYears] = useState(String(rule.retentionYears));
  const [basis, setBasis] = useState(rule.basis);
  // The text under each field: this section's own (checked here), or the server's (in the user's language).
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failed, setFailed] = useState<string | undefined>();
  const type = t(`archive.recordTypes.${rule.recordType}`);
  const formId = `archive-plan-form-${rule.recordType}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    setFailed(undefined);
    const checked = checkFields(years, basis);
    if (checked.retentionYears || checked.basis) {
      setErrors({
        ...(checked.retentionYears ? { retentionYears: t('archive.plan.yearsInvalid') } : {}),
        ...(checked.basis ? { basis: t('archive.plan.basisRequired') } : {}),
      });
      return;
    }
    setErrors({});
    update.mutate(
      { rule, retentionYears: Number(years.trim()), basis: basis.trim() },
      {
        onSuccess: onSaved,
        onError: (failure) => {
          if (isApiProblem(failure, 412)) onStale();
          else if (isApiProblem(failure, 422) || isApiProblem(failure, 400)) {
            const fromServer: FieldErrors = {};
            for (const error of failure.errors) {
              const field = error.path.split('.').at(-1);
              if (field === 'retentionYears' || field === 'basis') fromServer[field] = error.message;
            }
            setErrors(fromServer);
            setFailed(t('archive.plan.invalid'));
          } else setFailed(t('archive.plan.failed'));
        },
      },
    );
  }

  return (
    <tr data-testid={`archive-plan-editing-${rule.recordType}`}>
      <RuleCells rule={rule} />
      <td>
        <TextInput
          id={`${formId}-years`}
          form={formId}
          type="number"
          min={1}
          max={150}
          step={1}
          inputMode="numeric"
          label={t('archive.plan.yearsLabel', { type })}
          helperText={t('archive.plan.yearsHelp')}
          value={years}
          onChange={(event) => setYears(event.target.value)}
          invalid={Boolean(errors.retentionYears)}
          aria-invalid={Boolean(errors.retentionYears)}
          {...(errors.retentionYears ? { errorText: errors.retentionYears } : {})}
        />
      </td>
      <td>
        <TextInput
          id={`${formId}-basis`}
          form={formId}
          label={t('archive.plan.basisLabel', { type })}
          value={basis}
          maxLength={500}
          onChange={(event) => setBasis(event.target.value)}
          invalid={Boolean(errors.basis)}
          aria-invalid={Boolean(errors.basis)}
          {...(errors.basis ? { errorText: errors.basis } : {})}
        />
      </td>
      <td>
        <form id={formId} onSubmit={submit} noValidate>
          <Button type="submit" disabled={update.isPending} data-testid="archive-plan-save">
            {update.isPending ? t('archive.plan.saving') : t('archive.plan.save')}
          </Button>{' '}
          <Button variant={ButtonVariant.Secondary} onClick={onCancel}>
            {t('archive.plan.cancel')}
          </Button>
          {failed ? (
            <p role="alert" className="tuki-error-text">
              {failed}
            </p>
          ) : null}
        </form>
      </td>
    </tr>
  );
}
