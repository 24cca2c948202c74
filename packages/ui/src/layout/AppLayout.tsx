// Every page: header, the app-wide error notification, the <main> landmark and the footer.

import type { ReactNode } from 'react';
import { ErrorNotification } from '../errors/ErrorNotification.tsx';
import { OwnLanguage } from '../session/OwnLanguage.tsx';
import { SessionExpiryWatcher } from '../session/SessionExpiryWatcher.tsx';
import { AppFooter } from './AppFooter.tsx';
import { AppHeader, mainContentId } from './AppHeader.tsx';

export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <div className="tuki-app">
      <SessionExpiryWatcher />
      <OwnLanguage />
      <AppHeader />
      <main id={mainContentId} className="tuki-main" tabIndex={-1}>
        <div className="tuki-container">
          <ErrorNotification />
          {children}
        </div>
      </main>
      <AppFooter />
    </div>
  );
}
