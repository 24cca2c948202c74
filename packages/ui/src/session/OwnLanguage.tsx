// A citizen signs in and the app speaks their language: in a browser that has no language yet, the person's
// preferred language (from the population register or their settings) is taken up.

import { useEffect } from 'react';
import { useAdoptLanguage } from '../i18n/LanguageProvider.tsx';
import { useSession } from './api/get-session.ts';

export function OwnLanguage() {
  const session = useSession();
  const adopt = useAdoptLanguage();
  const own = session.data?.kind === 'citizen' ? session.data.person.preferredLanguage : undefined;
  useEffect(() => {
    if (own !== undefined) adopt(own);
  }, [own, adopt]);
  return null;
}
