// English texts of the printBatches section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { printBatches as source } from '../fi/printBatches.ts';

export const printBatches: DeepStringShape<typeof source> = {
  pageTitle: 'Decisions to mail',
  title: 'Decisions to mail',
  intro:
    'The decision letter is mailed to clients who have not chosen electronic delivery. Make the day’s print batch: every letter waiting to be mailed in one PDF file, sorted by postal code. The letters are marked mailed at the same time.',
  duplex:
    'Print the batch on both sides. Every letter starts on a sheet of its own: a blank page has been added after each letter with an odd number of pages.',
  queueHeading: 'Waiting to be mailed',
  waiting: 'Letters to mail: {count}',
  oldest: 'The oldest decision was made on {dateTime}.',
  noneWaiting: 'Every decision sent on paper has been put into a print batch.',
  loading: 'Loading the mailing status…',
  loadFailed: 'The mailing status could not be loaded. Try again in a moment.',
  create: 'Make the print batch',
  creating: 'Making the print batch. This may take a moment…',
  created:
    'The print batch is ready (letters: {count}, pages: {pages}). The letters have been marked mailed.',
  resultHeading: 'The print batch is ready',
  download: 'Download the print batch (PDF, {size})',
  nothingToPrintTitle: 'Nothing to print',
  nothingToPrint:
    'No letters are waiting to be mailed. Someone may have just made a print batch: it is in the list of earlier batches.',
  failedTitle: 'The print batch was not made',
  failed: 'The print batch could not be made, and no letters were marked mailed. Try again.',
  unknownOutcome:
    'The connection was lost, and it is not certain whether the print batch was made. Press the button again: if it was made, you get the same batch, not a new one.',
  listHeading: 'Earlier print batches',
  none: 'No print batches have been made yet.',
  listFailed: 'The print batches could not be loaded. Try again in a moment.',
  table: {
    caption: 'Print batches, newest first',
    createdAt: 'Made',
    createdBy: 'Made by',
    letters: 'Letters',
    document: 'File',
  },
  downloadRow: 'Download PDF ({size})',
  downloadRowContext: 'print batch {dateTime}',
  showMore: 'Show more print batches',
};
