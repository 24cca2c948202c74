-- What went wrong after a decision and needs a caseworker (the work queue's "needs attention"): a decision letter
-- Posti returned to the sender (letter_delivery.status 'returned_to_sender', from the Suomi.fi events poller), and a
-- payment the bank rejected (payment.status 'rejected', from its pain.002 status report). Both are read from those
-- rows; this table keeps only how the caseworker cleared each one, so the queue asks "a returned letter or a rejected
-- payment without a resolution".
--
-- A payment is cleared per end-to-end id: a corrected payment goes to the next batch with a new end-to-end id, so if
-- the bank rejects it again it needs attention again.
create table case_attention_resolution (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references application (id),
  reason text not null check (reason in ('address_needed', 'payment_rejected')),
  letter_delivery_id uuid references letter_delivery (id),
  payment_id uuid references payment (id),
  end_to_end_id text,
  -- resent: a new address recorded and the letter back in the local print queue; corrected: a new account number
  -- recorded and the payment back to the next batch; handled: sorted out otherwise (the note says how).
  resolution text not null check (resolution in ('resent', 'corrected', 'handled')),
  note text check (length(note) <= 2000),
  resolved_by uuid not null references staff_user (id),
  resolved_at timestamptz not null,
  check (
    (reason = 'address_needed' and letter_delivery_id is not null and payment_id is null and end_to_end_id is null
      and resolution in ('resent', 'handled'))
    or (reason = 'payment_rejected' and payment_id is not null and end_to_end_id is not null
      and letter_delivery_id is null and resolution in ('corrected', 'handled'))
  ),
  unique (letter_delivery_id),
  unique (payment_id, end_to_end_id)
);
create index case_attention_resolution_application_idx on case_attention_resolution (application_id);

-- The queue's probes: a returned letter of the application's decision, a rejected payment of the application.
create index letter_delivery_returned_idx on letter_delivery (decision_id) where status = 'returned_to_sender';
create index payment_rejected_idx on payment (application_id) where status = 'rejected';

-- Notices other than decisions sent through Suomi.fi Messages (notifications/suomifi-notice.ts): a request for more
-- information and an application closed as a duplicate, to a client who chose electronic communication and has an
-- active mailbox. The id is the message's externalId (the information request's id, or the closed application's),
-- so a repeated send is refused by the service (409) and recorded as sent: the notice goes once.
create table suomifi_notice (
  id uuid primary key,
  kind text not null check (kind in ('information_requested', 'application_merged')),
  application_id uuid not null references application (id),
  -- sent: in the client's mailbox; no_mailbox: the client has none, so nothing was sent (the e-services account and
  -- the e-mail notification remain).
  outcome text not null check (outcome in ('sent', 'no_mailbox')),
  message_id text,
  created_at timestamptz not null
);
create index suomifi_notice_application_idx on suomifi_notice (application_id);
