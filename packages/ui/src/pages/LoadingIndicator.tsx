// A spinner with a text for screen readers, while a page's data loads.

import { LoadingSpinner } from 'hds-react';
import { useT } from '../i18n/LanguageProvider.tsx';

export function LoadingIndicator() {
  const t = useT();
  return (
    <div className="tuki-loading">
      <LoadingSpinner small loadingText={t('common.loading')} loadingFinishedText="" />
    </div>
  );
}
