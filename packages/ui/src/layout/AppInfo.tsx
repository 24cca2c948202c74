// Which of the two web apps is running: its audience (for sign-in), its name and the path it is served under.

import type { Translator } from '@tuki/i18n/web';
import { createContext, type ReactNode, useContext, useMemo } from 'react';

export type Audience = 'citizen' | 'staff';

/** A link of the footer, on every page: a path of the app and its text in the current language. */
export interface FooterLink {
  path: string;
  label: (t: Translator) => string;
}

export interface AppInfo {
  audience: Audience;
  appName: 'common.citizenAppName' | 'common.staffAppName';
  /** Where the app is served, with a trailing slash: '/' or '/staff/'. */
  basePath: string;
  footerLinks: readonly FooterLink[];
}

const AppInfoContext = createContext<AppInfo | undefined>(undefined);

const noLinks: readonly FooterLink[] = [];

export function AppInfoProvider({
  audience,
  basePath,
  footerLinks = noLinks,
  children,
}: {
  audience: Audience;
  basePath: string;
  footerLinks?: readonly FooterLink[];
  children: ReactNode;
}) {
  const value = useMemo<AppInfo>(
    () => ({
      audience,
      appName: audience === 'citizen' ? 'common.citizenAppName' : 'common.staffAppName',
      basePath: basePath.endsWith('/') ? basePath : `${basePath}/`,
      footerLinks,
    }),
    [audience, basePath, footerLinks],
  );
  return <AppInfoContext value={value}>{children}</AppInfoContext>;
}

export function useAppInfo(): AppInfo {
  const info = useContext(AppInfoContext);
  if (!info) throw new Error('useAppInfo needs an <AppInfoProvider> around it');
  return info;
}
