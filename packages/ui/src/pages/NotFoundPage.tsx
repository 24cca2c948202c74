// Shown for a path no route matches.

import { Link } from 'react-router';
import { useT } from '../i18n/LanguageProvider.tsx';
import { useDocumentTitle } from '../i18n/useDocumentTitle.ts';

export function NotFoundPage() {
  const t = useT();
  useDocumentTitle(t('errors.notFoundTitle'));
  return (
    <>
      <h1>{t('errors.notFoundTitle')}</h1>
      <p>{t('errors.notFound')}</p>
      <p>
        <Link to="/">{t('common.frontPage')}</Link>
      </p>
    </>
  );
}
