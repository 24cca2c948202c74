// Contact details and notifications (/settings): the e-mail address, whether to get an e-mail when there is
// something new in the account, the language of e-mails and decision letters, and whether decisions come only
// electronically or also as a letter by mail (getMyPreferences, updateMyPreferences). Saved with a confirmation
// that takes the focus; errors in an HDS error summary linked to the fields, in the user's language.

import { useQueryClient } from '@tanstack/react-query';
import { isApiProblem } from '@tuki/api-client';
import { type Language, languages } from '@tuki/domain';
import { LoadingIndicator, Notice, useApi, useDocumentTitle, useT } from '@tuki/ui';
import { Button, ButtonVariant, Checkbox, RadioButton, SelectionGroup, TextInput } from 'hds-react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { FormErrorSummary, type SummaryItem } from '../application/form/error-summary.tsx';
import {
  type MyPreferences,
  myPreferencesQueryKey,
  updateMyPreferences,
  useMyPreferences,
} from '../correspondence/api.ts';
import { DataExportSection } from '../data-rights/DataExportSection.tsx';

const emailId = 'settings-email';
const notificationsId = 'settings-notifications';
const languageId = 'settings-language';
const deliveryId = 'settings-electronic-delivery';

/** The same rule the server applies, roughly: something@something.tld, no spaces. */
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function SettingsPage() {
  const t = useT();
  useDocumentTitle(t('citizenCorrespondence.settings.pageTitle'));
  const preferences = useMyPreferences();
  return (
    <>
      <p className="tuki-form-kicker">
        <Link to="/applications">{t('account.backToAccount')}</Link>
      </p>
      <h1>{t('citizenCorrespondence.settings.title')}</h1>
      <p className="tuki-lead">{t('citizenCorrespondence.settings.intro')}</p>
      {preferences.isPending ? (
        <LoadingIndicator />
      ) : preferences.data ? (
        <SettingsForm initial={preferences.data} />
      ) : (
        <p>{t('errors.unexpected')}</p>
      )}
      <DataExportSection />
    </>
  );
}

function SettingsForm({ initial }: { initial: MyPreferences }) {
  const t = useT();
  const api = useApi();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState(initial.email ?? '');
  const [notifications, setNotifications] = useState(initial.emailNotifications);
  const [language, setLanguage] = useState<Language>(initial.language);
  const [electronicDelivery, setElectronicDelivery] = useState(initial.electronicDelivery);
  const [issues, setIssues] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(0);
  const [failure, setFailure] = useState<string | undefined>();
  const emailError = issues.find((issue) => issue.fieldId === emailId)?.text;

  const show = (items: SummaryItem[]) => {
    setIssues(items);
    setAttempt((value) => value + 1);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setSaved(0);
    setFailure(undefined);
    const address = email.trim();
    const problems: SummaryItem[] = [];
    if (address !== '' && !emailPattern.test(address)) {
      problems.push({ fieldId: emailId, text: t('validation.invalid_email') });
    } else if (address === '' && notifications) {
      problems.push({ fieldId: emailId, text: t('citizenCorrespondence.settings.emailRequired') });
    }
    show(problems);
    if (problems.length > 0) return;
    setSaving(true);
    try {
      const result = await updateMyPreferences(api, {
        email: address === '' ? null : address,
        emailNotifications: notifications,
        language,
        electronicDelivery,
      });
      queryClient.setQueryData(myPreferencesQueryKey, result);
      setEmail(result.email ?? '');
      setElectronicDelivery(result.electronicDelivery);
      setSaved((value) => value + 1);
    } catch (error) {
      if (isApiProblem(error, 400) && error.errors.length > 0) {
        // The server's texts of a format error are generic; the field's own text says what is wrong.
        show(
          error.errors.map((problem) =>
            problem.path.startsWith('email')
              ? { fieldId: emailId, text: t('validation.invalid_email') }
              : {
                  fieldId: problem.path.startsWith('language')
                    ? languageId
                    : problem.path.startsWith('electronicDelivery')
                      ? deliveryId
                      : notificationsId,
                  text: problem.message,
                },
          ),
        );
      } else {
        setFailure(
          isApiProblem(error, 401) ? t('errors.sessionExpired') : t('citizenCorrespondence.settings.failed'),
        );
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="tuki-settings-form">
      <FormErrorSummary
        items={issues}
        attempt={attempt}
        heading={t('citizenCorrespondence.settings.errorHeading')}
      />
      {saved > 0 ? (
        <div key={saved}>
          <Notice type="success" label={t('citizenCorrespondence.settings.savedTitle')} autofocus>
            {t('citizenCorrespondence.settings.saved')}
          </Notice>
        </div>
      ) : null}
      {failure ? (
        <Notice type="error" label={t('citizenCorrespondence.settings.errorHeading')} autofocus>
          {failure}
        </Notice>
      ) : null}
      <TextInput
        id={emailId}
        type="email"
        autoComplete="email"
        inputMode="email"
        label={t('citizenCorrespondence.settings.email')}
        helperText={t('citizenCorrespondence.settings.emailHelp')}
        errorText={emailError}
        invalid={Boolean(emailError)}
        aria-invalid={Boolean(emailError)}
        value={email}
        maxLength={254}
        onChange={(event) => setEmail(event.target.value)}
      />
      <SelectionGroup label={t('citizenCorrespondence.settings.notificationsLegend')}>
        <Checkbox
          id={notificationsId}
          label={t('citizenCorrespondence.settings.notifications')}
          checked={notifications}
          onChange={(event) => setNotifications(event.target.checked)}
        />
      </SelectionGroup>
      <SelectionGroup label={t('citizenDecisions.settings.deliveryLegend')}>
        <Checkbox
          id={deliveryId}
          label={t('citizenDecisions.settings.electronic')}
          helperText={t('citizenDecisions.settings.electronicHelp')}
          checked={electronicDelivery}
          onChange={(event) => setElectronicDelivery(event.target.checked)}
        />
      </SelectionGroup>
      <SelectionGroup label={t('citizenCorrespondence.settings.language')} className="tuki-radio-group">
        {languages.map((value, index) => (
          <RadioButton
            key={value}
            id={index === 0 ? languageId : `${languageId}-${value}`}
            name="language"
            value={value}
            label={t(`common.languageNames.${value}`)}
            checked={language === value}
            onChange={() => setLanguage(value)}
          />
        ))}
      </SelectionGroup>
      <div className="tuki-step-actions">
        <Button type="submit" variant={ButtonVariant.Primary} disabled={saving}>
          {saving ? t('citizenCorrespondence.settings.saving') : t('citizenCorrespondence.settings.save')}
        </Button>
      </div>
    </form>
  );
}
