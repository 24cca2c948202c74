// Tells the user when their session ended without them signing out (it expired, or was ended on the server).

import { useEffect, useRef } from 'react';
import { useAppErrorStore } from '../errors/ErrorNotification.tsx';
import { useSession } from './api/get-session.ts';
import { takeSignedOutByUser } from './api/logout.ts';

export function SessionExpiryWatcher() {
  const session = useSession();
  const errors = useAppErrorStore();
  const wasSignedIn = useRef(false);

  useEffect(() => {
    if (session.data === undefined) return;
    const signedIn = session.data !== null;
    if (wasSignedIn.current && !signedIn && !takeSignedOutByUser()) errors.report('sessionExpired');
    if (signedIn && errors.get() === 'sessionExpired') errors.clear();
    wasSignedIn.current = signedIn;
  }, [session.data, errors]);

  return null;
}
