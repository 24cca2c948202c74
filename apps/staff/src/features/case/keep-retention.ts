// The case as an operation other than getApplication answers it (taking it, its urgency, an information request,
// what needs attention) comes without the documents' retention, which only getApplication reads from the plan.
// None of those operations closes the case, so the retention read last still holds: kept by the document's id.

import type { ResponseBody } from '@tuki/api-client';

type StaffApplication = ResponseBody<'getApplication'>;

export function keepRetention(
  previous: StaffApplication | undefined,
  updated: StaffApplication,
): StaffApplication {
  if (!previous) return updated;
  const attachments = new Map(
    previous.attachments.map((attachment) => [attachment.id, attachment.retention]),
  );
  const decisions = new Map(previous.decisions.map((decision) => [decision.id, decision]));
  return {
    ...updated,
    attachments: updated.attachments.map((attachment) => {
      const retention = attachment.retention ?? attachments.get(attachment.id);
      return retention ? { ...attachment, retention } : attachment;
    }),
    decisions: updated.decisions.map((decision) => {
      const before = decisions.get(decision.id);
      const retention = decision.retention ?? before?.retention;
      const letterRetention = decision.letterRetention ?? before?.letterRetention;
      return {
        ...decision,
        ...(retention ? { retention } : {}),
        ...(letterRetention ? { letterRetention } : {}),
      };
    }),
  };
}
