// The queue's "unread messages" cell: the number of the applicant's messages nobody has read yet.

import { useT } from '@tuki/ui';

export function UnreadMessagesCell({ count }: { count: number | undefined }) {
  const t = useT();
  if (count === undefined) return <span aria-hidden>–</span>;
  if (count === 0) return <span className="staff-unread staff-unread--none">0</span>;
  return (
    <span className="staff-unread" title={t('workQueue.table.unreadCount', { count })}>
      <span aria-hidden>{count}</span>
      <span className="tuki-visually-hidden">{t('workQueue.table.unreadCount', { count })}</span>
    </span>
  );
}
