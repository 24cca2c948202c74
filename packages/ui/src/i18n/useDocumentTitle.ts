// Sets the browser tab's title for a page: "<page> – <app name>", in the current language.

import { useEffect } from 'react';
import { useAppInfo } from '../layout/AppInfo.tsx';
import { useT } from './LanguageProvider.tsx';

export function useDocumentTitle(page: string): void {
  const t = useT();
  const { appName } = useAppInfo();
  const title = t('common.documentTitle', { page, app: t(appName) });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
