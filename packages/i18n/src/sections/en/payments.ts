// English texts of the payments section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { payments as source } from '../fi/payments.ts';

export const payments: DeepStringShape<typeof source> = {
  pageTitle: 'Payments',
  title: 'Payments',
  intro:
    'Decisions that grant money create payments, which are paid with a payment file sent to the bank. Payments are gathered into a payment batch that a second person approves: a payment approver who neither made the batch nor decided any of its payments.',
  batches: {
    heading: 'Payment batches',
    propose: 'Propose today’s batch',
    dialogTitle: 'Propose today’s payment batch?',
    dialogBody:
      'The batch takes every payment due by {date} that is not yet in a batch. A payment approver who neither made the batch nor decided any of its payments approves it before the payment file can be downloaded.',
    confirm: 'Propose the batch',
    cancel: 'Cancel',
    proposing: 'Gathering the payment batch…',
    proposed:
      'The payment batch is proposed: {count} payments, {sum} in total. It waits for a second person to approve it.',
    nothingToPayTitle: 'Nothing to pay',
    nothingToPay: 'No payment waiting for a batch is due by {date}.',
    proposeFailedTitle: 'No batch was made',
    proposeFailed: 'The payment batch could not be made. Please try again.',
    unknownOutcome:
      'The connection was lost and it is not certain whether the batch was made. Propose it again: if it was made, you get the same batch, not a new one.',
    table: {
      caption: 'Payment batches, newest first',
      executionDate: 'Payment date',
      payments: 'Payments',
      sum: 'Total',
      status: 'Status',
      maker: 'Proposed by',
      approver: 'Approved by',
      actions: 'Actions',
    },
    status: {
      proposed: 'Proposed',
      approved: 'Approved',
      exported: 'Payment file made',
    },
    none: 'No payment batches have been made yet.',
    loadFailed: 'The payment batches could not be loaded. Please try again shortly.',
    showMore: 'Show more payment batches',
    rowContext: 'payment batch {date}, {sum}',
    approve: 'Approve',
    approving: 'Approving the payment batch…',
    approved: 'The payment batch of {date} is approved. Its payment file can now be downloaded.',
    systemMaker: 'automatic',
    ownBatch: 'You cannot approve a batch you proposed yourself: another payment approver approves it.',
    ownDecision:
      'You cannot approve a batch that pays a decision you made: another payment approver approves it.',
    approveFailedTitle: 'The batch was not approved',
    notProposed: 'The batch has already been approved.',
    approveFailed: 'The batch could not be approved. Please try again.',
    waitsForApprover: 'Waits for a payment approver',
    download: 'Download the payment file',
    downloading: 'Downloading the payment file…',
    downloaded: 'The payment file {file} has been downloaded.',
    downloadFailedTitle: 'The payment file was not downloaded',
    notConfigured:
      'Payments are not in use: the city’s payment account has not been set in the service’s configuration. Please contact the maintainers.',
    downloadFailed: 'The payment file could not be downloaded. Please try again.',
  },
  report: {
    heading: 'The bank’s status report',
    intro:
      'Read in the bank’s status report (pain.002, XML) on a payment file that was sent. Payments the bank accepted are marked accepted, and rejected ones rejected with the bank’s reason.',
    file: 'Status report (XML file, at most 5 MB)',
    submit: 'Read in the status report',
    chooseFirst: 'Choose the status report file first.',
    importing: 'Reading the status report…',
    resultHeading: 'Status report {file}',
    alreadyImported: 'This status report was already read in, so no payment’s status changed.',
    counts: 'Payments the bank accepted: {accepted}. Rejected: {rejected}. Still being processed: {pending}.',
    rejectedHeading: 'Payments the bank rejected',
    rejectedReason: 'the bank’s reason: {reason}',
    unmatched: 'The report named payment ids that are not in the batch: {ids}',
    failedTitle: 'The status report was not read in',
    notAReport:
      'The file is not a status report from the bank, or it is about a payment file Tuki does not have. Check that you chose the right file.',
    notExported: 'The batch’s payment file has not been made yet, so its status report cannot be read in.',
    tooLarge: 'The file is too large: a status report may be at most 5 MB.',
    failed: 'The status report could not be read in. Please try again.',
  },
  list: {
    heading: 'Payments of decisions',
    filter: 'Show payments with the status',
    all: 'All',
    table: {
      caption: 'Payments of decisions, newest first',
      amount: 'Amount',
      payee: 'Payee',
      reference: 'Reference',
      dueDate: 'Due date',
      status: 'Status',
      decision: 'Decision',
    },
    status: {
      proposed: 'Waiting for a batch',
      in_batch: 'In a batch',
      sent: 'Sent to the bank',
      accepted: 'Accepted by the bank',
      rejected: 'Rejected by the bank',
    },
    rejectedWith: 'Rejected by the bank ({code})',
    openDecision: 'Open the decision',
    openDecisionContext: '{payee}, {amount}',
    none: 'No payments match this filter.',
    loadFailed: 'The payments could not be loaded. Please try again shortly.',
    showMore: 'Show more payments',
  },
};
