// The staff app shows dates, times, sums, months and file sizes as the citizen app does: the functions are in
// @tuki/ui (format/format.ts). Kept for code that still imports them from here; new code imports '@tuki/ui'.
export { formatDate, formatEuros, formatFileSize, formatMonth, helsinkiDateAndTime } from '@tuki/ui';
