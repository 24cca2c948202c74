// Public API of @tuki/ui: what both web apps share.

export { ApiProvider, useApi } from './api/ApiProvider.tsx';
export { createAppQueryClient } from './api/query-client.ts';
export { ErrorNotification, useAppErrorStore } from './errors/ErrorNotification.tsx';
export {
  type AppErrorKind,
  type AppErrorStore,
  appErrorKind,
  createAppErrorStore,
} from './errors/error-store.ts';
export {
  addMonths,
  dateFieldValue,
  formatDate,
  formatEuros,
  formatEurosForInput,
  formatFileSize,
  formatMonth,
  formatMonthInText,
  helsinkiDateAndTime,
  MAX_CENTS,
  type ParsedEuros,
  parseDate,
  parseEuros,
} from './format/format.ts';
export { LanguageProvider, useLanguage, useT } from './i18n/LanguageProvider.tsx';
export { lazyPage } from './i18n/lazyPage.ts';
export { useDocumentTitle } from './i18n/useDocumentTitle.ts';
export { AppHeader, mainContentId } from './layout/AppHeader.tsx';
export {
  type AppInfo,
  AppInfoProvider,
  type Audience,
  type FooterLink,
  useAppInfo,
} from './layout/AppInfo.tsx';
export { AppLayout } from './layout/AppLayout.tsx';
export { Notice } from './layout/Notice.tsx';
export { LoadingIndicator } from './pages/LoadingIndicator.tsx';
export { NotFoundPage } from './pages/NotFoundPage.tsx';
export { devLogin, isDevLoginInputError, useDevLogin } from './session/api/dev-login.ts';
export { publicConfigQueryOptions, usePublicConfig } from './session/api/get-public-config.ts';
export {
  getSession,
  replaceSession,
  sessionQueryKey,
  sessionQueryOptions,
  useSession,
} from './session/api/get-session.ts';
export { devAccountsQueryOptions, useDevAccounts } from './session/api/list-dev-accounts.ts';
export { logout, useLogout } from './session/api/logout.ts';
export { displayName } from './session/display-name.ts';
export { OidcSignIn } from './session/sign-in/OidcSignIn.tsx';
export { SignInErrorNotice } from './session/sign-in/SignInErrorNotice.tsx';
export { SignInPage } from './session/sign-in/SignInPage.tsx';
export { devLoginPath, oidcLoginUrl, useSignIn } from './session/useSignIn.ts';
export { TukiApp } from './TukiApp.tsx';
