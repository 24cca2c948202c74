// English texts of the statistics section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { statistics as source } from '../fi/statistics.ts';

export const statistics: DeepStringShape<typeof source> = {
  pageTitle: 'Processing times',
  title: 'Processing times of social assistance',
  intro:
    'THL collects the processing times of social assistance in April and October. The figures count each decision in the month it was made. Requests for rectification are not in the figures; they are shown separately.',
  forbiddenTitle: 'No access',
  forbidden: 'The statistics are for supervisors.',
  loadFailed: 'The statistics could not be loaded. Try again in a moment.',
  definitions: {
    heading: 'What the figures mean',
    late: 'Over 7 working days: the decision was made later than the 7th working day after the application arrived (urgent: the next working day). This is the figure THL asks for.',
    lateAdjusted:
      'Late counting information requests: the deadline runs from the arrival of the requested information or from the date given for it (Social Assistance Act 14 a §).',
    informationRequest:
      'Information request: additional information was requested at least once before the decision.',
    closedAsDuplicate:
      'Closed as duplicates: the application was merged into another application of the same person or family for the same month. It is not a decision and is in no other figure; the month is the month of closing.',
  },
  period: {
    legend: 'Period',
    choice: 'Period',
    halfYear: '{year} {half}',
    firstHalf: 'January–June',
    secondHalf: 'July–December',
    custom: 'Other period',
    from: 'First month',
    to: 'Last month',
    monthHint: 'As YYYY-MM, for example 2026-01.',
    show: 'Show',
    invalid:
      'Check the months: the first month cannot be after the last, and the period can be at most 60 months.',
    showing: 'Showing {from}–{to}.',
  },
  table: {
    caption: 'Processing times {from}–{to}',
    month: 'Month',
    decided: 'Decisions',
    decidedLate: 'Over 7 working days',
    lateShare: 'Over 7 working days, %',
    decidedLateAdjusted: 'Late counting information requests',
    lateAdjustedShare: 'Late counting information requests, %',
    withInformationRequest: 'Information requested',
    informationRequestShare: 'Information requested, %',
    informationRequests: 'Information requests',
    applicationsWithSeveralRequests: 'Several requests',
    medianWorkingDays: 'Median, working days',
    rectificationsDecided: 'Requests for rectification',
    closedAsDuplicate: 'Closed as duplicates',
    halfYear: 'Half-year {period}',
    partial: '(part of the period)',
    total: 'Total',
    none: '–',
  },
  chart: {
    heading: 'Decisions per month',
    title: 'Decisions per month and the share made after over 7 working days',
    summary:
      'Bar chart, {from}–{to}: {decided} decisions in all, {late} % of them after over 7 working days. Most decisions in {maxMonth} ({max}). Largest late share in {lateMonth} ({lateMax} %). The figures are in the table.',
    empty: 'No decisions were made in the period.',
    onTime: 'Within the deadline',
    late: 'Over 7 working days',
  },
  download: 'Download CSV file (Excel)',
  csv: {
    period: 'Period',
    from: 'From',
    to: 'To',
    decided: 'Decisions',
    decidedLate: 'Over 7 working days',
    lateShare: 'Over 7 working days (%)',
    decidedLateAdjusted: 'Late counting information requests',
    lateAdjustedShare: 'Late counting information requests (%)',
    withInformationRequest: 'Information requested',
    informationRequestShare: 'Information requested (%)',
    informationRequests: 'Information requests',
    applicationsWithSeveralRequests: 'Several requests',
    medianWorkingDays: 'Median (working days)',
    rectificationsDecided: 'Requests for rectification',
    closedAsDuplicate: 'Closed as duplicates',
    total: 'Total',
  },
};
