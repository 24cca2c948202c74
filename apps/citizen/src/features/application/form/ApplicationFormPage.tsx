// The form of a draft application, /applications/{id}/{step}: the step indicator, the step's
// heading, the save status, and the step itself. The draft is loaded once and then kept by the DraftSaver while
// the user moves between steps; a changed version elsewhere, a sent application or a lost session are told here.

import type { ApplicationContent } from '@tuki/domain';
import { LoadingIndicator, Notice, useDocumentTitle, useT } from '@tuki/ui';
import { Button, ButtonVariant } from 'hds-react';
import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { ApplicationLoadFailed } from '../ApplicationLoadFailed.tsx';
import { useMyApplication, type VersionedApplication } from '../api/applications.ts';
import { AttachmentsStep } from '../attachments/AttachmentsStep.tsx';
import { useDraftSaver } from '../draft/useDraftSaver.ts';
import { AdditionalStep } from '../steps/AdditionalStep.tsx';
import { ApplicantStep } from '../steps/ApplicantStep.tsx';
import { AssetsStep } from '../steps/AssetsStep.tsx';
import { CheckStep } from '../steps/CheckStep.tsx';
import { ExpensesStep } from '../steps/ExpensesStep.tsx';
import { HouseholdStep } from '../steps/HouseholdStep.tsx';
import { HousingStep } from '../steps/HousingStep.tsx';
import { IncomesStep } from '../steps/IncomesStep.tsx';
import { PaymentStep } from '../steps/PaymentStep.tsx';
import { UrgencyStep } from '../steps/UrgencyStep.tsx';
import { DraftProvider } from './form-context.tsx';
import { SaveStatusText } from './SaveStatusText.tsx';
import { StepIndicator, type StepProgress } from './StepIndicator.tsx';
import { stepPath } from './step-path.ts';
import { isStepId, type StepId, stepIds, stepIssues } from './steps.ts';

const stepComponents: Record<StepId, () => React.JSX.Element> = {
  applicant: ApplicantStep,
  household: HouseholdStep,
  housing: HousingStep,
  incomes: IncomesStep,
  assets: AssetsStep,
  expenses: ExpensesStep,
  payment: PaymentStep,
  urgency: UrgencyStep,
  additional: AdditionalStep,
  attachments: AttachmentsStep,
  check: CheckStep,
};

export function ApplicationFormPage() {
  const { id = '', step } = useParams();
  const query = useMyApplication(id);
  const formShown = useRef(false);

  if (!isStepId(step)) return <Navigate to={stepPath(id, 'applicant')} replace />;
  if (query.isPending) return <LoadingIndicator />;
  if (query.isError || !query.data) return <ApplicationLoadFailed error={query.error} />;
  // Opening the form of an application that can no longer be changed shows it read-only instead. (One sent from
  // this form goes to its receipt: the form, already open, does not redirect.)
  if (!query.data.application.permittedActions.includes('editDraft') && !formShown.current) {
    return <Navigate to={`/applications/${id}`} replace />;
  }
  formShown.current = true;
  return <DraftForm key={id} applicationId={id} step={step} loaded={query.data} />;
}

function DraftForm({
  applicationId,
  step,
  loaded,
}: {
  applicationId: string;
  step: StepId;
  loaded: VersionedApplication;
}) {
  const t = useT();
  const { saver, snapshot } = useDraftSaver(applicationId, loaded);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const previousStep = useRef(step);
  const [reloaded, setReloaded] = useState(false);

  // Newer data of the same application (an attachment added): take its ETag when the content is unchanged.
  useEffect(() => {
    saver.adopt({ content: loaded.application.content, etag: loaded.etag });
  }, [loaded, saver]);

  // The form opened (from "start application" or "continue") or a new step: the focus goes to the step's heading,
  // so that a screen reader starts from there (a link to one answer focuses that field afterwards instead).
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  useEffect(() => {
    if (previousStep.current === step) return;
    previousStep.current = step;
    window.scrollTo({ top: 0 });
    headingRef.current?.focus();
  }, [step]);

  const index = stepIds.indexOf(step);
  const title = t(`application.stepTitles.${step}`);
  useDocumentTitle(t('application.documentTitle', { step: title }));

  const update = (recipe: (content: ApplicationContent) => ApplicationContent) =>
    saver.update(recipe(saver.getSnapshot().content));

  const steps = stepIds.map((id, position) => {
    let progress: StepProgress = 'todo';
    if (position < index) {
      progress = id === 'attachments' || stepIssues(snapshot.content, id).length === 0 ? 'done' : 'attention';
    }
    return { id, label: t(`application.steps.${id}`), progress };
  });

  const StepComponent = stepComponents[step];
  const status = snapshot.status;
  return (
    <DraftProvider
      value={{
        applicationId,
        application: loaded.application,
        content: snapshot.content,
        snapshot,
        saver,
        update,
      }}
    >
      <p className="tuki-form-kicker">
        {t('application.formTitle', { kind: t(`application.kind.${loaded.application.kind}`) })}
      </p>
      <StepIndicator
        steps={steps}
        current={step}
        hrefOf={(target) => stepPath(applicationId, target)}
        onNavigate={() => void saver.flush()}
      />
      <p className="tuki-step-count">
        {t('application.stepCount', { current: index + 1, total: stepIds.length })}
      </p>
      <h1 ref={headingRef} tabIndex={-1} className="tuki-step-heading">
        {title}
      </h1>
      <SaveStatusText status={status} dirty={snapshot.dirty} />

      {status.kind === 'conflict' ? (
        <Notice type="alert" label={t('application.conflict.title')} autofocus>
          <p>{t('application.conflict.body')}</p>
          <Button
            variant={ButtonVariant.Secondary}
            onClick={() => {
              void saver.loadLatest().then(() => setReloaded(true));
            }}
          >
            {t('application.conflict.load')}
          </Button>
        </Notice>
      ) : null}
      {status.kind === 'locked' ? (
        <Notice type="alert" label={t('application.locked.title')} autofocus>
          <p>{t('application.locked.body')}</p>
          <p>
            <Link to={`/applications/${applicationId}`}>{t('application.locked.link')}</Link>
          </p>
        </Notice>
      ) : null}
      {reloaded && status.kind !== 'conflict' ? (
        <Notice type="info" label={t('application.conflict.loadedTitle')}>
          {t('application.conflict.loaded')}
        </Notice>
      ) : null}
      {snapshot.restored && snapshot.dirty && status.kind !== 'conflict' ? (
        <Notice type="info" label={t('application.save.restoredTitle')}>
          {t('application.save.restored')}
        </Notice>
      ) : null}
      {step !== 'check' ? <p className="tuki-step-intro">{t(`application.stepIntros.${step}`)}</p> : null}
      <StepComponent key={step} />
    </DraftProvider>
  );
}
