// Decisions on the application page: the notification at the top of a decided application (with a link to the
// decision), the decision section (outcome in words, colour and icon; month, amount, dates, decision-maker; the
// letter to open or download; how it is delivered and how it is paid, a part loaded when there is either; the
// reasons and the calculation; the request for rectification while it can be made), what a request for
// rectification concerns, and the confirmation after sending one.

import type { Language } from '@tuki/i18n';
import {
  formatDate,
  formatEuros,
  formatMonth,
  helsinkiDateAndTime,
  lazyPage,
  Notice,
  useLanguage,
  useT,
} from '@tuki/ui';
import {
  IconAlertCircle,
  IconCheckCircle,
  IconCrossCircle,
  IconDocument,
  IconDownload,
  StatusLabel,
  type StatusLabelType,
} from 'hds-react';
import { type MouseEvent, Suspense, useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { MyApplication } from '../application/index.ts';
import { type Decision, helsinkiToday, letterUrl, rectificationOpen, rectificationPath } from './api.ts';
import { CalculationTable } from './CalculationTable.tsx';
import './decisions.css';
import { Fact } from '../common/Fact.tsx';
import { statusLabelType } from '../common/status.ts';

export const decisionSectionHeadingId = 'decision-heading';

/** How the letter was delivered and how the money is paid: a part of its own, with its texts, when there is any. */
const DecisionDeliveryPayments = lazyPage(
  () => import('./DeliveryPayments.tsx').then((module) => module.DecisionDeliveryPayments),
  ['citizenSentAndPaid'],
);

const outcomeLabel: Record<Decision['outcome'], StatusLabelType> = {
  approved: 'success',
  partially_approved: 'alert',
  rejected: 'error',
};

function OutcomeIcon({ outcome }: { outcome: Decision['outcome'] }) {
  if (outcome === 'approved') return <IconCheckCircle aria-hidden />;
  if (outcome === 'partially_approved') return <IconAlertCircle aria-hidden />;
  return <IconCrossCircle aria-hidden />;
}

export function OutcomeLabel({ outcome }: { outcome: Decision['outcome'] }) {
  const t = useT();
  return (
    <StatusLabel
      type={outcomeLabel[outcome]}
      iconStart={<OutcomeIcon outcome={outcome} />}
      data-testid="decision-outcome"
    >
      {t(`citizenDecisions.outcome.${outcome}`)}
    </StatusLabel>
  );
}

/** The decisions, the newest first. */
function newestFirst(application: MyApplication): Decision[] {
  return [...application.decisions].sort((a, b) => b.decidedAt.localeCompare(a.decidedAt));
}

function decisionDate(decision: Decision, language: Language): string {
  return helsinkiDateAndTime(decision.decidedAt, language).date;
}

function focusHeading(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  element.focus();
  element.scrollIntoView?.({ block: 'start' });
}

/** "A decision has been made on your application", at the top of a decided application, with a link to it. */
export function DecisionNotice({ application }: { application: MyApplication }) {
  const t = useT();
  const latest = newestFirst(application)[0];
  if (application.status !== 'decided' || !latest) return null;
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    focusHeading(decisionSectionHeadingId);
  };
  const title =
    application.kind === 'rectification'
      ? t('citizenDecisions.notice.titleRectification')
      : t('citizenDecisions.notice.title');
  return (
    <div className="tuki-decision-notice" data-testid="decision-notice">
      <Notice type="info" label={title}>
        <p>
          {t('citizenDecisions.notice.body', {
            outcome: t(`citizenDecisions.outcome.${latest.outcome}`),
          })}
        </p>
        <p>
          <a href={`#${decisionSectionHeadingId}`} onClick={follow}>
            {t('citizenDecisions.notice.link')}
          </a>
        </p>
      </Notice>
    </div>
  );
}

/** The decisions of the application: shown only when there is at least one. */
export function DecisionsSection({ application }: { application: MyApplication }) {
  const t = useT();
  const decisions = newestFirst(application);
  if (decisions.length === 0) return null;
  const many = decisions.length > 1;
  return (
    <section aria-labelledby={decisionSectionHeadingId} className="tuki-decisions" data-testid="decisions">
      <h2 id={decisionSectionHeadingId} tabIndex={-1}>
        {many ? t('citizenDecisions.headingMany') : t('citizenDecisions.heading')}
      </h2>
      {decisions.map((decision) => (
        <DecisionCard
          key={decision.id}
          application={application}
          decision={decision}
          headingLevel={many ? 3 : undefined}
        />
      ))}
    </section>
  );
}

function DecisionCard({
  application,
  decision,
  headingLevel,
}: {
  application: MyApplication;
  decision: Decision;
  /** With several decisions each has a heading of its own. */
  headingLevel: 3 | undefined;
}) {
  const t = useT();
  const { language } = useLanguage();
  const Sub = headingLevel === 3 ? 'h4' : 'h3';
  const date = decisionDate(decision, language);
  const payable = decision.amountCents > 0 && decision.paymentDate;
  return (
    <article className={`tuki-decision tuki-decision--${decision.outcome}`} data-testid="decision">
      {headingLevel === 3 ? <h3>{t('citizenDecisions.decisionHeading', { date })}</h3> : null}
      <OutcomeLabel outcome={decision.outcome} />
      <dl className="tuki-facts tuki-decision-facts">
        <Fact label={t('citizenDecisions.facts.month')}>{formatMonth(decision.month, language)}</Fact>
        <Fact
          label={t('citizenDecisions.facts.amount')}
          className="tuki-decision-amount"
          testId="decision-amount"
        >
          {formatEuros(decision.amountCents, language)}
        </Fact>
        {payable ? (
          <Fact label={t('citizenDecisions.facts.paymentDate')}>
            {formatDate(decision.paymentDate ?? undefined)}
          </Fact>
        ) : null}
        <Fact label={t('citizenDecisions.facts.decidedAt')}>{date}</Fact>
        <Fact label={t('citizenDecisions.facts.decidedBy')}>
          {decision.decidedBy.firstName} {decision.decidedBy.lastName}
        </Fact>
      </dl>

      <Sub>{t('citizenDecisions.letter.heading')}</Sub>
      <p className="tuki-hint">{t('citizenDecisions.letter.help')}</p>
      <p className="tuki-decision-letter">
        <a
          href={letterUrl(decision, 'inline')}
          target="_blank"
          rel="noopener noreferrer"
          className="tuki-button-link"
          // The name starts with the visible text and says where it opens (a PDF in a new window).
          aria-label={`${t('citizenDecisions.letter.open')}, ${t('citizenDecisions.letter.opensInNewWindow')}`}
          data-testid="open-letter"
        >
          <IconDocument aria-hidden />
          <span>{t('citizenDecisions.letter.open')}</span>
        </a>
        <a href={letterUrl(decision, 'attachment')} download className="tuki-decision-download">
          <IconDownload aria-hidden />
          <span>{t('citizenDecisions.letter.download')}</span>
        </a>
      </p>
      {decision.deliveries.length === 0 ? (
        <p data-testid="decision-delivery">
          {decision.delivery === 'electronic'
            ? t('citizenDecisions.delivery.electronic')
            : decision.mailedAt
              ? t('citizenDecisions.delivery.mailed', {
                  date: helsinkiDateAndTime(decision.mailedAt, language).date,
                })
              : t('citizenDecisions.delivery.paper')}
        </p>
      ) : null}
      {decision.deliveries.length > 0 || (decision.payments ?? []).length > 0 ? (
        <Suspense fallback={null}>
          <DecisionDeliveryPayments decision={decision} headingLevel={Sub} />
        </Suspense>
      ) : null}

      {decision.reasonTemplates.length > 0 || decision.reasoning.trim() !== '' ? (
        <>
          <Sub>{t('citizenDecisions.reasonsHeading')}</Sub>
          {decision.reasonTemplates.map((id) => (
            <p key={id}>{t(`decisions.reasonTemplates.${id}`)}</p>
          ))}
          {decision.reasoning
            .split(/\n\s*\n/)
            .map((paragraph) => paragraph.trim())
            .filter((paragraph) => paragraph !== '')
            .map((paragraph, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the paragraphs of a decision never change
              <p key={index} className="tuki-message-text">
                {paragraph}
              </p>
            ))}
        </>
      ) : null}
      <CalculationTable decision={decision} />

      <Sub>{t('citizenDecisions.rectification.heading')}</Sub>
      <RectificationState application={application} decision={decision} />
    </article>
  );
}

/** What the client can do about the decision: request rectification, follow the one made, or contact the office. */
function RectificationState({ application, decision }: { application: MyApplication; decision: Decision }) {
  const t = useT();
  const deadline = formatDate(decision.rectificationDeadline);
  if (application.kind === 'rectification') {
    return <p>{t('citizenDecisions.rectification.appeal')}</p>;
  }
  const made = decision.rectification;
  if (made) {
    return (
      <div className="tuki-decision-rectification" data-testid="rectification-made">
        <RectificationRequested made={made} />
        <p className="tuki-decision-rectification-status">
          <span>{t('citizenDecisions.rectification.status')}: </span>
          <StatusLabel type={statusLabelType[made.status]}>
            {t(`application.status.${made.status}`)}
          </StatusLabel>
        </p>
      </div>
    );
  }
  if (rectificationOpen(decision, helsinkiToday())) {
    return (
      <>
        <p>{t('citizenDecisions.rectification.canRequest', { date: deadline })}</p>
        <p>
          <Link to={rectificationPath(application.id, decision.id)} className="tuki-button-link">
            {t('citizenDecisions.rectification.request')}
          </Link>
        </p>
      </>
    );
  }
  return (
    <RectificationTooLate application={application} decision={decision} testId="rectification-too-late" />
  );
}

/** A request for rectification of the decision was made: a link to it. */
export function RectificationRequested({ made }: { made: NonNullable<Decision['rectification']> }) {
  const t = useT();
  return (
    <>
      <p>{t('citizenDecisions.rectification.requested')}</p>
      <p>
        <Link to={`/applications/${made.applicationId}`}>
          {t('citizenDecisions.rectification.requestedLink', { reference: made.referenceNumber ?? '' })}
        </Link>
      </p>
    </>
  );
}

/** Past the deadline for rectification: the date, and contacting the office instead. */
export function RectificationTooLate({
  application,
  decision,
  testId,
}: {
  application: MyApplication;
  decision: Decision;
  testId?: string;
}) {
  const t = useT();
  return (
    <>
      <p data-testid={testId}>
        {t('citizenDecisions.rectification.tooLate', { date: formatDate(decision.rectificationDeadline) })}
      </p>
      <p>
        <Link to={`/applications/${application.id}/messages`}>
          {t('citizenDecisions.rectification.contact')}
        </Link>
      </p>
    </>
  );
}

/** For a request for rectification: the decision it concerns (with a link) and the reasons given. */
export function RectificationConcerns({ application }: { application: MyApplication }) {
  const t = useT();
  const rectification = application.rectification;
  if (application.kind !== 'rectification' || !rectification) return null;
  const reference = rectification.decidedReferenceNumber;
  return (
    <section
      aria-labelledby="rectification-concerns-heading"
      className="tuki-rectification-concerns"
      data-testid="rectification-concerns"
    >
      <h2 id="rectification-concerns-heading">{t('citizenDecisions.concerns.heading')}</h2>
      <dl className="tuki-facts">
        <Fact label={t('citizenDecisions.concerns.decision')}>
          <Link to={`/applications/${rectification.decidedApplicationId}`}>
            {reference
              ? t('citizenDecisions.concerns.decisionOf', { reference })
              : t('citizenDecisions.concerns.decisionOfUnnamed')}
          </Link>
        </Fact>
      </dl>
      <h3>{t('citizenDecisions.concerns.reasonsHeading')}</h3>
      <p className="tuki-message-text" data-testid="rectification-reasons">
        {rectification.reasons}
      </p>
    </section>
  );
}

/** The state the rectification form passes to the new case's page. */
export interface RectificationSentState {
  rectificationSent: true;
}

function isSentState(value: unknown): value is RectificationSentState {
  return typeof value === 'object' && value !== null && 'rectificationSent' in value;
}

/** The confirmation after sending a request for rectification; it takes the focus. */
export function RectificationSentNotice({ application }: { application: MyApplication }) {
  const t = useT();
  const location = useLocation();
  // Shown once: the history entry forgets it, so that a reload or coming back does not confirm it again.
  const [sent] = useState(() => isSentState(location.state));
  useEffect(() => {
    if (!sent) return;
    const state: unknown = window.history.state;
    if (typeof state === 'object' && state !== null && 'usr' in state) {
      window.history.replaceState({ ...state, usr: null }, '');
    }
  }, [sent]);
  if (!sent || application.kind !== 'rectification') return null;
  return (
    <div className="tuki-decision-notice" data-testid="rectification-sent">
      <Notice type="success" label={t('citizenDecisions.sent.title')} autofocus>
        {t('citizenDecisions.sent.body', { reference: application.referenceNumber ?? '' })}
      </Notice>
    </div>
  );
}
