// The name page (/applications/name): a citizen whose name the identity service did not give enters it once, first
// and last name, before the form (updateMyName). A part the service gave is shown and kept. The same rule as the
// server's checks the fields first; errors in an HDS error summary linked to the fields, in the user's language.
// Once saved, the page says so (the notice takes the focus) and leads on to where the citizen was going.

import { useQueryClient } from '@tanstack/react-query';
import { expectData, isApiProblem } from '@tuki/api-client';
import { isPersonNameMissing, PERSON_NAME_MAX_LENGTH, personNameProblem } from '@tuki/domain';
import { Notice, sessionQueryKey, useApi, useDocumentTitle, useSession, useT } from '@tuki/ui';
import { Button, ButtonVariant, TextInput } from 'hds-react';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { FormErrorSummary, type SummaryItem } from '../application/index.ts';
import { returnPathOf } from '../common/return-path.ts';
import { namePath } from './RequireName.tsx';

const fieldIds = { firstName: 'name-first', lastName: 'name-last' } as const;
type Part = keyof typeof fieldIds;

export function NamePage() {
  const t = useT();
  useDocumentTitle(t('account.name.pageTitle'));
  const session = useSession();
  const person = session.data?.kind === 'citizen' ? session.data.person : undefined;
  const [params] = useSearchParams();
  const requested = returnPathOf(params.get('returnTo'), namePath);
  const next = requested === '/' ? '/applications/new' : requested;
  const [saved, setSaved] = useState<string | undefined>();
  if (!person) return null;
  const missing = isPersonNameMissing(person);
  return (
    <>
      <p className="tuki-form-kicker">
        <Link to="/applications">{t('account.backToAccount')}</Link>
      </p>
      <h1>{missing ? t('account.name.title') : t('account.name.yourName')}</h1>
      {saved ? (
        <Notice type="success" label={t('account.name.savedTitle')} autofocus testId="name-saved">
          {t('account.name.saved', { name: saved })}
        </Notice>
      ) : null}
      {missing ? (
        <NameForm
          known={{ firstName: person.firstName.trim(), lastName: person.lastName.trim() }}
          onSaved={setSaved}
        />
      ) : (
        <>
          {saved ? null : <p className="tuki-lead">{`${person.firstName} ${person.lastName}`}</p>}
          <p>
            <Link to={next} className="tuki-button-link">
              {t('account.name.continueToForm')}
            </Link>
          </p>
        </>
      )}
    </>
  );
}

function NameForm({ known, onSaved }: { known: Record<Part, string>; onSaved: (name: string) => void }) {
  const t = useT();
  const api = useApi();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Record<Part, string>>({ firstName: '', lastName: '' });
  const [issues, setIssues] = useState<(SummaryItem & { part: Part })[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();
  const parts = (['firstName', 'lastName'] as const).filter((part) => known[part] === '');

  const show = (items: (SummaryItem & { part: Part })[]) => {
    setIssues(items);
    setAttempt((value) => value + 1);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setFailure(undefined);
    const problems = parts.flatMap((part) => {
      const problem = personNameProblem(values[part]);
      return problem
        ? [
            {
              part,
              fieldId: fieldIds[part],
              text: `${t(`account.name.${part}`)}: ${t(`account.name.errors.${problem}`, { max: PERSON_NAME_MAX_LENGTH })}`,
            },
          ]
        : [];
    });
    show(problems);
    if (problems.length > 0) return;
    setSaving(true);
    try {
      const body = Object.fromEntries(parts.map((part) => [part, values[part]]));
      const result = await expectData(api.PUT('/api/v1/my/name', { body }));
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
      onSaved(`${result.firstName} ${result.lastName}`);
    } catch (error) {
      if (isApiProblem(error, 400) && error.errors.length > 0) {
        show(
          error.errors.map((problem) => {
            const part: Part = problem.path.startsWith('last') ? 'lastName' : 'firstName';
            return {
              part,
              fieldId: fieldIds[part],
              text: `${t(`account.name.${part}`)}: ${problem.message}`,
            };
          }),
        );
      } else {
        setFailure(
          isApiProblem(error, 401)
            ? t('errors.sessionExpired')
            : isApiProblem(error, 409)
              ? t('account.name.errors.alreadyKnown')
              : t('account.name.failed'),
        );
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <p className="tuki-lead">{t('account.name.intro')}</p>
      <p>{t('account.name.once')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate className="tuki-settings-form">
        <FormErrorSummary items={issues} attempt={attempt} heading={t('account.name.errorHeading')} />
        {failure ? (
          <Notice type="error" label={t('account.name.errorHeading')} autofocus>
            {failure}
          </Notice>
        ) : null}
        {(['firstName', 'lastName'] as const).map((part) => {
          const error = issues.find((issue) => issue.part === part);
          const fromService = known[part] !== '';
          return (
            <TextInput
              key={part}
              id={fieldIds[part]}
              label={t(`account.name.${part}`)}
              autoComplete={part === 'firstName' ? 'given-name' : 'family-name'}
              required={!fromService}
              readOnly={fromService}
              helperText={fromService ? t('account.name.fromIdentityService') : t('account.name.nameHelp')}
              errorText={error ? error.text : undefined}
              invalid={Boolean(error)}
              aria-invalid={Boolean(error)}
              value={fromService ? known[part] : values[part]}
              maxLength={PERSON_NAME_MAX_LENGTH + 20}
              onChange={(event) => setValues((current) => ({ ...current, [part]: event.target.value }))}
            />
          );
        })}
        <div className="tuki-step-actions">
          <Button type="submit" variant={ButtonVariant.Primary} disabled={saving}>
            {saving ? t('account.name.saving') : t('account.name.save')}
          </Button>
        </div>
      </form>
    </>
  );
}
