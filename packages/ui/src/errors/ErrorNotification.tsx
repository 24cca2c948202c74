// Shows the app-wide error (see error-store.ts) as an HDS notification in the user's language.

import { useQueryClient } from '@tanstack/react-query';
import type { TranslationKey } from '@tuki/i18n';
import { Button, ButtonVariant, Notification } from 'hds-react';
import { createContext, type ReactNode, useContext, useSyncExternalStore } from 'react';
import { useT } from '../i18n/LanguageProvider.tsx';
import type { AppErrorKind, AppErrorStore } from './error-store.ts';

const ErrorStoreContext = createContext<AppErrorStore | undefined>(undefined);

export function ErrorStoreProvider({ store, children }: { store: AppErrorStore; children: ReactNode }) {
  return <ErrorStoreContext value={store}>{children}</ErrorStoreContext>;
}

export function useAppErrorStore(): AppErrorStore {
  const store = useContext(ErrorStoreContext);
  if (!store) throw new Error('useAppErrorStore needs an <ErrorStoreProvider> around it');
  return store;
}

const texts = {
  network: { label: 'errors.networkTitle', body: 'errors.network' },
  sessionExpired: { label: 'errors.sessionExpiredTitle', body: 'errors.sessionExpired' },
  forbidden: { label: 'errors.forbiddenTitle', body: 'errors.forbidden' },
  unexpected: { label: 'errors.unexpectedTitle', body: 'errors.unexpected' },
} as const satisfies Record<AppErrorKind, { label: TranslationKey; body: TranslationKey }>;

export function ErrorNotification() {
  const t = useT();
  const store = useAppErrorStore();
  const queryClient = useQueryClient();
  const kind = useSyncExternalStore(store.subscribe, store.get);
  if (kind === undefined) return null;

  const retry = () => {
    store.clear();
    void queryClient.refetchQueries({ type: 'active' });
  };
  const label = t(texts[kind].label);
  return (
    <Notification
      type="error"
      label={label}
      notificationAriaLabel={label}
      dismissible
      closeButtonLabelText={t('common.close')}
      onClose={store.clear}
      className="tuki-notice"
      data-testid="error-notification"
    >
      <p>{t(texts[kind].body)}</p>
      {kind === 'network' ? (
        <Button variant={ButtonVariant.Secondary} onClick={retry}>
          {t('errors.retry')}
        </Button>
      ) : null}
    </Notification>
  );
}
