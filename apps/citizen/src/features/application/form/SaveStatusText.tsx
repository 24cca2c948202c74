// The draft's save status, politely announced: "Tallennettu klo 14.32", "Tallennetaan…", "Tallennus ei
// onnistunut – yritetään uudelleen". A quick save does not flash "Tallennetaan…" (nor make a screen reader say it).

import { helsinkiDateAndTime, useLanguage, useT } from '@tuki/ui';
import { useEffect, useState } from 'react';
import type { SaveStatus } from '../draft/draft-saver.ts';

export function SaveStatusText({ status, dirty }: { status: SaveStatus; dirty: boolean }) {
  const t = useT();
  const { language } = useLanguage();
  const [slow, setSlow] = useState(false);
  const [lastSaved, setLastSaved] = useState<Date | undefined>();

  useEffect(() => {
    if (status.kind === 'saved') setLastSaved(status.at);
    if (status.kind !== 'saving') {
      setSlow(false);
      return;
    }
    const timer = setTimeout(() => setSlow(true), 800);
    return () => clearTimeout(timer);
  }, [status]);

  const savedText = (at: Date) =>
    t('application.save.saved', { time: helsinkiDateAndTime(at, language).time });
  let text: string;
  switch (status.kind) {
    case 'saving':
      text = slow
        ? t('application.save.saving')
        : lastSaved
          ? savedText(lastSaved)
          : t('application.save.auto');
      break;
    case 'saved':
      text = dirty && lastSaved ? savedText(lastSaved) : savedText(status.at);
      break;
    case 'retrying':
      text = t('application.save.retrying');
      break;
    case 'conflict':
      text = t('application.save.conflict');
      break;
    case 'signedOut':
      text = t('application.save.signedOut');
      break;
    case 'locked':
      text = t('application.save.locked');
      break;
    default:
      text = t('application.save.auto');
  }
  const failed = status.kind === 'retrying' || status.kind === 'conflict' || status.kind === 'signedOut';
  return (
    <p
      className={`tuki-save-status${failed ? ' tuki-save-status--failed' : ''}`}
      role="status"
      data-save-state={status.kind}
      data-unsaved={dirty}
      aria-live="polite"
      aria-atomic="true"
    >
      {text}
    </p>
  );
}
