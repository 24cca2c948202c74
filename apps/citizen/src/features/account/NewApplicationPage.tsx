// A new application: the kind of assistance (with a line on each), then the draft is made and its form opened.

import { type ApplicationKind, applicationKinds } from '@tuki/domain';
import { useDocumentTitle, useT } from '@tuki/ui';
import { Button, ButtonVariant, RadioButton, SelectionGroup } from 'hds-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCreateApplicationDraft } from '../application/api/applications.ts';
import { stepPath } from '../application/form/step-path.ts';

export function NewApplicationPage() {
  const t = useT();
  useDocumentTitle(t('account.new.pageTitle'));
  const navigate = useNavigate();
  const create = useCreateApplicationDraft();
  const [kind, setKind] = useState<ApplicationKind>('basic');

  return (
    <>
      <h1>{t('account.new.title')}</h1>
      <p className="tuki-lead">{t('account.new.intro')}</p>
      <form
        className="tuki-step-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (create.isPending) return;
          create.mutate(kind, {
            onSuccess: (application) => navigate(stepPath(application.id, 'applicant')),
          });
        }}
      >
        <SelectionGroup label={t('account.new.legend')} className="tuki-radio-group">
          {applicationKinds.map((value) => (
            <RadioButton
              key={value}
              id={`kind-${value}`}
              name="kind"
              value={value}
              label={t(`application.kind.${value}`)}
              helperText={t(`application.kindDescription.${value}`)}
              checked={kind === value}
              onChange={() => setKind(value)}
            />
          ))}
        </SelectionGroup>
        <p>{t('account.new.saved')}</p>
        {create.isError ? (
          <p className="tuki-form-failure" role="alert">
            {t('account.new.failed')}
          </p>
        ) : null}
        <div className="tuki-step-actions">
          <Button type="submit" variant={ButtonVariant.Primary} disabled={create.isPending}>
            {t('account.new.start')}
          </Button>
        </div>
        <p>
          <Link to="/applications">{t('account.backToAccount')}</Link>
        </p>
      </form>
    </>
  );
}
