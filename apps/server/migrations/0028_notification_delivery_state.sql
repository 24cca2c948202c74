-- E-mail at most once. A notification is claimed ('sending', committed) before it is handed to SMTP and marked
-- 'sent' after the SMTP server accepted it. A claim found still 'sending' after a crash means that nobody knows
-- whether the message left: it becomes 'uncertain' and is never sent again (its outbox event is marked failed
-- with the reason, for an operator to look at). Rows written before this migration were sent.
alter table notification_sent
  add column state text not null default 'sent' check (state in ('sending', 'sent', 'uncertain'));

create index notification_sent_unsettled on notification_sent (outbox_id) where state <> 'sent';
