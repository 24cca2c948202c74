// Swedish texts of the workQueue section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { workQueue as source } from '../fi/workQueue.ts';

export const workQueue: DeepStringShape<typeof source> = {
  pageTitle: 'Arbetskö',
  title: 'Arbetskö',
  intro: 'Inlämnade ansökningar enligt förfallodag, den äldsta förfallodagen först.',
  filters: {
    heading: 'Avgränsa ansökningarna',
    status: 'Status',
    statusHint: 'Utan val visas de öppna ansökningarna; sökningen söker bland alla.',
    assignee: 'Handläggare',
    assigneeMe: 'Tilldelade mig ({count})',
    assigneeUnassigned: 'Otilldelade ({count})',
    assigneeAnyone: 'Alla ({count})',
    other: 'Andra avgränsningar',
    overdue: 'Försenade ({count})',
    urgent: 'Brådskande ({count})',
    duplicates: 'Möjliga dubbletter ({count})',
    clear: 'Ta bort avgränsningarna',
  },
  search: {
    label: 'Sök ansökan',
    help: 'Diarienummer, namn eller personbeteckning (även makens eller makans, som sökanden har uppgett). En sökning med personbeteckning loggas.',
    submit: 'Sök',
    active: 'Sökvillkor: {query}',
    clear: 'Töm sökningen',
  },
  table: {
    caption: 'Ansökningar enligt förfallodag',
    referenceNumber: 'Diarienummer',
    applicant: 'Sökande',
    kind: 'Ansökan',
    status: 'Status',
    submittedAt: 'Inkommen',
    dueDate: 'Förfallodag',
    urgency: 'Brådska',
    assignee: 'Handläggare',
    unreadMessages: 'Olästa meddelanden',
    duplicate: 'Dubblett',
    possibleDuplicate: 'Möjlig dubblettansökan',
    urgent: 'Brådskande',
    notUrgent: 'Normal',
    unassigned: 'Ingen handläggare',
    noReference: 'Inget nummer',
    unreadCount: 'olästa: {count}',
  },
  due: {
    overdue: 'Försenad',
    dueToday: 'Förfaller i dag',
  },
  results: {
    shown: 'Ansökningar som visas: {shown}.',
    more: 'Det finns fler ansökningar.',
    none: 'Inga ansökningar motsvarar avgränsningarna.',
    showMore: 'Visa fler',
    loading: 'Ansökningarna laddas…',
    failed: 'Ansökningarna kunde inte hämtas. Försök igen.',
  },
};
