// What the calculator shows after sending: the reason the estimate failed, or the estimate (its heading takes the
// focus when it appears), its lines as a table and the way to apply.

import { isApiProblem } from '@tuki/api-client';
import type { Translator } from '@tuki/i18n/web';
import { formatEuros, Notice, useLanguage, useT } from '@tuki/ui';
import { CalculationTable } from '@tuki/ui/calculation';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { Estimate } from './line-text.ts';

/** The members' names in the estimate's lines: `adult-1`, `adult-2`, `child-1`, … */
export function estimateMemberNames(childCount: number, t: Translator): Map<string, string> {
  return new Map<string, string>([
    ['adult-1', t('calculator.estimate.adultName', { number: 1 })],
    ['adult-2', t('calculator.estimate.adultName', { number: 2 })],
    ...Array.from({ length: childCount }, (_, index): [string, string] => [
      `child-${index + 1}`,
      t('calculator.estimate.childName', { number: index + 1 }),
    ]),
  ]);
}

export function EstimateFailure({ failure }: { failure: Error }) {
  const t = useT();
  return (
    <div className="tuki-section" role="alert" data-testid="estimate-error">
      <Notice type="error" label={t('calculator.estimate.failed')}>
        <p>
          {isApiProblem(failure, 429)
            ? t('calculator.estimate.rateLimited')
            : isApiProblem(failure, 422) && failure.type.endsWith('no-parameters-for-month')
              ? t('calculator.estimate.noParameters')
              : isApiProblem(failure, 422) && failure.type.endsWith('unknown-municipality')
                ? t('calculator.estimate.unknownMunicipality')
                : t('calculator.estimate.failed')}
        </p>
      </Notice>
    </div>
  );
}

export function EstimateResult({ result, names }: { result: Estimate; names: Map<string, string> }) {
  const t = useT();
  const { language } = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (result) heading.current?.focus();
  }, [result]);
  return (
    <section
      aria-labelledby="estimate-result-heading"
      className="tuki-section tuki-estimate"
      data-testid="estimate"
    >
      <h2 id="estimate-result-heading" ref={heading} tabIndex={-1}>
        {t('calculator.estimate.resultHeading')}
      </h2>
      <p className="tuki-estimate-amount" data-testid="estimate-amount">
        {t('calculator.estimate.resultAmount', {
          amount: formatEuros(result.result.amountCents, language),
        })}
      </p>
      <p>
        <strong>{t('calculator.estimate.notDecision')}</strong>
      </p>
      <div className="tuki-calculation-table tuki-estimate-table">
        <CalculationTable
          result={result.result}
          afterLineText={(line) =>
            line.memberId ? (
              <span className="tuki-estimate-member"> – {names.get(line.memberId) ?? ''}</span>
            ) : null
          }
        />
      </div>
      <h3>{t('calculator.estimate.applyHeading')}</h3>
      <p>
        {t('calculator.estimate.apply')} <Link to="/">{t('calculator.estimate.toFrontPage')}</Link>
      </p>
    </section>
  );
}
