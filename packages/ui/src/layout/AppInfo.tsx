// Which of the two web apps is running: its audience (for sign-in), its name and the path it is served under.

import { createContext, type ReactNode, useContext, useMemo } from 'react';

export type Audience = 'citizen' | 'staff';

export interface AppInfo {
  audience: Audience;
  appName: 'common.citizenAppName' | 'common.staffAppName';
  /** Where the app is served, with a trailing slash: '/' or '/staff/'. */
  basePath: string;
}

const AppInfoContext = createContext<AppInfo | undefined>(undefined);

export function AppInfoProvider({
  audience,
  basePath,
  children,
}: {
  audience: Audience;
  basePath: string;
  children: ReactNode;
}) {
  const value = useMemo<AppInfo>(
    () => ({
      audience,
      appName: audience === 'citizen' ? 'common.citizenAppName' : 'common.staffAppName',
      basePath: basePath.endsWith('/') ? basePath : `${basePath}/`,
    }),
    [audience, basePath],
  );
  return <AppInfoContext value={value}>{children}</AppInfoContext>;
}

export function useAppInfo(): AppInfo {
  const info = useContext(AppInfoContext);
  if (!info) throw new Error('useAppInfo needs an <AppInfoProvider> around it');
  return info;
}
