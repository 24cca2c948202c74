// A document's retention in one line of the case view: its publicity, how long it is kept after the case is
// closed and, once the case is closed, the first day it may be destroyed ("Salassa pidettävä · säilytetään
// 10 vuotta asian päättymisestä"). The words are the staffSentAndPaid section, which comes with the case view.

import type { components } from '@tuki/api-client';
import type { Translator } from '@tuki/i18n';
import { formatDate } from '@tuki/ui/delivery-payments';

export type DocumentRetention = components['schemas']['DocumentRetention'];

export function retentionNote(retention: DocumentRetention, t: Translator): string {
  const parts = [
    t(`staffSentAndPaid.retention.publicity.${retention.publicity}`),
    retention.retentionYears === 1
      ? t('staffSentAndPaid.retention.oneYear')
      : t('staffSentAndPaid.retention.years', { years: String(retention.retentionYears) }),
  ];
  if (retention.destroyAfter)
    parts.push(t('staffSentAndPaid.retention.until', { date: formatDate(nextDay(retention.destroyAfter)) }));
  return parts.join(' · ');
}

/** The day after the last day of retention. */
function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}
