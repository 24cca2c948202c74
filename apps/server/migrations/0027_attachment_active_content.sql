-- The active content found in an uploaded PDF (JavaScript, actions run on opening, launching programs, embedded
-- files, XFA forms, …; see attachments/inspection/pdf-inspector.ts). A file with any is kept but never shown
-- inline: it is only offered as a download, with a warning.
alter table attachment add column active_content text[] not null default '{}'
  check (active_content <@ array[
    'javascript', 'open-action', 'additional-actions', 'launch', 'embedded-file', 'xfa', 'rich-media',
    'submit-form', 'import-data', 'uninspectable'
  ]::text[]);
