// Shown on a page whose address exists but which the user's roles do not open: "no access", not "not found".

import { Notice, useDocumentTitle, useT } from '@tuki/ui';
import { Link } from 'react-router';

export function NoAccessPage() {
  const t = useT();
  useDocumentTitle(t('staff.noAccess.title'));
  return (
    <>
      <h1>{t('staff.noAccess.title')}</h1>
      <Notice type="error" label={t('staff.noAccess.title')} testId="no-access">
        {t('staff.noAccess.body')}
      </Notice>
      <p className="tuki-section">
        <Link to="/">{t('common.frontPage')}</Link>
      </p>
    </>
  );
}
