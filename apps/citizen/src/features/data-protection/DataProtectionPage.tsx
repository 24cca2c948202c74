// The data-protection notice (/privacy, GDPR Articles 13 and 14): public, no sign-in, linked from the footer of
// every page. Loaded with its texts when first visited (lazyPage in AppRoutes). The decision letters and the
// e-mails link here and name the same data protection officer (the `dataProtection` i18n section).

import { useDocumentTitle, useT } from '@tuki/ui';
import { useId } from 'react';
import './data-protection.css';

const sections = ['purpose', 'data', 'recipients', 'retention', 'automated'] as const;
const rights = ['access', 'rectification', 'restriction', 'objection', 'erasure'] as const;

export function DataProtectionPage() {
  const t = useT();
  const id = useId();
  useDocumentTitle(t('dataProtection.title'));
  return (
    <article className="tuki-data-protection" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('dataProtection.title')}</h1>
      <p>{t('dataProtection.subtitle')}</p>
      <p>{t('dataProtection.intro')}</p>

      <h2>{t('dataProtection.controller.heading')}</h2>
      <p>{t('dataProtection.controller.text')}</p>
      <p>{t('dataProtection.controller.address')}</p>

      <h2>{t('dataProtection.officer.heading')}</h2>
      <p>{t('dataProtection.officer.name')}</p>
      <dl className="tuki-data-protection-contact">
        <dt>{t('dataProtection.contactEmail')}</dt>
        <dd>
          <a href={`mailto:${t('dataProtection.officer.email')}`}>{t('dataProtection.officer.email')}</a>
        </dd>
        <dt>{t('dataProtection.contactPhone')}</dt>
        <dd>{t('dataProtection.officer.phone')}</dd>
        <dt>{t('dataProtection.contactAddress')}</dt>
        <dd>{t('dataProtection.officer.address')}</dd>
      </dl>

      <h2>{t('dataProtection.legalBasis.heading')}</h2>
      <p>{t('dataProtection.legalBasis.gdpr')}</p>
      <p>{t('dataProtection.legalBasis.acts')}</p>

      {sections.map((section) => (
        <section key={section} aria-labelledby={`${id}-${section}`}>
          <h2 id={`${id}-${section}`}>{t(`dataProtection.${section}.heading`)}</h2>
          <p>{t(`dataProtection.${section}.text`)}</p>
        </section>
      ))}

      <h2>{t('dataProtection.rights.heading')}</h2>
      <ul>
        {rights.map((right) => (
          <li key={right}>{t(`dataProtection.rights.${right}`)}</li>
        ))}
      </ul>
      <p>{t('dataProtection.rights.howTo')}</p>
      <p>{t('dataProtection.rights.complaint')}</p>
    </article>
  );
}
