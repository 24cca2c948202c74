// The decisions of a case, and what a request for rectification concerns: the outcome, amount, date, who
// decided, how the letter is delivered (each Suomi.fi delivery's steps, when the service is in use), its payments,
// the letter itself, and the rectification asked for it. Right after the caseworker has decided (the form is gone
// with the case's new status), the focus moves to a notice saying so.

import {
  formatDate,
  formatEuros,
  formatMonthInText,
  helsinkiDateAndTime,
  Notice,
  useLanguage,
  useT,
} from '@tuki/ui';
import { StatusLabel } from 'hds-react';
import { Link } from 'react-router';
import type { StaffApplication } from '../api.ts';
import './decision.css';
import { CasePanel } from '../CasePanel.tsx';
import {
  DecisionCommitments,
  DecisionDeliveries,
  DecisionPayments,
  RetentionNote,
} from './DeliveryPayments.tsx';

type Decision = StaffApplication['decisions'][number];
const labelType = { approved: 'success', partially_approved: 'info', rejected: 'alert' } as const;

export function DecisionsView({
  application,
  decidedNow,
}: {
  application: StaffApplication;
  /** The id of the decision the user has just made in this view. */
  decidedNow?: string | undefined;
}) {
  const t = useT();
  const { language } = useLanguage();
  if (application.decisions.length === 0) return null;
  const made = application.decisions.find((decision) => decision.id === decidedNow);
  return (
    <CasePanel name="decisions" heading={t('staffDecisions.decisionsHeading')} testId="decisions">
      {made ? (
        <Notice type="success" label={t('staffDecisions.decidedTitle')} autofocus testId="decision-made">
          {t('staffDecisions.decided', {
            outcome: t(`decisions.outcome.${made.outcome}`),
            amount: formatEuros(made.amountCents, language),
            month: formatMonthInText(made.month, language),
          })}
        </Notice>
      ) : null}
      <ul className="staff-requests">
        {application.decisions.map((decision) => (
          <DecisionItem key={decision.id} decision={decision} />
        ))}
      </ul>
    </CasePanel>
  );
}

function DecisionItem({ decision }: { decision: Decision }) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <li className="staff-decision" data-testid="decision">
      <p>
        <StatusLabel type={labelType[decision.outcome]}>
          {t(`decisions.outcome.${decision.outcome}`)}
        </StatusLabel>{' '}
        <strong>{formatEuros(decision.amountCents, language)}</strong>{' '}
        {t('staffDecisions.forMonth', { month: formatMonthInText(decision.month, language) })}
      </p>
      <p className="staff-muted">
        {t('staffDecisions.decidedBy', {
          name: `${decision.decidedBy.firstName} ${decision.decidedBy.lastName}`,
          when: t('common.dateTime', helsinkiDateAndTime(decision.decidedAt, language)),
        })}
      </p>
      {decision.deliveries.length > 0 ? (
        <DecisionDeliveries decision={decision} />
      ) : (
        <p>
          {decision.delivery === 'paper'
            ? decision.mailedAt
              ? t('staffDecisions.mailed', {
                  when: t('common.dateTime', helsinkiDateAndTime(decision.mailedAt, language)),
                })
              : t('staffDecisions.toBeMailed')
            : t('staffDecisions.electronic')}
        </p>
      )}
      <DecisionPayments decision={decision} />
      <DecisionCommitments decision={decision} />
      <p>
        <a href={`${decision.documentUrl}?disposition=inline`} target="_blank" rel="noopener">
          {t('staffDecisions.openLetter')}
        </a>
      </p>
      <RetentionNote retention={decision.retention} />
      {decision.rectification ? (
        <p>
          {t('staffDecisions.rectificationRequested')}{' '}
          <Link to={`/applications/${decision.rectification.applicationId}`}>
            {decision.rectification.referenceNumber ?? decision.rectification.applicationId}
          </Link>
        </p>
      ) : (
        <p className="staff-muted">
          {t('staffDecisions.rectificationUntil', { date: formatDate(decision.rectificationDeadline) })}
        </p>
      )}
    </li>
  );
}

/** For a request for rectification: the decision it concerns and the client's reasons. */
export function RectificationNotice({ application }: { application: StaffApplication }) {
  const t = useT();
  const { language } = useLanguage();
  const rectification = application.rectification;
  if (!rectification) return null;
  return (
    <CasePanel
      name="rectification"
      heading={t('staffDecisions.rectificationHeading')}
      className="staff-rectification"
      testId="rectification"
    >
      <p>
        {t('staffDecisions.rectificationOf')}{' '}
        <Link to={`/applications/${rectification.decidedApplicationId}`}>
          {rectification.decidedReferenceNumber ?? rectification.decidedApplicationId}
        </Link>{' '}
        ({t('common.dateTime', helsinkiDateAndTime(rectification.requestedAt, language))})
      </p>
      <h3>{t('staffDecisions.rectificationReasons')}</h3>
      <p className="staff-pre">{rectification.reasons}</p>
    </CasePanel>
  );
}
