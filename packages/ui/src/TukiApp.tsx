// The providers every page needs: API client, query cache, error notification, language, app info and router.

import { QueryClientProvider } from '@tanstack/react-query';
import { createApiClient } from '@tuki/api-client';
import type { AppTexts } from '@tuki/i18n/web';
import { type ReactNode, useState } from 'react';
import { BrowserRouter } from 'react-router';
import { ApiProvider } from './api/ApiProvider.tsx';
import { createAppQueryClient } from './api/query-client.ts';
import { ErrorStoreProvider } from './errors/ErrorNotification.tsx';
import { createAppErrorStore } from './errors/error-store.ts';
import { LanguageProvider } from './i18n/LanguageProvider.tsx';
import { AppInfoProvider, type Audience, type FooterLink } from './layout/AppInfo.tsx';
import { AppLayout } from './layout/AppLayout.tsx';
import './styles.css';

export function TukiApp({
  audience,
  basePath,
  texts,
  footerLinks,
  children,
}: {
  audience: Audience;
  /** Links in the footer of every page (paths of the app). */
  footerLinks?: readonly FooterLink[];
  /** The app's own texts: `@tuki/i18n/web/citizen` or `@tuki/i18n/web/staff`. */
  texts: AppTexts;
  /** Where the app is served: import.meta.env.BASE_URL. */
  basePath: string;
  children: ReactNode;
}) {
  const [state] = useState(() => {
    const errors = createAppErrorStore();
    return { api: createApiClient(), errors, queryClient: createAppQueryClient(errors) };
  });
  return (
    <ApiProvider client={state.api}>
      <QueryClientProvider client={state.queryClient}>
        <ErrorStoreProvider store={state.errors}>
          <LanguageProvider texts={texts}>
            <AppInfoProvider audience={audience} basePath={basePath} footerLinks={footerLinks}>
              <BrowserRouter basename={basePath}>
                <AppLayout>{children}</AppLayout>
              </BrowserRouter>
            </AppInfoProvider>
          </LanguageProvider>
        </ErrorStoreProvider>
      </QueryClientProvider>
    </ApiProvider>
  );
}
