// In place of an application that could not be loaded: not found (404) or an unexpected error, and the way back.

import { isApiProblem } from '@tuki/api-client';
import { useT } from '@tuki/ui';
import { Link } from 'react-router';

export function ApplicationLoadFailed({ error }: { error: Error | null }) {
  const t = useT();
  const notFound = isApiProblem(error, 404);
  return (
    <>
      <h1>{notFound ? t('account.detail.notFoundTitle') : t('errors.unexpectedTitle')}</h1>
      <p>{notFound ? t('account.detail.notFound') : t('errors.unexpected')}</p>
      <p>
        <Link to="/applications">{t('account.backToAccount')}</Link>
      </p>
    </>
  );
}
