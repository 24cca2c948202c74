// The part of a decision that tells how its letter was delivered and how its money is paid: loaded when a decision
// has either (lazyPage in DecisionSection.tsx), with its texts (the citizenSentAndPaid section).

import { useLanguage, useT } from '@tuki/ui';
import { IconAlertCircle } from 'hds-react';
import { type Decision, helsinkiToday } from './api.ts';
import { deliverySentences, paymentSentence } from './delivery-payments.ts';

export function DecisionDeliveryPayments({
  decision,
  headingLevel,
}: {
  decision: Decision;
  /** The level of the decision card's own sub-headings. */
  headingLevel: 'h3' | 'h4';
}) {
  const t = useT();
  const { language } = useLanguage();
  const Sub = headingLevel;
  const payments = decision.payments ?? [];
  const today = helsinkiToday();
  return (
    <>
      {decision.deliveries.length > 0 ? (
        <div data-testid="decision-delivery">
          {decision.deliveries.flatMap((delivery, index) =>
            deliverySentences(delivery, t, language).map((sentence) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a decision's deliveries keep their order
              <p key={`${index}-${sentence}`}>{sentence}</p>
            )),
          )}
        </div>
      ) : null}
      {payments.length > 0 ? (
        <>
          <Sub>
            {payments.length > 1
              ? t('citizenSentAndPaid.payments.headingMany')
              : t('citizenSentAndPaid.payments.heading')}
          </Sub>
          <ul className="tuki-decision-payments" data-testid="decision-payments">
            {payments.map((payment, index) => {
              const sentence = paymentSentence(payment, t, language, today);
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: a decision's payments keep their order
                <li key={index} className={sentence.failed ? 'tuki-payment-failed' : undefined}>
                  {sentence.failed ? <IconAlertCircle aria-hidden /> : null}
                  <span>
                    <span data-testid="payment">{sentence.text}</span>
                    {sentence.account ? (
                      <span className="tuki-hint tuki-payment-account">
                        {t('citizenSentAndPaid.payments.account', { iban: sentence.account })}
                      </span>
                    ) : null}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </>
  );
}
